#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns Swift strings into the C strings libxlsxwriter accepts.
///
/// libxlsxwriter takes NUL-terminated UTF-8: a Swift string holding U+0000
/// would be cut short silently, so NULs are removed first. Swift strings are
/// always valid UTF-8, so nothing else needs repair for cell text (the library
/// escapes other control characters in cells itself). Names that land in XML
/// attributes or chart titles (`plain`) also lose the other C0 controls, which
/// XML 1.0 cannot carry at all.
enum XLSXText {
  /// Cell text: NULs removed, at most 32,767 characters (Excel's cell limit,
  /// which libxlsxwriter enforces by failing the write).
  static func cell(_ s: String) -> String {
    guard needsRepair(s) else { return s }
    let scalars = s.unicodeScalars
    var out = String.UnicodeScalarView()
    var n = 0
    for u in scalars where u.value != 0 {
      if n == maxCellLength { break }
      out.append(u)
      n += 1
    }
    return String(out)
  }

  /// True when `cell` would change `s`: longer than a cell may be, or holding
  /// U+0000. U+0000 is the byte 0 in UTF-8, so libc's `strlen` (vectorised)
  /// stops short of the UTF-8 count exactly when there is one. Measured: the
  /// generic `utf8.contains(0)` byte loop it replaces was about 1,400
  /// instructions a cell, ~3% of a 100k-nomination T5 report.
  static func needsRepair(_ s: String) -> Bool {
    let count = s.utf8.count
    return count > maxCellLength || s.withCString { strlen($0) } != count
  }

  /// Names, titles, properties: every C0 control but tab and newline becomes a space.
  static func plain(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" }) else {
      return s
    }
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars {
      if u.value == 0 { continue }
      out.append(u.value < 0x20 && u != "\t" && u != "\n" ? " " : u)
    }
    return String(out)
  }

  /// libxlsxwriter reads a chart title or series name that starts with `=` as a
  /// cell reference; a literal title must not, so it gets a leading space.
  static func literalChartName(_ s: String) -> String {
    let t = plain(s)
    return t.hasPrefix("=") ? " " + t : t
  }

  static let maxCellLength = 32_767
}
