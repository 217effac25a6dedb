import Core

/// A nomination and its outcome, one row of `de_nghi.csv`.
///
/// Kept small because a province has millions: its free texts are in `DataSet.texts`
/// (`NominationTexts`, read with `texts.name(of:)` and the like), indices and the line
/// are stored as `Int32` behind `Int` properties (`Int32Backed`), and the one-byte fields
/// come last.
/// 56 bytes a row, where four `String` fields and `Int`s made 168 (measured at 1M rows:
/// 160 MiB of the run's peak).
public struct Nomination: Sendable, Equatable {
  public var id: String
  /// Where this nomination's kept texts start in `DataSet.texts` (-1 when none are kept).
  public var textStart: Int
  /// Index into `DataSet.campaigns`.
  @Int32Backed public var campaign: Int
  /// Index into `DataSet.units`: the proposing unit.
  @Int32Backed public var unit: Int
  /// Index into `DataSet.catalogue`.
  @Int32Backed public var award: Int
  /// The line of `de_nghi.csv` the row starts on.
  @Int32Backed public var line: Int
  public var submitted: CalendarDay
  public var decisionDate: CalendarDay?
  public var kind: NomineeKind
  public var gender: Gender?
  /// The status as written in the file; see `Scope.status(of:)` for the as-of status.
  public var status: NominationStatus
  /// Anything but Kinh (and not empty) is an ethnic minority.
  public var isMinority: Bool
  public var isDirectWorker: Bool
  /// Where the row was read: 0 for `de_nghi.csv`, k for the unit's list
  /// `DataSet.lists[k - 1]` (then `line` is the list's line or row). Two bytes in what was
  /// padding: the stride stays 56.
  public var source: UInt16

  public init(
    id: String, campaign: Int, unit: Int, kind: NomineeKind, gender: Gender?, isMinority: Bool,
    isDirectWorker: Bool, award: Int, status: NominationStatus, submitted: CalendarDay,
    decisionDate: CalendarDay?, textStart: Int, line: Int, source: UInt16 = 0
  ) {
    self.id = id
    self.textStart = textStart
    self.campaign = campaign
    self.unit = unit
    self.award = award
    self.line = line
    self.submitted = submitted
    self.decisionDate = decisionDate
    self.kind = kind
    self.gender = gender
    self.status = status
    self.isMinority = isMinority
    self.isDirectWorker = isDirectWorker
    self.source = source
  }
}
