import Core
import Foundation

/// How a job picks its as-of date. `today` and `end-of-last-month` are
/// reckoned on the calendar of the job's time zone (Vietnam by default), never
/// the server's `TZ`: a cron job at 00:05 on the 1st in Hà Nội runs at 17:05 UTC
/// the day before, and must still report the month just ended.
public enum AsOfRule: Sendable, Equatable {
  case fixed(CalendarDay)
  case today
  case endOfLastMonth

  /// Parses `today`, `end-of-last-month` (also with spaces or `_`), `yyyy-mm-dd`, `dd/mm/yyyy`.
  public static func parse(_ text: String) -> AsOfRule? {
    let t = text.trimmingCharacters(in: .whitespaces)
    let word = t.lowercased().replacingOccurrences(of: " ", with: "-").replacingOccurrences(
      of: "_", with: "-")
    switch word {
    case "today", "hom-nay": return .today
    case "end-of-last-month", "cuoi-thang-truoc": return .endOfLastMonth
    default: return ValueParser.date(t).map { .fixed($0) }
    }
  }

  /// The as-of day at the instant `now`, on the calendar of `zone`.
  public func resolve(now: Date, in zone: TimeZone) -> CalendarDay {
    switch self {
    case .fixed(let day):
      return day
    case .today:
      return VietnamClock.today(now: now, in: zone)
    case .endOfLastMonth:
      let today = VietnamClock.today(now: now, in: zone)
      return today.adding(days: -today.day)
    }
  }
}
