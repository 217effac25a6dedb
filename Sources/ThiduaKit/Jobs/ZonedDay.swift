import Foundation
import Tabular

/// The calendar day of an instant in a named time zone, through Foundation's
/// Gregorian calendar with the zone set explicitly — the process `TZ` and
/// locale never enter, so a server on UTC and a desktop in Hà Nội agree.
public enum ZonedDay {
  public static func day(of instant: Date, in zone: TimeZone) -> CalendarDay {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let c = calendar.dateComponents([.year, .month, .day], from: instant)
    return CalendarDay(year: c.year!, month: c.month!, day: c.day!)!
  }
}
