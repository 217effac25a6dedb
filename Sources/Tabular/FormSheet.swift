import XLSX

/// Lays out the sheet to fill in of one `FillInForm` (see `FillInFormWriter`).
struct FormSheet {
  let form: FillInForm
  let sheet: Worksheet
  let styles: XLSXStyles
  /// Each list's cell reference on the lists sheet, by name.
  let sources: [String: String]

  /// Points per line of 12-point Times New Roman, and characters per width unit
  /// (a width unit is one digit of the default font; Vietnamese text runs a little wider).
  static let lineHeight = 16.0
  static let charactersPerUnit = 1.1

  /// The height a wrapped text of `text` needs in a cell `width` units wide.
  static func height(of text: String, width: Double) -> Double {
    let perLine = max(1, Int(width * charactersPerUnit))
    var lines = 0
    for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lines += max(1, (part.count + perLine - 1) / perLine)
    }
    return Double(max(1, lines)) * lineHeight + 2
  }

  var lastColumn: Int { form.columns.count - 1 }

  func write() throws {
    var row = 0
    let total = form.columns.map(\.width).reduce(0, +)
    for (i, line) in form.titleLines.enumerated() {
      let points: Double = i == 0 ? 14 : 12
      let style = CellStyle(points: points, bold: i < 3, italic: i >= 3, align: .center, wrap: true)
      try sheet.merge(
        line, firstRow: row, firstColumn: 0, lastRow: row, lastColumn: lastColumn,
        format: styles.format(style))
      // A long campaign name wraps: give its row the lines it needs (Excel does not fit merged rows).
      try sheet.setRowHeight(FormSheet.height(of: line, width: total * 0.9) * points / 12, row: row)
      row += 1
    }
    if !form.instruction.isEmpty {
      row += 1
      let style = CellStyle(points: 11, italic: true, verticalAlign: .top, wrap: true)
      try sheet.merge(
        form.instruction, firstRow: row, firstColumn: 0, lastRow: row, lastColumn: lastColumn,
        format: styles.format(style))
      try sheet.setRowHeight(FormSheet.height(of: form.instruction, width: total) + 4, row: row)
      row += 1
    }
    let headerRow = row
    try writeHeader(at: headerRow)
    let firstBody = headerRow + 1
    assert(firstBody == form.firstBodyRow)
    try writeBody(from: firstBody)
    try writeChecks(from: firstBody)
    sheet.freezePanes(row: firstBody, column: 0)
    sheet.setLandscape()
    sheet.setPaper(Worksheet.paperA4)
    sheet.fitToPages(wide: 1, tall: 0)
    sheet.setMargins(left: 0.4, right: 0.4, top: 0.6, bottom: 0.6)
    try sheet.repeatRows(first: headerRow, last: headerRow)
    // Centred, in the sheet's own font (a report's footer names Times New Roman).
    try sheet.setFooter("&C" + PageSetup.pageCodes(form.words.pageNumber))
  }

  private func writeHeader(at row: Int) throws {
    let head = try styles.format(
      CellStyle(points: 12, bold: true, align: .center, wrap: true, border: true))
    var height = FormSheet.lineHeight
    for (c, column) in form.columns.enumerated() {
      let text = column.header + (column.required ? " (*)" : "")
      try sheet.write(text, row: row, column: c, format: head)
      try sheet.setColumnWidth(column.width, first: c, format: styles.format(columnStyle(column)))
      height = max(height, FormSheet.height(of: text, width: column.width))
    }
    try sheet.setRowHeight(height, row: row)
  }

  /// The look of a column's cells: its number format, and a border inside the table.
  private func columnStyle(_ column: FormColumn, border: Bool = false) -> CellStyle {
    var style = CellStyle(points: 12, verticalAlign: .top, wrap: column.kind == .text, border: border)
    switch column.kind {
    case .text: style.numberFormat = "@"
    case .date: style.numberFormat = "dd/mm/yyyy"
    case .integer: style.numberFormat = "0"
    case .decimal: break
    case .rowNumber: style.align = .center
    }
    if column.kind != .text { style.align = .center }
    return style
  }

  private func writeBody(from first: Int) throws {
    var row = first
    let cells = try form.columns.map { try styles.format(columnStyle($0, border: true)) }
    for values in form.rows {
      for (c, cell) in values.prefix(form.columns.count).enumerated() {
        try write(cell, row: row, column: c, format: cells[c])
      }
      for c in values.count..<max(values.count, form.columns.count) {
        try sheet.writeBlank(row: row, column: c, format: cells[c])
      }
      // Wrapped texts need their lines: neither Excel nor LibreOffice fits a written row's height.
      var height = FormSheet.lineHeight
      for (c, cell) in zip(form.columns, values) {
        if case .text(let s) = cell.value { height = max(height, FormSheet.height(of: s, width: c.width)) }
      }
      if height > FormSheet.lineHeight + 2 { try sheet.setRowHeight(height, row: row) }
      row += 1
    }
    if form.sections.isEmpty {
      for _ in 0..<form.blankRows {
        for c in form.columns.indices { try sheet.writeBlank(row: row, column: c, format: cells[c]) }
        row += 1
      }
      return
    }
    let heading = try styles.format(CellStyle(points: 12, bold: true, verticalAlign: .center, border: true))
    let numeral = try styles.format(CellStyle(points: 12, bold: true, align: .center, border: true))
    let stt = form.columns.firstIndex { $0.kind == .rowNumber }
    let name = form.columns.firstIndex { $0.kind != .rowNumber } ?? 0
    for section in form.sections {
      for c in form.columns.indices {
        if c == stt {
          try sheet.write(section.numeral, row: row, column: c, format: numeral)
        } else if c == name {
          try sheet.write(section.heading, row: row, column: c, format: heading)
        } else {
          try sheet.writeBlank(row: row, column: c, format: cells[c])
        }
      }
      row += 1
      for n in 0..<section.rows {
        for c in form.columns.indices {
          if c == stt {
            try sheet.write(Double(n + 1), row: row, column: c, format: cells[c])
          } else {
            try sheet.writeBlank(row: row, column: c, format: cells[c])
          }
        }
        row += 1
      }
    }
  }

  private func write(_ cell: Cell, row: Int, column: Int, format: Format) throws {
    switch cell.value {
    case .empty, .formula: try sheet.writeBlank(row: row, column: column, format: format)
    case .text(let s): try sheet.write(s, row: row, column: column, format: format)
    case .integer(let n): try sheet.write(Double(n), row: row, column: column, format: format)
    case .decimal(let x, _): try sheet.write(x, row: row, column: column, format: format)
    case .exact(let d): try sheet.write(d.doubleValue, row: row, column: column, format: format)
    case .date(let d): try sheet.write(d.excelSerial, row: row, column: column, format: format)
    }
  }

  /// A drop-down or a typed-value check, with the column's note, from the first
  /// body row to the sheet's last, on every column that has one.
  private func writeChecks(from first: Int) throws {
    let last = Worksheet.maxRows - 1
    for (c, column) in form.columns.enumerated() {
      guard let check = validation(for: column) else { continue }
      try sheet.validate(check, firstRow: first, firstColumn: c, lastRow: last, lastColumn: c)
    }
  }

  private func validation(for column: FormColumn) -> DataValidation? {
    let words = form.words
    let title = String(column.header.prefix(DataValidation.maxTitle))
    let note = String(column.note.prefix(DataValidation.maxMessage))
    if let choices = column.choices {
      guard let source = sources[choices.name] else { return nil }
      if choices.strict {
        return DataValidation(
          .list(source: source), inputTitle: title, inputMessage: note, errorTitle: words.notAChoice.title,
          errorMessage: words.notAChoice.message)
      }
      return DataValidation(
        .list(source: source), alert: .warning, inputTitle: title, inputMessage: note,
        errorTitle: words.notInList.title, errorMessage: words.notInList.message)
    }
    switch column.kind {
    case .date:
      return DataValidation(
        .date(first: (1990, 1, 1), last: (2100, 12, 31)), alert: .information, inputTitle: title,
        inputMessage: note, errorTitle: words.notADate.title, errorMessage: words.notADate.message)
    case .integer:
      return DataValidation(
        .wholeNumber(minimum: 0), alert: .warning, inputTitle: title, inputMessage: note,
        errorTitle: words.notAWholeNumber.title, errorMessage: words.notAWholeNumber.message)
    case .decimal:
      return DataValidation(
        .decimal(minimum: 0), alert: .warning, inputTitle: title, inputMessage: note,
        errorTitle: words.notANumber.title, errorMessage: words.notANumber.message)
    case .text, .rowNumber:
      return note.isEmpty ? nil : DataValidation(.any, inputTitle: title, inputMessage: note)
    }
  }
}
