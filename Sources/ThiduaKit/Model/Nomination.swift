import Tabular

/// A nomination and its outcome, one row of `de_nghi.csv`.
public struct Nomination: Sendable {
  public var id: String
  /// Index into `DataSet.campaigns`.
  public var campaign: Int
  /// Index into `DataSet.units`: the proposing unit.
  public var unit: Int
  public var kind: NomineeKind
  public var name: String
  public var position: String
  public var gender: Gender?
  public var ethnicity: String
  /// Anything but Kinh (and not empty) is an ethnic minority.
  public var isMinority: Bool
  public var isDirectWorker: Bool
  /// Index into `DataSet.catalogue`.
  public var award: Int
  /// The status as written in the file; see `Scope.status(of:)` for the as-of status.
  public var status: NominationStatus
  public var submitted: CalendarDay
  public var decisionNumber: String
  public var decisionDate: CalendarDay?
  public var achievement: String
  public var line: Int
}
