/// Prints diagnostics as DATA.md asks: one line each, `file:line: column:
/// message`, grouped by file (in the order of the data contract), then by line.
public enum DiagnosticReport {
  static let fileOrder: [String] =
    [Schemas.awards.file] + Schemas.all.map(\.file) + [Schemas.organisationFile]

  public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    func rank(_ d: Diagnostic) -> Int { fileOrder.firstIndex(of: d.file) ?? fileOrder.count }
    return diagnostics.enumerated().sorted { a, b in
      let (ra, rb) = (rank(a.element), rank(b.element))
      if ra != rb { return ra < rb }
      if a.element.file != b.element.file { return a.element.file < b.element.file }
      let (la, lb) = (a.element.line ?? 0, b.element.line ?? 0)
      if la != lb { return la < lb }
      return a.offset < b.offset
    }.map(\.element)
  }

  /// The lines to print: errors say `lỗi`, warnings `cảnh báo`, after the location.
  public static func lines(_ diagnostics: [Diagnostic]) -> [String] {
    sorted(diagnostics).map(\.formatted)
  }

  /// "3 lỗi, 5 cảnh báo".
  public static func summary(_ diagnostics: [Diagnostic]) -> String {
    let errors = diagnostics.filter { $0.severity == .error }.count
    return "\(errors) lỗi, \(diagnostics.count - errors) cảnh báo"
  }
}
