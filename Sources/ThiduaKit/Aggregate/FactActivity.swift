import Core

/// What T3, T4 and the charts need of a report beyond `so-lieu.csv`'s counts:
/// nominations submitted per month and the progress figures of `tien_do.csv`
/// per unit, indicator and month (exact, `ProgressFigures`), and registrations
/// and participants per unit.
///
/// Counted from a data set only: a fact table read back from `so-lieu.csv`
/// files has none (a roll-up writes neither T3 nor T4). Units are positions
/// in the fact table's `FactDimensions.units`; months those of its heading.
public struct FactActivity: Sendable {
  /// Per unit, did it register for the campaign, and how many people take part;
  /// nil when the folder has no `dang_ky.csv` (T3 leaves those columns out).
  public struct Registrations: Sendable, Equatable {
    public var registered: [Bool]
    public var participants: [Int]
  }

  public let monthCount: Int
  /// This campaign's indicators in order of first appearance in `tien_do.csv`.
  public let indicators: [String]
  /// Per unit: group-major, `(indicators + 1) × months`, group 0 the nominations
  /// submitted (counted at as-of), then each indicator's sums; figures outside the
  /// report's months are left out.
  public let values: [[ExactDecimal]]
  public let registrations: Registrations?

  /// Counts `scope`'s nominations, registrations and progress figures.
  /// `position` maps a data set's unit index to its position in the roster.
  init(scope: ReportScope, position: [Int]) {
    let data = scope.data
    let figures = ProgressFigures(scope: scope)
    monthCount = figures.months.count
    indicators = figures.indicators
    values = data.roster.map { figures.values[$0] }
    if let all = data.registrations {
      var r = Registrations(
        registered: [Bool](repeating: false, count: data.units.count),
        participants: [Int](repeating: 0, count: data.units.count))
      for reg in all where reg.campaign == scope.campaignIndex {
        r.registered[position[reg.unit]] = true
        r.participants[position[reg.unit]] += reg.participants ?? 0
      }
      registrations = r
    } else {
      registrations = nil
    }
  }

  /// Nominations submitted by unit `u` in month `m`.
  public func submitted(unit u: Int, month m: Int) -> Int { values[u][m].integerValue ?? 0 }
}
