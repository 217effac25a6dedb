import Foundation
import Tabular

/// "Today" as Phòng Nội vụ means it: the calendar day in Vietnam (UTC+7, no
/// daylight saving), whatever the server's `TZ` — so a cron job on a UTC
/// server just after midnight in Hà Nội reports the right day.
public enum VietnamClock {
  public static let utcOffsetSeconds = 7 * 3600

  public static func today(now: Date = Date()) -> CalendarDay {
    let seconds = Int(now.timeIntervalSince1970.rounded(.down)) + utcOffsetSeconds
    let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
    return CalendarDay(daysSinceEpoch: Int32(days))
  }
}
