/// Makes sheet names Excel accepts, whatever the builders passed.
///
/// Excel refuses names over 31 characters, with any of `[ ] : * ? / \`, starting
/// or ending with `'`, blank, or equal (ignoring case) to another sheet's; a
/// workbook that breaks these rules will not open. Characters are dropped or
/// trimmed, never replaced by look-alikes, and a duplicate gets ` (2)`, ` (3)`….
struct SheetNames {
  static let maxLength = 31
  private var taken: Set<String> = []
  /// The name of a blank sheet, `{n}` its place from 1 (`WorkbookDocument.unnamedSheet`).
  let unnamed: String

  init(unnamed: String = "{n}") { self.unnamed = unnamed }

  /// A valid, unused name for the sheet at `index` (zero-based) that asked for `wanted`.
  mutating func claim(_ wanted: String, index: Int) -> String {
    var base = SheetNames.clean(wanted)
    if base.isEmpty { base = SheetNames.clean(unnamed.replacingOccurrences(of: "{n}", with: "\(index + 1)")) }
    if base.isEmpty { base = "\(index + 1)" }
    var name = base
    var n = 2
    while taken.contains(name.lowercased()) {
      let suffix = " (\(n))"
      let room = SheetNames.maxLength - suffix.utf16.count
      name = SheetNames.clean(SheetNames.truncate(base, to: room)) + suffix
      n += 1
    }
    taken.insert(name.lowercased())
    return name
  }

  static func clean(_ s: String) -> String {
    var out = ""
    for ch in s {
      if ch.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
        out.append(" ")
      } else if !"[]:*?/\\".contains(ch) {
        out.append(ch)
      }
    }
    out = truncate(out, to: maxLength)
    return trim(out)
  }

  /// At most `limit` UTF-16 units (Excel's count), never splitting a character.
  static func truncate(_ s: String, to limit: Int) -> String {
    var out = ""
    var used = 0
    for ch in s {
      let n = ch.utf16.count
      if used + n > limit { break }
      out.append(ch)
      used += n
    }
    return out
  }

  private static func trim(_ s: String) -> String {
    var chars = Substring(s)
    while let f = chars.first, f == "'" || f.isWhitespace { chars = chars.dropFirst() }
    while let l = chars.last, l == "'" || l.isWhitespace { chars = chars.dropLast() }
    return String(chars)
  }
}
