/// What loading a data folder gives: the typed data (when there were no
/// errors) and every diagnostic found, errors and warnings, in file order.
public struct LoadResult: Sendable {
  public var dataSet: DataSet
  public var diagnostics: [Diagnostic]
  /// `de_nghi.csv` was read in two halves at once and joined (`NominationHalves`): tests
  /// check that the split they aimed at was not avoided.
  var nominationsJoinedFromHalves = false
  /// Rows of `de_nghi.csv` made by the fast path (`NominationFastPath`): the differential
  /// test checks that the rows it compares did take it.
  var nominationsOnFastPath = 0

  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
  public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
  /// A file could not be read at all (exit status 2 rather than 1).
  public var hasUnreadableFile: Bool { diagnostics.contains { $0.kind == .unreadableFile } }
}
