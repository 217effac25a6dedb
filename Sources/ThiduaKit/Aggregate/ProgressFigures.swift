import Core
import Tabular

/// What T4 and T7 count for each unit, month by month over the report's months
/// (`ReportScope.months`): the nominations submitted (counted at as-of), then each
/// indicator of `tien_do.csv` in order of first appearance. Figures are exact
/// (`ExactDecimal`), so T7's Lũy kế is T4's months summed to the digit; figures for
/// months outside the report are left out.
struct ProgressFigures {
  let months: [CalendarMonth]
  /// This campaign's indicators in order of first appearance in `tien_do.csv`.
  let indicators: [String]
  /// Per unit: group-major, `groups × months` (group 0 the nominations).
  let values: [[ExactDecimal]]

  var groups: Int { indicators.count + 1 }

  init(scope: ReportScope) {
    let months = scope.months
    var seen = Set<String>()
    var indicators: [String] = []
    for p in scope.data.progress where p.campaign == scope.campaignIndex && seen.insert(p.indicator).inserted
    {
      indicators.append(p.indicator)
    }
    let width = (indicators.count + 1) * months.count
    var values = [[ExactDecimal]](
      repeating: [ExactDecimal](repeating: .zero, count: width), count: scope.data.units.count)
    if let first = months.first?.index {
      // Counts first as integers: one `ExactDecimal` per unit and month, not per nomination.
      var submitted = [Int](repeating: 0, count: scope.data.units.count * months.count)
      for i in scope.counted {
        let n = scope.data.nominations[i]
        let m = n.submitted.calendarMonth.index - first
        if m >= 0 && m < months.count { submitted[n.unit * months.count + m] += 1 }
      }
      for u in values.indices {
        for m in months.indices { values[u][m] = ExactDecimal(submitted[u * months.count + m]) }
      }
      var position: [String: Int] = [:]
      for (i, name) in indicators.enumerated() { position[name] = i + 1 }
      for p in scope.data.progress where p.campaign == scope.campaignIndex {
        let m = p.month.index - first
        guard m >= 0 && m < months.count, let g = position[p.indicator] else { continue }
        values[p.unit][g * months.count + m] += p.value
      }
    }
    self.months = months
    self.indicators = indicators
    self.values = values
  }

  /// Whole numbers as integers, others with their own digits (`3.9`, `0.125`).
  static func cell(_ x: ExactDecimal) -> Cell {
    if let n = x.integerValue { return .integer(n) }
    return .exact(x)
  }
}
