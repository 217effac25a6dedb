/// Prints diagnostics as DATA.md asks: one line each, `file:line: column:
/// message`, grouped by file (in the order of the data contract), then by line.
public enum DiagnosticReport {
  /// Each table's CSV name, then its workbook name (`de_nghi.xlsx`), at the table's rank.
  static let fileOrder: [String] =
    ([Schemas.awards.file] + Schemas.all.map(\.file)).flatMap { [$0, TableSource.workbookName(of: $0)] }
    + [Schemas.organisationFile]

  public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    // Each diagnostic's file rank is looked up once, not per comparison: at 1M
    // nominations T6 has ~91k findings, and the lookups were most of a 0.4 s sort.
    var rankOf: [String: Int] = [:]
    for (i, f) in fileOrder.enumerated() where rankOf[f] == nil { rankOf[f] = i }
    // The units' lists (`de_nghi/<campaign>/<unit>.csv`) come with de_nghi.csv, after it.
    let listsRank = rankOf[Schemas.nominations.file] ?? fileOrder.count
    let keys = diagnostics.map {
      (
        rank: rankOf[$0.file] ?? ($0.file.hasPrefix("de_nghi/") ? listsRank : fileOrder.count),
        line: $0.line ?? 0
      )
    }
    let order = diagnostics.indices.sorted { a, b in
      let (ka, kb) = (keys[a], keys[b])
      if ka.rank != kb.rank { return ka.rank < kb.rank }
      let (fa, fb) = (diagnostics[a].file, diagnostics[b].file)
      if fa != fb { return fa < fb }
      if ka.line != kb.line { return ka.line < kb.line }
      return a < b
    }
    return order.map { diagnostics[$0] }
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
