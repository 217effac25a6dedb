/// Which number cells are dates, from `styles.xml`: a cell's `s` indexes `<cellXfs>`, whose
/// `numFmtId` is a built-in date format (14–22, 45–47) or a custom `<numFmt>` whose code
/// has a day, month, year or hour token outside quotes and brackets. A date format without
/// a day (`mm/yyyy`) makes the cell a month (`06/2025`, what `ky` reads).
struct CellStyles {
  enum Kind: UInt8 { case number, date, month }
  private(set) var kinds: [Kind] = []

  init() {}

  init(_ xml: [UInt8]) throws {
    var custom: [Int: Kind] = [:]
    var inCellXfs = false
    var kinds: [Kind] = []
    try xml.withUnsafeBufferPointer { b in
      guard let p = b.baseAddress else { return }
      var i = 0
      let n = b.count
      while let lt = XMLBytes.find(XMLBytes.lt, p, i, n) {
        guard let gt = XMLBytes.find(XMLBytes.gt, p, lt + 1, n) else { break }
        if lt + 1 < n && p[lt + 1] == XMLBytes.bang { try XMLBytes.checkBang(p, lt, n) }
        let closing = lt + 1 < n && p[lt + 1] == XMLBytes.slash
        let name = XMLBytes.name(p, closing ? lt + 2 : lt + 1, gt)
        if XMLBytes.equals(p, name, "cellXfs") {
          inCellXfs = !closing && p[gt - 1] != XMLBytes.slash
        } else if !closing && XMLBytes.equals(p, name, "numFmt") {
          if let id = try XMLBytes.attribute(p, name.1, gt, "numFmtId").flatMap({ Int($0) }),
            let code = try XMLBytes.attribute(p, name.1, gt, "formatCode")
          {
            custom[id] = Self.kind(ofCode: code)
          }
        } else if !closing && inCellXfs && XMLBytes.equals(p, name, "xf") {
          let id = try XMLBytes.attribute(p, name.1, gt, "numFmtId").flatMap { Int($0) } ?? 0
          kinds.append(custom[id] ?? Self.builtIn(id))
        }
        i = gt + 1
      }
    }
    self.kinds = kinds
  }

  @inline(__always) func kind(_ style: Int) -> Kind {
    style >= 0 && style < kinds.count ? kinds[style] : .number
  }

  static func builtIn(_ id: Int) -> Kind {
    switch id {
    case 14, 15, 16, 22: return .date
    case 17: return .month  // mmm-yy
    case 18...21, 45...47: return .date
    default: return .number
    }
  }

  /// A custom format code's kind: tokens inside `"…"` and `[…]`, after `\` and after `_`
  /// or `*` do not count; only the first section (before `;`) is looked at.
  static func kind(ofCode code: String) -> Kind {
    var day = false
    var date = false
    var inQuote = false
    var inBracket = false
    var skipNext = false
    for ch in code.unicodeScalars {
      if skipNext {
        skipNext = false
        continue
      }
      if inQuote {
        if ch == "\"" { inQuote = false }
        continue
      }
      if inBracket {
        if ch == "]" { inBracket = false }
        continue
      }
      switch ch {
      case "\"": inQuote = true
      case "[": inBracket = true
      case "\\", "_", "*": skipNext = true
      case ";": return date ? (day ? .date : .month) : .number
      case "d", "D", "h", "H":
        day = true
        date = true
      case "s", "S": day = day || date
      case "m", "M", "y", "Y": date = true
      default: break
      }
    }
    return date ? (day ? .date : .month) : .number
  }
}
