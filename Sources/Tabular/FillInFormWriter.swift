import XLSX

/// Writes a `FillInForm` as an .xlsx: the sheet to fill in (title rows, the
/// instruction row, the bordered header, rows made ready, a drop-down or a
/// typed-value check on every column that has one, each with its note), the
/// guide sheet, and the hidden sheet of lists the drop-downs read.
///
/// The drop-downs, checks and column formats reach to the sheet's last row, so
/// rows typed or inserted below the bordered ones get them too. The same form
/// gives the same bytes (the file's date is libxlsxwriter's fixed 1980-01-01).
public enum FillInFormWriter {
  public static func write(_ form: FillInForm, to path: String) throws {
    try PartialFile.write(path) { partial in
      let workbook = try Workbook(path: partial)
      try workbook.setProperties(title: form.titleLines.first ?? "", created: Workbook.fallbackCreated)
      let styles = XLSXStyles(workbook: workbook)
      let data = try workbook.addWorksheet(form.sheetName)
      let guide = try workbook.addWorksheet(form.words.guideSheet)
      let lists = try workbook.addWorksheet(form.words.listsSheet)
      let sources = try writeLists(form, on: lists, styles: styles)
      lists.hide()
      try FormSheet(form: form, sheet: data, styles: styles, sources: sources).write()
      try writeGuide(form, on: guide, styles: styles)
      try workbook.close()
    }
  }

  /// One column per distinct list: its name in row 1, its values below. Returns
  /// each list's reference (`'DanhMuc'!$A$2:$A$4`) by name; an empty list has none.
  private static func writeLists(_ form: FillInForm, on sheet: Worksheet, styles: XLSXStyles) throws
    -> [String: String]
  {
    var sources: [String: String] = [:]
    let bold = try styles.format(CellStyle(points: 11, bold: true))
    let text = try styles.format(CellStyle(points: 11, numberFormat: "@"))
    var column = 0
    for choices in form.columns.compactMap(\.choices) where sources[choices.name] == nil {
      guard !choices.values.isEmpty else { continue }
      try sheet.write(choices.name, row: 0, column: column, format: bold)
      for (i, v) in choices.values.enumerated() {
        try sheet.write(v, row: i + 1, column: column, format: text)
      }
      let letter = Worksheet.columnName(column)
      let quoted = "'" + form.words.listsSheet.replacingOccurrences(of: "'", with: "''") + "'"
      sources[choices.name] = "\(quoted)!$\(letter)$2:$\(letter)$\(choices.values.count + 1)"
      try sheet.setColumnWidth(
        Double(min(60, max(12, (choices.values.map(\.count).max() ?? 0) + 2))), first: column)
      column += 1
    }
    return sources
  }

  /// The guide: the title, the general lines, then one row per column (its
  /// header, whether it is required, what to write), then the extra tables.
  private static func writeGuide(_ form: FillInForm, on sheet: Worksheet, styles: XLSXStyles) throws {
    let widths: [Double] = [6, 32, 10, 90]
    for (c, w) in widths.enumerated() { try sheet.setColumnWidth(w, first: c) }
    let title = try styles.format(CellStyle(points: 14, bold: true, align: .center))
    let line = try styles.format(CellStyle(points: 12, verticalAlign: .top, wrap: true))
    let head = try styles.format(CellStyle(points: 12, bold: true, align: .center, wrap: true, border: true))
    let cell = try styles.format(CellStyle(points: 12, verticalAlign: .top, wrap: true, border: true))
    let centred = try styles.format(CellStyle(points: 12, align: .center, verticalAlign: .top, border: true))
    var row = 0
    try sheet.merge(
      form.words.guideTitlePrefix + (form.titleLines.first ?? ""), firstRow: row, firstColumn: 0,
      lastRow: row,
      lastColumn: 3, format: title)
    row += 2
    let total = widths.reduce(0, +)
    for text in form.guideLines {
      try sheet.merge(text, firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 3, format: line)
      try sheet.setRowHeight(FormSheet.height(of: text, width: total), row: row)
      row += 1
    }
    row += 1
    for (c, h) in form.words.guideHeader.enumerated() {
      try sheet.write(h, row: row, column: c, format: head)
    }
    row += 1
    var n = 0
    for column in form.columns where column.kind != .rowNumber {
      n += 1
      try sheet.write(Double(n), row: row, column: 0, format: centred)
      try sheet.write(column.header, row: row, column: 1, format: cell)
      try sheet.write(column.required ? "x" : "", row: row, column: 2, format: centred)
      var how = column.note
      if let choices = column.choices, !choices.values.isEmpty, choices.values.count <= 12 {
        how +=
          (how.isEmpty ? "" : " ") + form.words.valuesPrefix + choices.values.joined(separator: "; ") + "."
      }
      try sheet.write(how, row: row, column: 3, format: cell)
      try sheet.setRowHeight(FormSheet.height(of: how, width: widths[3]), row: row)
      row += 1
    }
    for table in form.guideTables {
      row += 1
      try sheet.merge(table.title, firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 3, format: head)
      row += 1
      // A code in the column of headers, its name across the two right-hand columns.
      for values in table.rows {
        try sheet.write(values.first ?? "", row: row, column: 1, format: cell)
        try sheet.merge(
          values.dropFirst().joined(separator: " "), firstRow: row, firstColumn: 2, lastRow: row,
          lastColumn: 3, format: cell)
        row += 1
      }
    }
    sheet.setPaper(Worksheet.paperA4)
    sheet.fitToPages(wide: 1, tall: 0)
  }
}
