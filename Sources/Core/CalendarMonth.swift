/// A month of a year: the unit of the progress tables (`ky`).
public struct CalendarMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// year * 12 + (month - 1)
  public let index: Int

  public init?(year: Int, month: Int) {
    guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
    index = year * 12 + month - 1
  }

  public init(index: Int) { self.index = index }

  public var year: Int { index / 12 }
  public var month: Int { index % 12 + 1 }
  public var next: CalendarMonth { CalendarMonth(index: index + 1) }

  /// `mm/yyyy`.
  public var description: String { "\(CalendarDay.pad2(month))/\(year)" }

  public static func < (a: CalendarMonth, b: CalendarMonth) -> Bool { a.index < b.index }
}
