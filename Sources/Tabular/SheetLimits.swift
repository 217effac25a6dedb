import XLSX

/// When a table's sheet is streamed and how many rows a sheet holds: the sizes real runs
/// use, which tests lower to stream and split small tables. A parameter of
/// `XLSXRenderer.write`, not a global, so one test's sizes never leak into another's files.
struct SheetLimits: Sendable {
  /// Tables longer than this are written on streamed (constant-memory) sheets: rows go
  /// straight to disk, strings inline. Measured on T5 at 1M nominations (283,938 rows):
  /// 2.7 s / 4 MiB streamed against 3.6 s / 380 MiB through libxlsxwriter's shared-string
  /// tree. Small tables keep the normal mode (shared strings), so their files do not change.
  var streamRows = 5_000
  /// Rows a sheet can hold (Excel's 1,048,576); a longer list continues on a second sheet.
  var sheetRowLimit = Worksheet.maxRows

  /// What every real run uses.
  static let excel = SheetLimits()
}
