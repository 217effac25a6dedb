import Core
import Tabular

/// One report's scope (REPORTS.md "Scope of one report"): one campaign as of
/// one date. It decides which nominations count and their status at that date;
/// every table is built from it, so the as-of rules live here only.
public struct ReportScope: Sendable {
  public let data: DataSet
  public let campaignIndex: Int
  public let asOf: CalendarDay
  /// Indices into `data.nominations`: this campaign's, submitted on or before as-of, in file order.
  public let counted: [Int]

  public init(data: DataSet, campaign: Int, asOf: CalendarDay) {
    self.data = data
    self.campaignIndex = campaign
    self.asOf = asOf
    var counted: [Int] = []
    for (i, n) in data.nominations.enumerated() where n.campaign == campaign && n.submitted <= asOf {
      counted.append(i)
    }
    self.counted = counted
  }

  public var campaign: Campaign { data.campaigns[campaignIndex] }

  /// The status at as-of: an award decided after as-of is still under review.
  public func status(of n: Nomination) -> NominationStatus {
    if n.status == .awarded, let d = n.decisionDate, d > asOf { return .underReview }
    return n.status
  }

  /// The report's months: from the start's month to the month of min(as-of, end).
  public var months: [CalendarMonth] { heading.months }

  /// Position of each unit in the roster (unit index → rank).
  public var rosterRank: [Int] {
    var rank = [Int](repeating: 0, count: data.units.count)
    for (r, u) in data.roster.enumerated() { rank[u] = r }
    return rank
  }
}
