import Tabular

/// How `thidua tong-hop` builds a table from what the offices sent (REPORTS.md
/// "Roll-up"). The tables one after the other, after every received file is read.
enum RollupBuilder: Sendable {
  /// The table's report builder (`TableBuilder.fromFacts`) on the offices' fact tables
  /// added up: the same table a report counts from its own data (so-lieu, T1, T2).
  case fromFacts
  /// From the offices' lists, which are read only when such a table is chosen (T5).
  case fromLists(@Sendable (RollupReport) -> Table)
  /// From the roll-up and its warnings (who has sent; T6).
  case fromRollup(@Sendable (RollupReport, [Diagnostic]) -> Table)

  var readsLists: Bool {
    if case .fromLists = self { return true }
    return false
  }
}
