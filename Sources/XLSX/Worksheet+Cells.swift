import CXlsxWriter

/// Cell writes: text, numbers, formulas with their results, formatted blanks, merged
/// blocks. Each checks the cell is in the grid and outside a streamed block of rows.
extension Worksheet {
  /// Marks a block as merged without writing its cells, for streamed sheets:
  /// the caller then writes the first cell and formatted blanks for the rest,
  /// row by row. Ranges must not overlap (as with `merge`).
  public func registerMerge(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws {
    let (r1, c1) = try cell(min(firstRow, lastRow), min(firstColumn, lastColumn), "merge")
    let (r2, c2) = try cell(max(firstRow, lastRow), max(firstColumn, lastColumn), "merge")
    try outsideBlock(Int(r1), "merge")
    try XLSXError.check(thidua_register_merge(handle, r1, c1, r2, c2), "\(name): merge")
  }

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
}
