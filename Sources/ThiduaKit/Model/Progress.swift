import Core

/// One progress figure of one unit for one month, one row of `tien_do.csv`.
public struct Progress: Sendable {
  public var campaign: Int
  public var unit: Int
  public var month: CalendarMonth
  public var indicator: String
  /// The amount achieved in that month (not cumulative), exact as written (`2,55`).
  public var value: ExactDecimal
  public var line: Int
}
