import Foundation

/// One table of the data folder as it is found on disk: `X.csv` or the workbook `X.xlsx`
/// (DATA.md "The data folder": both for one table is an error naming the two).
///
/// The loader asks a source for the table's header and records, each with its place (a
/// CSV line, a workbook cell), and never opens a file itself: the CSV reader is one
/// source, the workbook reader (`WorkbookReader`) the other.
enum TableSource {
  case csv(path: String, file: String)
  case workbook(path: String, file: String)

  /// The file's name in the data folder, as every message names it.
  var file: String {
    switch self {
    case .csv(_, let file), .workbook(_, let file): return file
    }
  }

  var isWorkbook: Bool {
    if case .workbook = self { return true }
    return false
  }

  /// `de_nghi.csv` → `de_nghi.xlsx`.
  static func workbookName(of file: String) -> String {
    ((file as NSString).deletingPathExtension as String) + ".xlsx"
  }

  /// The schema's table in `folder`; nil when it is absent (an error if the table is
  /// required) or given twice (an error naming both files).
  static func find(_ schema: FileSchema, in folder: String, diagnostics: inout [Diagnostic]) -> TableSource? {
    let csvPath = (folder as NSString).appendingPathComponent(schema.file)
    let bookFile = workbookName(of: schema.file)
    let bookPath = (folder as NSString).appendingPathComponent(bookFile)
    let fm = FileManager.default
    switch (fm.fileExists(atPath: csvPath), fm.fileExists(atPath: bookPath)) {
    case (true, true):
      diagnostics.append(
        Diagnostic(
          .error, .twoFiles, file: bookFile,
          "có cả \(schema.file) và \(bookFile) cho cùng một bảng; hãy giữ lại một tệp (xóa hoặc đổi tên tệp kia)"
        ))
      return nil
    case (true, false): return .csv(path: csvPath, file: schema.file)
    case (false, true): return .workbook(path: bookPath, file: bookFile)
    case (false, false):
      // An old Excel file in the table's place: say what to do rather than "missing".
      let oldFile = ((schema.file as NSString).deletingPathExtension as String) + ".xls"
      if fm.fileExists(atPath: (folder as NSString).appendingPathComponent(oldFile)) {
        diagnostics.append(WorkbookError.oldExcel(oldFile))
        return nil
      }
      if schema.required {
        diagnostics.append(
          Diagnostic(
            .error, .missingFile, file: schema.file,
            "thiếu tệp bắt buộc trong thư mục dữ liệu (\(schema.file) hoặc \(bookFile))"))
      }
      return nil
    }
  }

  /// The whole table: header and records, for the small tables.
  /// A workbook's cell problems (an error value, a formula without its result) are
  /// reported by `rows` below for the columns the schema reads; this form drops the rows
  /// that have them and returns their messages.
  func document(schema: FileSchema) throws -> (CSVDocument, [WorkbookReader.CellProblem]) {
    switch self {
    case .csv(let path, let file):
      return (try CSVReader.read(path: path, file: file), [])
    case .workbook(let path, let file):
      var header: [String] = []
      var headerLine = 0
      var records: [CSVRecord] = []
      var problems: [WorkbookReader.CellProblem] = []
      var place = RecordPlace.cell(sheet: nil)
      let again = {
        (header, headerLine, records, problems) = ([], 0, [], [])
      }
      try WorkbookReader.visitTable(path: path, file: file, schema: schema, restart: again) { row in
        if headerLine == 0 {
          headerLine = row.view.line
          header = row.view.record.fields
          place = row.place
          return
        }
        records.append(row.view.record)
        problems += row.problems
      }
      return (
        CSVDocument(
          file: file, encoding: .utf8, delimiter: 0, headerLine: headerLine, header: header, records: records,
          place: place), problems
      )
    }
  }
}
