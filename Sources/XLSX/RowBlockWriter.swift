/// A block of whole rows written top to bottom, cells left to right: the body
/// of a table. Made by `Worksheet.beginRows(at:)`.
///
/// On a normal sheet each call is the `Worksheet` call of the same name. On a
/// streamed sheet the rows never go through libxlsxwriter: `StreamedRows` makes
/// the same XML libxlsxwriter 1.1.4 would (the same bytes, checked by a test),
/// and deflates it on the other cores while later rows are written; the
/// workbook splices it into the sheet when it closes. That is where a 283k-row
/// list spent most of its time: libxlsxwriter's `fprintf` per cell, then one
/// thread deflating the whole sheet at close.
///
/// Call `endRow` after each row's cells (with its height, if it is not the
/// default), and `finish` after the last row, before writing below the block.
public final class RowBlockWriter {
  let sheet: Worksheet
  let streamed: StreamedRows?
  /// The row being written.
  public private(set) var row: Int
  private var lastColumn = -1

  init(sheet: Worksheet, firstRow: Int, streamed: StreamedRows?) {
    self.sheet = sheet
    self.row = firstRow
    self.streamed = streamed
  }

  /// A text cell, as `Worksheet.write(_:row:column:format:)`.
  public func text(_ s: String, column: Int, format: Format? = nil) throws {
    try next(column)
    if let streamed {
      streamed.text(XLSXText.cell(s), row: row, column: column, format: format)
    } else {
      try sheet.write(s, row: row, column: column, format: format)
    }
  }

  /// A number cell, as `Worksheet.write(_:row:column:format:)`: not finite is blank.
  public func number(_ x: Double, column: Int, format: Format? = nil) throws {
    try next(column)
    if let streamed {
      if x.isFinite {
        streamed.number(x, row: row, column: column, format: format)
      } else {
        streamed.blank(row: row, column: column, format: format)
      }
    } else {
      try sheet.write(x, row: row, column: column, format: format)
    }
  }

  /// A formula with its numeric result stored, as `Worksheet.writeFormula(_:result:…)`.
  public func formula(_ formula: String, result: Double, column: Int, format: Format? = nil) throws {
    try next(column)
    if let streamed {
      streamed.formula(
        XLSXText.plain(formula), result: result.isFinite ? result : 0, row: row, column: column,
        format: format)
    } else {
      try sheet.writeFormula(formula, result: result, row: row, column: column, format: format)
    }
  }

  /// A formula with a text result stored, as `Worksheet.writeFormula(_:textResult:…)`.
  public func formula(_ formula: String, textResult: String, column: Int, format: Format? = nil) throws {
    try next(column)
    if let streamed {
      streamed.formula(
        XLSXText.plain(formula), textResult: XLSXText.cell(textResult), row: row, column: column,
        format: format)
    } else {
      try sheet.writeFormula(formula, textResult: textResult, row: row, column: column, format: format)
    }
  }

  /// A formatted blank, as `Worksheet.writeBlank`: without a format, nothing.
  public func blank(column: Int, format: Format? = nil) throws {
    try next(column)
    if let streamed {
      streamed.blank(row: row, column: column, format: format)
    } else {
      try sheet.writeBlank(row: row, column: column, format: format)
    }
  }

  /// Ends the row; `height` in points when it is not the default.
  public func endRow(height: Double? = nil) throws {
    if let streamed {
      streamed.endRow(row, height: height)
    } else if let height {
      try sheet.setRowHeight(height, row: row)
    }
    row += 1
    lastColumn = -1
    guard row <= Worksheet.maxRows else {
      throw XLSXError.creatingFile("\(sheet.name): more than \(Worksheet.maxRows) rows")
    }
  }

  /// After the last row: the sheet can be written below the block again.
  public func finish() {
    sheet.endRows(self)
  }

  private func next(_ column: Int) throws {
    guard column > lastColumn, column < Worksheet.maxColumns, row < Worksheet.maxRows else {
      throw XLSXError.creatingFile(
        "\(sheet.name): cell \(Worksheet.reference(row: row, column: max(0, column))) out of order")
    }
    try sheet.workbook.checkOpen("write rows")
    lastColumn = column
  }
}
