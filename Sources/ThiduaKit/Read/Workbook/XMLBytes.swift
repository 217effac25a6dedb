#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The little of XML a workbook's parts need, over raw bytes: element names without their
/// namespace prefix, attributes, and text with the five predefined entities and numeric
/// character references. Anything else is refused, never expanded: a document type
/// declaration (`<!DOCTYPE`, which is where entities are declared, a billion-laughs
/// bomb or an external entity naming a local file) and any other entity reference are
/// errors, so no declared text can ever reach a cell.
enum XMLBytes {
  struct Refused: Error {
    let why: String
  }

  static let lt: UInt8 = 0x3C
  static let gt: UInt8 = 0x3E
  static let slash: UInt8 = 0x2F
  static let amp: UInt8 = 0x26
  static let quote: UInt8 = 0x22
  static let apos: UInt8 = 0x27
  static let bang: UInt8 = 0x21
  static let question: UInt8 = 0x3F

  @inline(__always) static func find(_ byte: UInt8, _ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> Int?
  {
    guard from < to, let hit = memchr(p + from, Int32(byte), to - from) else { return nil }
    return p.distance(to: hit.assumingMemoryBound(to: UInt8.self))
  }

  /// The first occurrence of `needle` in `p[from..<to]`.
  static func find(_ needle: StaticString, _ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
    let n = needle.utf8CodeUnitCount
    guard to - from >= n else { return nil }
    let first = needle.utf8Start[0]
    var i = from
    while let at = find(first, p, i, to - n + 1) {
      if memcmp(p + at, needle.utf8Start, n) == 0 { return at }
      i = at + 1
    }
    return nil
  }

  @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
  }
  @inline(__always) static func isNameEnd(_ b: UInt8) -> Bool { isSpace(b) || b == gt || b == slash }

  /// The element name starting at `i` (just after `<`, or after `</`): the local name's
  /// range, the prefix (`x:`) dropped.
  @inline(__always) static func name(_ p: UnsafePointer<UInt8>, _ i: Int, _ to: Int) -> (Int, Int) {
    var s = i
    var j = i
    while j < to && !isNameEnd(p[j]) {
      if p[j] == 0x3A { s = j + 1 }
      j += 1
    }
    return (s, j)
  }

  @inline(__always) static func equals(
    _ p: UnsafePointer<UInt8>, _ range: (Int, Int), _ word: StaticString
  ) -> Bool {
    let n = word.utf8CodeUnitCount
    return range.1 - range.0 == n && memcmp(p + range.0, word.utf8Start, n) == 0
  }

  /// Refuses what a workbook's XML must not hold, at `<!` (not a comment or CDATA) —
  /// `<!DOCTYPE`, `<!ENTITY` and their kin. `i` is the index of `<`.
  static func checkBang(_ p: UnsafePointer<UInt8>, _ i: Int, _ to: Int) throws {
    if to - i >= 4 && p[i + 2] == 0x2D && p[i + 3] == 0x2D { return }
    if to - i >= 9 && memcmp(p + i + 2, "[CDATA[", 7) == 0 { return }
    throw Refused(why: "có khai báo DTD/thực thể (<!DOCTYPE hoặc <!ENTITY>)")
  }

  /// Calls `body(localName, valueStart, valueEnd)` for each attribute of a start tag
  /// `p[from..<to]` (from just after the element name to the `>`).
  @inline(__always) static func attributes(
    _ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int, _ body: ((Int, Int), Int, Int) throws -> Void
  ) rethrows {
    var i = from
    while i < to {
      while i < to && (isSpace(p[i]) || p[i] == slash) { i += 1 }
      if i >= to { return }
      var s = i
      while i < to && p[i] != 0x3D && !isSpace(p[i]) && p[i] != gt {
        if p[i] == 0x3A { s = i + 1 }
        i += 1
      }
      let nameRange = (s, i)
      while i < to && isSpace(p[i]) { i += 1 }
      guard i < to, p[i] == 0x3D else { continue }
      i += 1
      while i < to && isSpace(p[i]) { i += 1 }
      guard i < to, p[i] == quote || p[i] == apos else { continue }
      let q = p[i]
      let vs = i + 1
      guard let ve = find(q, p, vs, to) else { return }
      try body(nameRange, vs, ve)
      i = ve + 1
    }
  }

  /// The attribute `want` of a start tag as decoded text, or nil.
  static func attribute(_ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int, _ want: StaticString) throws
    -> String?
  {
    var out: String?
    try attributes(p, from, to) { n, vs, ve in
      if out == nil, equals(p, n, want) {
        var bytes: [UInt8] = []
        try appendText(p, vs, ve, into: &bytes, excelEscapes: false)
        out = String(decoding: bytes, as: UTF8.self)
      }
    }
    return out
  }

  /// Appends `p[from..<to]` with entities and character references replaced. With
  /// `excelEscapes`, `_xHHHH_` (how Excel writes a control character in a string) is
  /// the character too. A CR before an LF is dropped, a lone CR becomes an LF.
  static func appendText(
    _ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int, into out: inout [UInt8], excelEscapes: Bool
  ) throws {
    var i = from
    var run = from
    @inline(__always) func flush(_ upTo: Int) {
      if upTo > run { out.append(contentsOf: UnsafeBufferPointer(start: p + run, count: upTo - run)) }
    }
    while i < to {
      let b = p[i]
      if b == amp {
        flush(i)
        guard let semi = find(0x3B, p, i + 1, min(to, i + 12)) else {
          throw Refused(why: "có tham chiếu thực thể không hợp lệ")
        }
        let len = semi - i - 1
        let s = p + i + 1
        if len == 2 && s[0] == 0x6C && s[1] == 0x74 {
          out.append(lt)
        } else if len == 2 && s[0] == 0x67 && s[1] == 0x74 {
          out.append(gt)
        } else if len == 3 && memcmp(s, "amp", 3) == 0 {
          out.append(amp)
        } else if len == 4 && memcmp(s, "quot", 4) == 0 {
          out.append(quote)
        } else if len == 4 && memcmp(s, "apos", 4) == 0 {
          out.append(apos)
        } else if len >= 2 && s[0] == 0x23 {
          var v: UInt32 = 0
          let hex = s[1] == 0x78 || s[1] == 0x58
          var k = hex ? 2 : 1
          guard k < len else { throw Refused(why: "có tham chiếu ký tự không hợp lệ") }
          while k < len {
            guard let d = digit(s[k], hex: hex), v < 0x11_0000 else {
              throw Refused(why: "có tham chiếu ký tự không hợp lệ")
            }
            v = v * (hex ? 16 : 10) + d
            k += 1
          }
          guard let scalar = Unicode.Scalar(v), v != 0 else {
            throw Refused(why: "có tham chiếu ký tự không hợp lệ")
          }
          out.append(contentsOf: Array(String(Character(scalar)).utf8))
        } else {
          throw Refused(why: "có thực thể không được khai báo sẵn (&…;), không được mở rộng")
        }
        i = semi + 1
        run = i
        continue
      }
      if b == 0x0D {
        flush(i)
        if i + 1 >= to || p[i + 1] != 0x0A { out.append(0x0A) }
        i += 1
        run = i
        continue
      }
      if b == 0x5F && excelEscapes && to - i >= 7 && p[i + 1] == 0x78 && p[i + 6] == 0x5F,
        let a = digit(p[i + 2], hex: true), let c = digit(p[i + 3], hex: true),
        let d = digit(p[i + 4], hex: true), let e = digit(p[i + 5], hex: true)
      {
        flush(i)
        let v = a << 12 | c << 8 | d << 4 | e
        if let scalar = Unicode.Scalar(v) {
          if v == 0x0D {
            // `_x000D_` before a line feed: Excel's CR LF.
          } else {
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
          }
        }
        i += 7
        run = i
        continue
      }
      i += 1
    }
    flush(to)
  }

  @inline(__always) static func digit(_ b: UInt8, hex: Bool) -> UInt32? {
    if b >= 0x30 && b <= 0x39 { return UInt32(b - 0x30) }
    guard hex else { return nil }
    if b >= 0x61 && b <= 0x66 { return UInt32(b - 0x61 + 10) }
    if b >= 0x41 && b <= 0x46 { return UInt32(b - 0x41 + 10) }
    return nil
  }

  /// Appends the text of every `<t>` in `p[from..<to]` (a shared string's `<si>`, an inline
  /// string's `<is>`: plain `<t>` or rich-text runs `<r><t>`), leaving out phonetic runs
  /// (`<rPh>`, the furigana of East Asian text) and run properties.
  static func appendRuns(_ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int, into out: inout [UInt8]) throws {
    var i = from
    var phonetic = 0
    while let open = find(lt, p, i, to) {
      guard open + 1 < to else { break }
      let c = p[open + 1]
      if c == bang {
        try checkBang(p, open, to)
        if to - open >= 9 && memcmp(p + open + 2, "[CDATA[", 7) == 0 {
          guard let close = find("]]>", p, open + 9, to) else { throw Refused(why: "CDATA không đóng") }
          // CDATA is text as it is, inside a `<t>` only; elsewhere it is skipped.
          i = close + 3
          continue
        }
        guard let close = find("-->", p, open + 4, to) else { throw Refused(why: "chú thích không đóng") }
        i = close + 3
        continue
      }
      if c == question {
        guard let close = find("?>", p, open + 2, to) else { throw Refused(why: "thẻ <? không đóng") }
        i = close + 2
        continue
      }
      let closing = c == slash
      let n = name(p, closing ? open + 2 : open + 1, to)
      guard let gtAt = find(gt, p, n.1, to) else { throw Refused(why: "thẻ không đóng") }
      let selfClosing = p[gtAt - 1] == slash
      if equals(p, n, "rPh") {
        if closing { phonetic = max(0, phonetic - 1) } else if !selfClosing { phonetic += 1 }
        i = gtAt + 1
        continue
      }
      if !closing && !selfClosing && equals(p, n, "t") {
        let textStart = gtAt + 1
        guard let end = find("</", p, textStart, to) else { throw Refused(why: "thẻ <t> không đóng") }
        if phonetic == 0 { try appendTextWithCDATA(p, textStart, end, into: &out) }
        i = end
        continue
      }
      i = gtAt + 1
    }
  }

  /// Text that may hold CDATA sections (kept as they are) besides entities.
  static func appendTextWithCDATA(_ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int, into out: inout [UInt8])
    throws
  {
    var i = from
    while let open = find("<![CDATA[", p, i, to) {
      try appendText(p, i, open, into: &out, excelEscapes: true)
      guard let close = find("]]>", p, open + 9, to) else { throw Refused(why: "CDATA không đóng") }
      out.append(contentsOf: UnsafeBufferPointer(start: p + open + 9, count: close - open - 9))
      i = close + 3
    }
    try appendText(p, i, to, into: &out, excelEscapes: true)
  }
}
