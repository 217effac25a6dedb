import CXlsxWriter

/// Print setup: repeated rows and columns, scale, page breaks, print area, paper,
/// margins and the footer. Settings on a closed workbook do nothing.
extension Worksheet {
  /// Rows `first...last` are printed at the top of every page.
  public func repeatRows(first: Int, last: Int) throws {
    let (r1, _) = try cell(first, 0, "repeat rows")
    let (r2, _) = try cell(last, 0, "repeat rows")
    try XLSXError.check(worksheet_repeat_rows(handle, r1, r2), "\(name): repeat rows")
  }

  /// Columns `first...last` are printed at the left of every page (a table
  /// continued on further pages across keeps its STT and name columns).
  public func repeatColumns(first: Int, last: Int) throws {
    let (_, c1) = try cell(0, first, "repeat columns")
    let (_, c2) = try cell(0, last, "repeat columns")
    try XLSXError.check(worksheet_repeat_columns(handle, c1, c2), "\(name): repeat columns")
  }

  /// Prints at `percent` of the size (10–400), instead of fitting to pages.
  public func setPrintScale(_ percent: Int) {
    if !workbook.isClosed { worksheet_set_print_scale(handle, UInt16(clamping: min(400, max(10, percent)))) }
  }

  /// The first page's number: 1 makes each sheet's pages start at "Trang 1",
  /// also when the whole workbook is printed at once (Excel's "auto" runs on).
  public func setStartPage(_ number: Int) {
    if !workbook.isClosed { worksheet_set_start_page(handle, UInt16(clamping: number)) }
  }

  /// Manual page breaks above each of `rows` (zero-based; the row starts a new page).
  public func setRowBreaks(_ rows: [Int]) throws {
    try workbook.checkOpen("page breaks")
    var breaks = rows.filter { $0 > 0 && $0 < Worksheet.maxRows }.sorted().map { lxw_row_t($0) }
    guard !breaks.isEmpty else { return }
    breaks.append(0)
    try XLSXError.check(worksheet_set_h_pagebreaks(handle, &breaks), "\(name): page breaks")
  }

  /// Manual page breaks left of each of `columns` (zero-based; the column starts a new page
  /// across): a table printed in bands of columns breaks where they were laid out.
  public func setColumnBreaks(_ columns: [Int]) throws {
    try workbook.checkOpen("column breaks")
    var breaks = columns.filter { $0 > 0 && $0 < Worksheet.maxColumns }.sorted().map { lxw_col_t($0) }
    guard !breaks.isEmpty else { return }
    breaks.append(0)
    try XLSXError.check(worksheet_set_v_pagebreaks(handle, &breaks), "\(name): column breaks")
  }

  /// Only this block is printed.
  public func setPrintArea(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws {
    let (r1, c1) = try cell(firstRow, firstColumn, "print area")
    let (r2, c2) = try cell(lastRow, lastColumn, "print area")
    try XLSXError.check(worksheet_print_area(handle, r1, c1, r2, c2), "\(name): print area")
  }

  public func setLandscape() {
    if !workbook.isClosed { worksheet_set_landscape(handle) }
  }

  /// Excel's paper code: `Worksheet.paperA4` is 9.
  public func setPaper(_ code: UInt8) {
    if !workbook.isClosed { worksheet_set_paper(handle, code) }
  }

  /// Scales the print to `wide` pages across and `tall` down; 0 means "as many as needed".
  public func fitToPages(wide: Int, tall: Int) {
    if !workbook.isClosed {
      worksheet_fit_to_pages(handle, UInt16(clamping: wide), UInt16(clamping: tall))
    }
  }

  /// Page margins in inches.
  public func setMargins(left: Double, right: Double, top: Double, bottom: Double) {
    if !workbook.isClosed { worksheet_set_margins(handle, left, right, top, bottom) }
  }

  public func centerHorizontally() {
    if !workbook.isClosed { worksheet_center_horizontally(handle) }
  }

  /// The printed footer in Excel's code: `&C` centre section, `&P` page, `&N` pages.
  /// At most 255 characters.
  public func setFooter(_ code: String) throws {
    try workbook.checkOpen("setFooter")
    let err = XLSXText.plain(code).withCString { worksheet_set_footer(handle, $0) }
    try XLSXError.check(err, "\(name): footer")
  }
}
