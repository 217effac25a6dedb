import Core

/// A unit's registration in a campaign, one row of `dang_ky.csv`.
public struct Registration: Sendable {
  /// Index into `DataSet.campaigns`.
  public var campaign: Int
  /// Index into `DataSet.units`.
  public var unit: Int
  public var date: CalendarDay?
  public var participants: Int?
  public var pledge: String
  public var line: Int
}
