import Core

/// A campaign (phong trào / đợt thi đua), one row of `phong_trao.csv`.
public struct Campaign: Sendable {
  public var id: String
  public var name: String
  public var theme: String
  public var issuer: String
  public var planRef: String
  public var start: CalendarDay
  public var end: CalendarDay
  public var deadline: CalendarDay?
  public var line: Int
}
