import CXlsxWriter

/// Column widths, row heights, frozen panes and where a chart sits: how the sheet
/// looks on screen, apart from its cells.
extension Worksheet {
  /// Width of columns `first...last` in Excel's units (characters of the default font).
  public func setColumnWidth(_ width: Double, first: Int, last: Int? = nil, format: Format? = nil) throws {
    let (_, c1) = try cell(0, first, "set column width")
    let (_, c2) = try cell(0, last ?? first, "set column width")
    try XLSXError.check(
      worksheet_set_column(handle, c1, c2, width, format?.handle), "\(name): column width")
  }

  /// Height of one row in points. In constant-memory mode only the current or a later row.
  public func setRowHeight(_ height: Double, row: Int, format: Format? = nil) throws {
    let (r, _) = try cell(row, 0, "set row height")
    try outsideBlock(row, "set row height")
    try XLSXError.check(worksheet_set_row(handle, r, height, format?.handle), "\(name): row height")
  }

  /// Freezes the rows above `row` and the columns left of `column`.
  public func freezePanes(row: Int, column: Int) {
    guard !workbook.isClosed, let (r, c) = try? cell(row, column, "freeze") else { return }
    worksheet_freeze_panes(handle, r, c)
  }

  /// Places `chart` with its top-left corner in cell (`row`, `column`), scaled
  /// from libxlsxwriter's default 480×288 pixels. A chart goes into one sheet once,
  /// and must have at least one series.
  public func insert(
    _ chart: WorkbookChart, row: Int, column: Int, xScale: Double = 1, yScale: Double = 1,
    xOffset: Int = 0, yOffset: Int = 0
  ) throws {
    let (r, c) = try cell(row, column, "insert chart")
    var options = lxw_chart_options()
    options.x_scale = xScale
    options.y_scale = yScale
    options.x_offset = Int32(clamping: xOffset)
    options.y_offset = Int32(clamping: yOffset)
    try XLSXError.check(
      worksheet_insert_chart_opt(handle, r, c, chart.handle, &options), "\(name): insert chart")
  }
}
