import Foundation

/// "Today" as Phòng Nội vụ means it: the calendar day of an instant in Vietnam
/// (or in the zone a job names), whatever the server's `TZ` and locale — so a
/// cron job on a UTC server just after midnight in Hà Nội reports the right day.
///
/// The one clock of the program: `--as-of` left out and a job's `today` /
/// `end-of-last-month` both ask it, so the two can never disagree.
public enum VietnamClock {
  /// The zone a job reckons in when it names none.
  public static let zoneIdentifier = "Asia/Ho_Chi_Minh"

  /// Vietnam's zone; UTC+7 (no daylight saving since 1975) where the system has no zone data.
  public static let zone = TimeZone(identifier: zoneIdentifier) ?? TimeZone(secondsFromGMT: 7 * 3600)!

  /// The calendar day of `now` in `zone`, through Foundation's Gregorian calendar with the
  /// zone set explicitly, so neither the process `TZ` nor its locale enters.
  public static func today(now: Date = Date(), in zone: TimeZone = zone) -> CalendarDay {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let c = calendar.dateComponents([.year, .month, .day], from: now)
    return CalendarDay(year: c.year!, month: c.month!, day: c.day!)!
  }
}
