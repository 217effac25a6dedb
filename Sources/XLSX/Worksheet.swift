import CXlsxWriter

/// One worksheet of a `Workbook`. Rows and columns are zero-based, as in libxlsxwriter.
///
/// Keeps its workbook alive (the C sheet belongs to the C workbook). After the
/// workbook is closed the C sheet is freed: writes then throw and settings do nothing.
/// In constant-memory workbooks, write rows in order, top to bottom (see `Workbook`).
///
/// Here: the sheet, its streamed block of rows, A1 references and the grid check every
/// call makes. What a sheet is asked to do is in its extensions, by kind: cells
/// (`Worksheet+Cells`), widths, heights and charts (`+Layout`), printing (`+Printing`),
/// checks on typed values and hiding (`+Validation`).
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
  func outsideBlock(_ row: Int, _ what: String) throws {
    if let rows, rowsOpen || row <= rows.lastRow {
      throw XLSXError(
        LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE,
        context: "\(name): \(what) at row \(row + 1), inside or above the block of rows")
    }
  }

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
  func cell(_ row: Int, _ column: Int, _ what: String) throws -> (lxw_row_t, lxw_col_t) {
    try workbook.checkOpen(what)
    guard (0..<Worksheet.maxRows).contains(row), (0..<Worksheet.maxColumns).contains(column) else {
      throw XLSXError(
        LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, context: "\(name): \(what) at row \(row), column \(column)")
    }

    return (lxw_row_t(row), lxw_col_t(column))
  }
}
