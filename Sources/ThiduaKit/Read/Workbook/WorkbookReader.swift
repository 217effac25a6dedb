/// Reads one table of the data folder out of a workbook (DATA.md "Spreadsheets"), row by
/// row, as a stream: the zip's directory, then each part inflated a piece at a time
/// (`PartStream`) and scanned as bytes (`PartScanner`, `WorksheetRow`); no DOM is built
/// and no sheet is held whole. Which sheet, which header row and which rows:
///
/// - the sheet: the first worksheet whose header row names every required column;
/// - the header row: the first row among rows 1–30 that does (title rows above skipped);
/// - the row right under the header that only numbers the columns (`1, 2, 3…`, `(1), (2)…`)
///   is skipped, as are blank rows (every cell empty but `STT`'s);
/// - a merged range's value belongs to each of its cells. Merges are listed after the
///   rows in the sheet's XML: the rows are read once without them and, when a merge
///   reaches the data rows, once more with them, after `restart` (the caller drops what
///   it built), instead of holding the sheet or its rows in memory.
enum WorkbookReader {
  /// A cell the loader reports only when its column is one the table reads.
  struct CellProblem: Sendable {
    let row: Int
    let field: Int
    let message: String
  }

  /// One row given to the caller: the header row first, then each data row.
  struct Row {
    let view: CSVRecordView
    let problems: [CellProblem]
    let place: RecordPlace
  }

  /// The rows of the first sheet that holds the schema's table.
  static func visitTable(
    path: String, file: String, schema: FileSchema, restart: () -> Void = {}, _ body: (Row) throws -> Void
  ) throws {
    let book = try WorkbookParts(path: path, file: file)
    try visitTable(book, schema: schema, restart: restart, body)
  }

  static func visitTable(
    _ book: WorkbookParts, schema: FileSchema, restart: () -> Void = {}, _ body: (Row) throws -> Void
  ) throws {
    for sheet in book.sheets {
      guard let part = sheet.part else { continue }
      let sheetPlace = RecordPlace.cell(sheet: book.sheets.count > 1 ? sheet.name : nil)
      var reading = SheetReading(schema: schema, place: sheetPlace)
      try reading.read(book, part: part, merges: nil, body)
      guard reading.headerRow != nil else { continue }
      let merges = reading.dataMerges()
      if merges.isEmpty { return }
      restart()
      var again = SheetReading(schema: schema, place: sheetPlace)
      try again.read(book, part: part, merges: merges, body)
      return
    }
    let required = schema.columns.filter(\.required).map(\.name).joined(separator: ", ")
    throw Diagnostic(
      .error, .missingColumn, file: book.file,
      "không có trang tính nào có dòng tiêu đề (trong 30 dòng đầu) đủ các cột bắt buộc: \(required)")
  }
}
