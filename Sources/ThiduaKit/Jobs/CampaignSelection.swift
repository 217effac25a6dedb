import Core

/// Which campaigns a job exports: those named, every campaign of the folder,
/// or those active in the month of the as-of date — the usual monthly job, so
/// that a new campaign is picked up and a finished one dropped with no edit.
public enum CampaignSelection: Sendable, Equatable {
  case named([String])
  case all
  /// Campaigns whose [start, end] overlaps the calendar month of the as-of date.
  case active

  /// Whether several campaigns may be chosen (then the name pattern needs `{campaign}`).
  public var mayChooseSeveral: Bool {
    if case .named(let ids) = self { return Set(ids).count > 1 }
    return true
  }

  /// The indices of `campaigns` chosen, in the folder's order (named ones in the order named).
  /// A named id that does not exist is returned in `missing`.
  public func choose(from campaigns: [Campaign], asOf: CalendarDay) -> (chosen: [Int], missing: [String]) {
    switch self {
    case .all:
      return (Array(campaigns.indices), [])
    case .active:
      let month = asOf.calendarMonth
      let first = CalendarDay(year: month.year, month: month.month, day: 1)!
      let last = first.adding(days: CalendarDay.daysIn(month: month.month, year: month.year) - 1)
      return (campaigns.indices.filter { campaigns[$0].start <= last && campaigns[$0].end >= first }, [])
    case .named(let ids):
      var chosen: [Int] = []
      var missing: [String] = []
      for id in ids {
        if let i = campaigns.firstIndex(where: { $0.id == id }) {
          if !chosen.contains(i) { chosen.append(i) }
        } else {
          missing.append(id)
        }
      }
      return (chosen, missing)
    }
  }
}
