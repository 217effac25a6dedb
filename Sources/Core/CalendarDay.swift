/// A day of the proleptic Gregorian calendar, with no time and no time zone.
///
/// Reports are about days ("as of 31/10/2025"), never instants, so dates are
/// kept as plain civil dates: nothing here reads the clock, the time zone or
/// the locale, and the same input gives the same bytes on every machine.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before).
  public let daysSinceEpoch: Int32

  public init(daysSinceEpoch: Int32) { self.daysSinceEpoch = daysSinceEpoch }

  /// Returns nil when the triple is not a real day (31/02, month 13…).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CalendarDay.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    daysSinceEpoch = Int32(era * 146097 + doe - 719468)
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// (year, month, day) of this day.
  public var components: (year: Int, month: Int, day: Int) {
    let z = Int(daysSinceEpoch) + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  public var year: Int { components.year }
  public var month: Int { components.month }
  public var day: Int { components.day }

  /// The month this day falls in.
  public var calendarMonth: CalendarMonth {
    let c = components
    return CalendarMonth(year: c.year, month: c.month)!
  }

  /// `dd/mm/yyyy`, the form every Vietnamese document uses.
  public var description: String {
    let c = components
    return "\(CalendarDay.pad2(c.day))/\(CalendarDay.pad2(c.month))/\(c.year)"
  }

  /// `yyyy-mm-dd`.
  public var iso: String {
    let c = components
    return "\(c.year)-\(CalendarDay.pad2(c.month))-\(CalendarDay.pad2(c.day))"
  }

  /// Excel's serial day number (1900 date system), for date cells.
  public var excelSerial: Double { Double(Int(daysSinceEpoch) + 25569) }

  public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

  public func adding(days: Int) -> CalendarDay { CalendarDay(daysSinceEpoch: daysSinceEpoch + Int32(days)) }

  public static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
