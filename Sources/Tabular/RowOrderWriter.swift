import XLSX

/// Writes a sheet's letterhead, titles, header and footer cells (and sets their
/// rows' heights) so they reach the sheet in row order, whatever order the
/// layout computes them in — which is not row order: the motto's rows
/// come after the issuer's, a header block spanning two rows is written
/// before the block to its right on the first row.
///
/// A normal sheet takes them as they come. A streamed (constant-memory) sheet
/// drops a write to a row above the last one written, so for it the writes are
/// held and `flush()` plays them back sorted by row (then column, then the
/// order they came in); merged blocks are registered and their cells written
/// one by one in that order too. Either way the sheet ends up the same.
final class RowOrderWriter {
  private let sheet: Worksheet
  private var pending: [(row: Int, column: Int, seq: Int, op: () throws -> Void)] = []

  init(_ sheet: Worksheet) { self.sheet = sheet }

  func merge(_ text: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, format: Format)
    throws
  {
    guard sheet.streaming else {
      return try sheet.merge(
        text, firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn,
        format: format)
    }
    if firstRow != lastRow || firstColumn != lastColumn {
      try sheet.registerMerge(
        firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
    }
    let sheet = self.sheet
    for r in firstRow...lastRow {
      for c in firstColumn...lastColumn {
        if r == firstRow && c == firstColumn {
          hold(r, c) { try sheet.write(text, row: r, column: c, format: format) }
        } else {
          hold(r, c) { try sheet.writeBlank(row: r, column: c, format: format) }
        }
      }
    }
  }

  /// Excel's height of a row left at its default (what libxlsxwriter writes in `sheetFormatPr`).
  static let defaultHeight = 15.0
  /// The heights set so far, by row: what the keep-together rule lays on pages.
  private var setHeights: [Int: Double] = [:]

  /// Every row's height from 0 through `last`: those set here, the body's
  /// (`body`, from row `bodyTop`), the rest the default.
  func heights(through last: Int, body: [Double], bodyTop: Int) -> [Double] {
    (0...max(0, last)).map { r in
      if r >= bodyTop && r < bodyTop + body.count { return body[r - bodyTop] }
      return setHeights[r] ?? RowOrderWriter.defaultHeight
    }
  }

  func setRowHeight(_ height: Double, row: Int) throws {
    setHeights[row] = height
    guard sheet.streaming else { return try sheet.setRowHeight(height, row: row) }
    let sheet = self.sheet
    hold(row, -1) { try sheet.setRowHeight(height, row: row) }
  }

  /// Plays back the held writes in row order (streamed sheets only).
  func flush() throws {
    let ops = pending.sorted { ($0.row, $0.column, $0.seq) < ($1.row, $1.column, $1.seq) }
    pending.removeAll()
    for op in ops { try op.op() }
  }

  private func hold(_ row: Int, _ column: Int, _ op: @escaping () throws -> Void) {
    pending.append((row, column, pending.count, op))
  }
}
