import Tabular

/// How `thidua report` builds a table from one campaign's scope, which says on which core
/// of `CampaignReport`'s two it runs: the checks' side (the checks, T6, and the cheap
/// tables from `tien_do.csv`) or the fact table's side (T5's sort, then the fact
/// table and everything counted from it). At 1M nominations the two sides take about
/// the same time; put a new table where it does not make one side wait for the other.
enum TableBuilder: Sendable {
  /// From the scope, on the checks' core, before the checks (T7).
  case besideChecks(@Sendable (ReportScope, ReportDefinitions) -> Table)
  /// From the campaign's warnings, on the checks' core; choosing it runs the checks (T6).
  case fromChecks(@Sendable (ReportScope, [Diagnostic], ReportDefinitions) -> Table)
  /// From the scope, on the fact table's core, before the fact table (T5).
  case fromScope(@Sendable (ReportScope, ReportDefinitions) -> Table)
  /// From the fact table, on its core (so-lieu, T1–T4).
  case fromFacts(@Sendable (FactTable, ReportDefinitions) -> Table)

  var runsChecks: Bool {
    if case .fromChecks = self { return true }
    return false
  }
}
