/// What T3, T4 and the charts need of a report beyond `so-lieu.csv`'s counts:
/// nominations submitted per month, registrations and participants per unit,
/// and the progress figures of `tien_do.csv` per unit, indicator and month.
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
  /// Nominations counted at as-of, per unit and report month: `[unit * monthCount + month]`.
  public let submitted: [Int]
  public let registrations: Registrations?
  /// This campaign's indicators in order of first appearance in `tien_do.csv`.
  public let indicators: [String]
  /// Sums of the figures, `[(unit * indicators.count + indicator) * monthCount + month]`,
  /// added in file order; figures outside the report's months are left out.
  public let figures: [Double]

  /// Counts `scope`'s nominations, registrations and progress figures.
  /// `position` maps a data set's unit index to its position in the roster.
  init(scope: ReportScope, position: [Int]) {
    let data = scope.data
    let months = scope.months
    let units = data.units.count
    monthCount = months.count
    var submitted = [Int](repeating: 0, count: units * months.count)
    if let first = months.first?.index {
      let nominations = data.nominations
      for i in scope.counted {
        let m = nominations[i].submitted.calendarMonth.index - first
        if m >= 0 && m < months.count { submitted[position[nominations[i].unit] * months.count + m] += 1 }
      }
    }
    self.submitted = submitted
    if let all = data.registrations {
      var r = Registrations(
        registered: [Bool](repeating: false, count: units), participants: [Int](repeating: 0, count: units))
      for reg in all where reg.campaign == scope.campaignIndex {
        r.registered[position[reg.unit]] = true
        r.participants[position[reg.unit]] += reg.participants ?? 0
      }
      registrations = r
    } else {
      registrations = nil
    }
    var seen: [String: Int] = [:]
    var indicators: [String] = []
    for p in data.progress where p.campaign == scope.campaignIndex && seen[p.indicator] == nil {
      seen[p.indicator] = indicators.count
      indicators.append(p.indicator)
    }
    self.indicators = indicators
    var figures = [Double](repeating: 0, count: units * indicators.count * months.count)
    if let first = months.first?.index {
      for p in data.progress where p.campaign == scope.campaignIndex {
        let m = p.month.index - first
        guard m >= 0 && m < months.count, let g = seen[p.indicator] else { continue }
        figures[(position[p.unit] * indicators.count + g) * months.count + m] += p.value
      }
    }
    self.figures = figures
  }

  /// Nominations submitted by unit `u` in month `m`.
  public func submitted(unit u: Int, month m: Int) -> Int { submitted[u * monthCount + m] }

  /// The sum of indicator `g`'s figures of unit `u` in month `m`.
  public func figure(unit u: Int, indicator g: Int, month m: Int) -> Double {
    figures[(u * indicators.count + g) * monthCount + m]
  }
}
