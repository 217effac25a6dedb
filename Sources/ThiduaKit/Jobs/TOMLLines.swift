/// Finds the lines of a jobs file's `[[job]]` headers and keys. TOMLKit keeps
/// no positions, yet every mistake must be reported with its line, so the text
/// is scanned the way `OrganisationLoader.line(of:in:)` does for `to_chuc.toml`.
struct TOMLLines {
  let lines: [Substring]

  init(_ text: String) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// 1-based lines of the `[[name]]` array-of-tables headers, in order.
  func headers(_ name: String) -> [Int] {
    lines.indices.filter { i in
      let s = Self.stripped(lines[i])
      guard s.hasPrefix("[["), let end = s.range(of: "]]") else { return false }
      return s[s.index(s.startIndex, offsetBy: 2)..<end.lowerBound].trimmingCharacters(in: .whitespaces)
        == name
    }.map { $0 + 1 }
  }

  /// The 1-based line where `key =` (or `"key" =`) is set between lines `from` and `to`
  /// (inclusive, 1-based); also finds a `[key]` table header. nil when not found.
  func line(of key: String, from: Int = 1, to: Int = Int.max) -> Int? {
    guard from >= 1 else { return nil }
    for n in from...min(to, lines.count) {
      let s = Self.stripped(lines[n - 1])
      for form in [key, "\"\(key)\"", "'\(key)'"] where s.hasPrefix(form) {
        let rest = s.dropFirst(form.count).drop { $0 == " " || $0 == "\t" }
        if rest.hasPrefix("=") { return n }
      }
      if s.hasPrefix("[") && !s.hasPrefix("[[") && s.dropFirst().hasPrefix(key) { return n }
    }
    return nil
  }

  private static func stripped(_ line: Substring) -> Substring {
    var s = line.drop { $0 == " " || $0 == "\t" }
    while let last = s.last, last == "\r" || last == " " || last == "\t" { s = s.dropLast() }
    return s
  }
}
