import CXlsxWriter

/// One worksheet of a `Workbook`. Rows and columns are zero-based, as in libxlsxwriter.
///
/// Keeps its workbook alive (the C sheet belongs to the C workbook). After the
/// workbook is closed the C sheet is freed: writes then throw and settings do nothing.
/// In constant-memory workbooks, write rows in order, top to bottom (see `Workbook`).
public final class Worksheet {
  let handle: UnsafeMutablePointer<lxw_worksheet>
  public let workbook: Workbook
  /// The name as given to libxlsxwriter (what chart ranges must refer to).
  public let name: String

  /// Excel's paper code for A4.
  public static let paperA4: UInt8 = 9
  public static let maxRows = 1_048_576
  public static let maxColumns = 16_384

  /// Rows go to disk as soon as a later row is written (constant-memory mode):
  /// write top to bottom; earlier rows can no longer change.
  public let streaming: Bool
  /// `N` of the zip entry `xl/worksheets/sheetN.xml` (worksheets numbered from 1 in order).
  let number: Int
  /// A streamed sheet's block of rows made outside libxlsxwriter (`beginRows`), and
  /// whether it is finished: the library must not write inside it.
  private(set) var rows: StreamedRows?
  private var rowsOpen = false

  init(
    handle: UnsafeMutablePointer<lxw_worksheet>, workbook: Workbook, name: String, number: Int,
    streaming: Bool = false
  ) {
    self.handle = handle
    self.workbook = workbook
    self.name = name
    self.number = number
    self.streaming = streaming
  }

  /// Starts a block of whole rows at `row` (see `RowBlockWriter`). On a streamed
  /// sheet, one block per sheet, below every row written so far; until its
  /// `finish`, nothing else may be written, and afterwards only below it.
  public func beginRows(at row: Int) throws -> RowBlockWriter {
    _ = try cell(row, 0, "begin rows")
    guard streaming else { return RowBlockWriter(sheet: self, firstRow: row, streamed: nil) }
    guard rows == nil else { throw XLSXError.creatingFile("\(name): a second block of rows") }
    guard handle.pointee.dim_rowmin == LXW_ROW_MAX || row > Int(handle.pointee.dim_rowmax) else {
      throw XLSXError(
        LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, context: "\(name): rows from \(row + 1) above rows written")
    }
    thidua_flush_row(handle)
    let block = StreamedRows(chunkSize: workbook.streamedChunkSize)
    rows = block
    rowsOpen = true
    workbook.streamedSheets.append(self)
    return RowBlockWriter(sheet: self, firstRow: row, streamed: block)
  }

  /// The end of `block`: its last chunk goes to the deflater, and libxlsxwriter
  /// learns the cells' extent (for the sheet's `<dimension>`).
  func endRows(_ block: RowBlockWriter) {
    if block.streamed === rows { endRowsIfOpen() }
  }

  /// Closes the block if its writer has not (also when the workbook closes).
  func endRowsIfOpen() {
    guard let rows, rowsOpen else { return }
    rowsOpen = false
    rows.flush()
    if !rows.isEmpty {
      thidua_extend_dimensions(
        handle, lxw_row_t(rows.firstRow), lxw_col_t(rows.firstColumn == Int.max ? 0 : rows.firstColumn),
        lxw_row_t(rows.lastRow), lxw_col_t(max(0, rows.lastColumn)))
    }
  }

  /// Throws for a write at `row` while a block of rows is open, or inside or above a finished one.
  private func outsideBlock(_ row: Int, _ what: String) throws {
    if let rows, rowsOpen || row <= rows.lastRow {
      throw XLSXError(
        LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE,
        context: "\(name): \(what) at row \(row + 1), inside or above the block of rows")
    }
  }

  /// Marks a block as merged without writing its cells, for streamed sheets:
  /// the caller then writes the first cell and formatted blanks for the rest,
  /// row by row. Ranges must not overlap (as with `merge`).
  public func registerMerge(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws {
    let (r1, c1) = try cell(min(firstRow, lastRow), min(firstColumn, lastColumn), "merge")
    let (r2, c2) = try cell(max(firstRow, lastRow), max(firstColumn, lastColumn), "merge")
    try outsideBlock(Int(r1), "merge")
    try XLSXError.check(thidua_register_merge(handle, r1, c1, r2, c2), "\(name): merge")
  }

  // MARK: Cells

  /// A text cell. An empty string writes a blank cell when a format is given
  /// (so borders still show), nothing otherwise. (A long list's body rows go
  /// through `beginRows` instead.)
  public func write(_ text: String, row: Int, column: Int, format: Format? = nil) throws {
    let (r, c) = try cell(row, column, "write text")
    try outsideBlock(row, "write text")
    let err = XLSXText.cell(text).withCString { worksheet_write_string(handle, r, c, $0, format?.handle) }
    try XLSXError.check(err, "\(name)!\(Worksheet.reference(row: row, column: column))")
  }

  /// A number cell. NaN and infinities (which Excel cannot store) become a blank cell.
  public func write(_ number: Double, row: Int, column: Int, format: Format? = nil) throws {
    guard number.isFinite else { return try writeBlank(row: row, column: column, format: format) }
    let (r, c) = try cell(row, column, "write number")
    try outsideBlock(row, "write number")
    try XLSXError.check(
      worksheet_write_number(handle, r, c, number, format?.handle),
      "\(name)!\(Worksheet.reference(row: row, column: column))")
  }

  /// A formula cell (`SUM(C5:C9)`, without the leading `=`) with its result
  /// stored, so a reader that does not compute (or a viewer that does not
  /// recalculate on opening) still shows the number. Not finite: the result is 0.
  public func writeFormula(_ formula: String, result: Double, row: Int, column: Int, format: Format? = nil)
    throws
  {
    let (r, c) = try cell(row, column, "write formula")
    try outsideBlock(row, "write formula")
    let err = XLSXText.plain(formula).withCString {
      worksheet_write_formula_num(handle, r, c, $0, format?.handle, result.isFinite ? result : 0)
    }
    try XLSXError.check(err, "\(name)!\(Worksheet.reference(row: row, column: column))")
  }

  /// A formula cell whose stored result is text (`""` for a rate over nothing).
  public func writeFormula(
    _ formula: String, textResult: String, row: Int, column: Int, format: Format? = nil
  )
    throws
  {
    let (r, c) = try cell(row, column, "write formula")
    try outsideBlock(row, "write formula")
    let err = XLSXText.plain(formula).withCString { f in
      XLSXText.cell(textResult).withCString { v in
        worksheet_write_formula_str(handle, r, c, f, format?.handle, v)
      }
    }
    try XLSXError.check(err, "\(name)!\(Worksheet.reference(row: row, column: column))")
  }

  /// An empty cell that still carries a format (a bordered blank). Without a
  /// format libxlsxwriter writes nothing, which is what an untouched cell is anyway.
  public func writeBlank(row: Int, column: Int, format: Format? = nil) throws {
    let (r, c) = try cell(row, column, "write blank")
    try outsideBlock(row, "write blank")
    try XLSXError.check(
      worksheet_write_blank(handle, r, c, format?.handle),
      "\(name)!\(Worksheet.reference(row: row, column: column))")
  }

  /// Merges a block and writes `text` in it. A one-cell "range" is written as a
  /// plain cell, since libxlsxwriter refuses to merge a single cell. Merged
  /// ranges must not overlap (libxlsxwriter 1.1.4 does not check; Excel then
  /// reports the file as corrupt).
  public func merge(
    _ text: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int,
    format: Format? = nil
  ) throws {
    if firstRow == lastRow && firstColumn == lastColumn {
      return try write(text, row: firstRow, column: firstColumn, format: format)
    }
    let (r1, c1) = try cell(min(firstRow, lastRow), min(firstColumn, lastColumn), "merge")
    let (r2, c2) = try cell(max(firstRow, lastRow), max(firstColumn, lastColumn), "merge")
    try outsideBlock(Int(r1), "merge")
    let err = XLSXText.cell(text).withCString {
      worksheet_merge_range(handle, r1, c1, r2, c2, $0, format?.handle)
    }
    let ref =
      Worksheet.reference(row: Int(r1), column: Int(c1))
      + ":" + Worksheet.reference(row: Int(r2), column: Int(c2))
    try XLSXError.check(err, "\(name)!\(ref)")
  }

  // MARK: Rows and columns

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

  // MARK: Printing

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

  // MARK: Charts

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

  // MARK: Helpers

  /// `A1`-style reference of a zero-based cell. Built as bytes in a stack buffer
  /// (a short `String` is then stored inline): a formula names two or three of these,
  /// and a 5,000-unit T1 has 25,000 formulas; through `[Character]` and `+` the
  /// references took 11 % of a `--tables T1,T4` run at 100k nominations.
  public static func reference(row: Int, column: Int) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
      var start = buffer.count
      var r = row + 1
      repeat {
        start -= 1
        buffer[start] = UInt8(48 + r % 10)
        r /= 10
      } while r > 0
      start = letters(column, into: buffer, before: start)
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
    }
  }

  /// `A`, `B`, … `Z`, `AA`, … of a zero-based column.
  public static func columnName(_ column: Int) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer in
      let start = letters(column, into: buffer, before: buffer.count)
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
    }
  }

  /// Writes the column's letters right to left ending before `end`; returns where they start.
  private static func letters(_ column: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, before end: Int)
    -> Int
  {
    var start = end
    var n = column + 1
    while n > 0 {
      start -= 1
      buffer[start] = UInt8(65 + (n - 1) % 26)
      n = (n - 1) / 26
    }
    return start
  }

  /// Checks the workbook is open and the cell is inside Excel's grid, and
  /// converts to libxlsxwriter's types (a negative Int would otherwise trap).
  private func cell(_ row: Int, _ column: Int, _ what: String) throws -> (lxw_row_t, lxw_col_t) {
    try workbook.checkOpen(what)
    guard (0..<Worksheet.maxRows).contains(row), (0..<Worksheet.maxColumns).contains(column) else {
      throw XLSXError(
        LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, context: "\(name): \(what) at row \(row), column \(column)")
    }

    return (lxw_row_t(row), lxw_col_t(column))
  }
}
