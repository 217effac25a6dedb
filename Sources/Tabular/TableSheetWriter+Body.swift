import XLSX

/// The table's body rows, one cell at a time through the sheet's `RowBlockWriter` (on a
/// long list, the hot loop of a report): each cell's format from `BodyCellFormats`, a
/// formula with its stored result, each row's height from its wrapped texts.
extension TableSheetWriter {
  func writeRows(at top: Int, widths: [Double], heights body: inout BodyHeights) throws -> Int {
    // The row number is centred as the first column, where every builder puts it.
    let centred = table.columns.enumerated().map { j, c in c.isCentred || (j == 0 && isSTT(c)) }
    var formats = BodyCellFormats(columns: columnCount, centred: centred, styles: styles)
    let out = try sheet.beginRows(at: top)
    let placed = FormulaText(top: top, rows: table.rows.startIndex..<table.rows.endIndex)
    for (i, r) in zip(table.rows.indices, table.rows) {
      let bold = r.kind != .data
      var lines = 1
      for j in 0..<columnCount {
        let cell = j < r.cells.count ? r.cells[j] : .empty
        if case .formula(let formula, let result) = cell {
          try writeFormula(formula, result: result, row: i, column: j, bold: bold, placed, out, &formats)
          continue
        }
        try write(cell, column: j, bold: bold, out, &formats)
        if case .text(let s) = cell {
          lines = max(
            lines,
            TextWidth.lineCount(s, width: widths[j] - 1, bold: bold, points: TableSheetWriter.tablePoints))
        }
      }
      let h = lines > 1 ? height(lines: lines, points: TableSheetWriter.tablePoints) : nil
      try out.endRow(height: h)
      if body.keep {
        body.heights.append(h ?? RowOrderWriter.defaultHeight)
        if r.kind == .data || r.kind == .heading { body.lastData = body.heights.count - 1 }
      }
    }
    out.finish()
    return out.row
  }

  private func write(
    _ cell: Cell, column j: Int, bold: Bool, _ out: RowBlockWriter, _ formats: inout BodyCellFormats
  )
    throws
  {
    switch cell {
    case .empty:
      try out.blank(column: j, format: formats.format(.empty, column: j, bold: bold))
    case .text(let s):
      try out.text(s, column: j, format: formats.format(.text, column: j, bold: bold))
    case .integer(let n):
      try out.number(Double(n), column: j, format: formats.format(.integer, column: j, bold: bold))
    case .decimal(let x, let places):
      try out.number(x, column: j, format: formats.decimal(places: places, bold: bold))
    case .exact(let d):
      try out.number(d.doubleValue, column: j, format: formats.decimal(places: Int(d.scale), bold: bold))
    case .date(let d):
      try out.number(d.excelSerial, column: j, format: formats.format(.date, column: j, bold: bold))
    case .formula(_, let result):
      try write(result, column: j, bold: bold, out, &formats)
    }
  }

  /// A formula cell with its result stored, formatted as its result would be
  /// (a blank rate as the rate's decimals); the result alone when the formula
  /// cannot be placed (`FormulaText`).
  private func writeFormula(
    _ formula: Formula, result: Cell, row: Int, column j: Int, bold: Bool, _ placed: FormulaText,
    _ out: RowBlockWriter, _ formats: inout BodyCellFormats
  ) throws {
    guard let text = placed.text(formula, row: row, column: j) else {
      return try write(result, column: j, bold: bold, out, &formats)
    }
    switch result.value {
    case .integer(let n):
      try out.formula(
        text, result: Double(n), column: j, format: formats.format(.integer, column: j, bold: bold))
    case .decimal(let x, let places):
      // Stored as the CSV shows it (ROUND's result, a sum's digits), not the binary fraction.
      let shown = Double(Cell.format(x, places: places)) ?? x
      try out.formula(text, result: shown, column: j, format: formats.decimal(places: places, bold: bold))
    case .exact(let d):
      try out.formula(
        text, result: d.doubleValue, column: j, format: formats.decimal(places: Int(d.scale), bold: bold))
    case .empty:
      let format: Format
      if case .percent(_, _, let places) = formula {
        format = try formats.decimal(places: places, bold: bold)
      } else {
        format = try formats.format(.empty, column: j, bold: bold)
      }
      try out.formula(text, textResult: "", column: j, format: format)
    case .text(let s):
      try out.formula(text, textResult: s, column: j, format: formats.format(.text, column: j, bold: bold))
    case .date(let d):
      try out.formula(
        text, result: d.excelSerial, column: j, format: formats.format(.date, column: j, bold: bold))
    case .formula:
      try write(result, column: j, bold: bold, out, &formats)
    }
  }
}
