import Core

/// Reads typed values out of the records of one CSV file, collecting every
/// problem as a located `Diagnostic` instead of stopping at the first.
///
/// It binds the file's header to a `FileSchema` (folded names or English
/// aliases), so the rest of the loader asks for `"ngay_de_nghi"` and never
/// deals with column positions or spellings.
struct FieldReader {
  private(set) var document: CSVDocument
  let schema: FileSchema
  /// canonical column name → position in the record
  private(set) var position: [String: Int] = [:]
  /// canonical column name → its header cell as written when that is not the name itself,
  /// so messages name both.
  private(set) var titles: [String: String] = [:]
  /// false when a required column is missing: the file's records are not read.
  private(set) var isUsable = true
  var diagnostics: [Diagnostic] = []
  /// Parsed dates by their text: a data file repeats a few hundred dates over
  /// a million rows, and parsing each one cost ~0.3 µs (capped so a file of
  /// all-distinct dates cannot grow it without bound).
  private var dates: [String: CalendarDay?] = [:]

  init(_ document: CSVDocument, schema: FileSchema) {
    self.document = document
    self.schema = schema
    // Built once per file: the header cells are folded once, rows only use positions.
    var byKey: [String: String] = [:]
    for spec in schema.columns {
      for key in spec.foldedHeaders where byKey[key] == nil { byKey[key] = spec.name }
    }
    for (i, title) in document.header.enumerated() {
      let key = Fold.key(title)
      if key.isEmpty || PeopleHeaders.rowNumber.contains(key) && byKey[key] == nil { continue }
      guard let canonical = byKey[key] else {
        diagnostics.append(
          Diagnostic(
            .warning, .unknownColumn, file: document.file, line: document.headerLine, column: title,
            "cột không có trong mẫu, bị bỏ qua", cell: document.place.cell(row: document.headerLine, field: i)
          ))
        continue
      }
      if position[canonical] != nil {
        diagnostics.append(
          Diagnostic(
            .error, .duplicateID, file: document.file, line: document.headerLine, column: canonical,
            "cột bị lặp lại: \"\(titles[canonical] ?? canonical)\" và \"\(title)\"",
            cell: document.place.cell(row: document.headerLine, field: i), header: title))
        isUsable = false
        continue
      }
      position[canonical] = i
      if title != canonical { titles[canonical] = title }
    }
    if document.header.isEmpty {
      diagnostics.append(
        Diagnostic(.error, .missingColumn, file: document.file, line: nil, "tệp trống, không có dòng tiêu đề")
      )
      isUsable = false
      return
    }
    for spec in schema.columns where spec.required && position[spec.name] == nil {
      let names = ([spec.name, spec.alias] + spec.also.prefix(2)).map { "\"\($0)\"" }
      diagnostics.append(
        Diagnostic(
          .error, .missingColumn, file: document.file, line: document.headerLine, column: spec.name,
          "thiếu cột bắt buộc (tên cột \(names.dropLast().joined(separator: ", ")) hoặc \(names.last!))",
          cell: cell(document.headerLine, nil)))
      isUsable = false
    }
  }

  /// The header cell of a column as the file writes it (for messages), nil when absent or
  /// the contract's name itself.
  func header(_ column: String) -> String? { titles[column] }

  var file: String { document.file }

  /// The cell a message about `column` on row `line` names in a workbook (the row's first
  /// header cell when there is no column); nil for a CSV file.
  func cell(_ line: Int, _ column: String?) -> String? {
    guard case .cell = document.place else { return nil }
    let field = column.flatMap { position[$0] } ?? (document.header.firstIndex { !$0.isEmpty } ?? 0)
    return document.place.cell(row: line, field: field)
  }

  /// A workbook row's cell problems (an error value, a formula without its stored result):
  /// those in a column the schema reads become errors at their cell. True when there was
  /// one: the row is not read further (its other messages would follow from it).
  mutating func report(_ problems: [WorkbookReader.CellProblem]) -> Bool {
    var reported = false
    for p in problems {
      guard let column = position.first(where: { $0.value == p.field })?.key else { continue }
      diagnostics.append(
        Diagnostic(
          .error, .invalidValue, file: file, line: p.row, column: column, p.message,
          cell: document.place.cell(row: p.row, field: p.field), header: titles[column]))
      reported = true
    }
    return reported
  }

  /// `report`s the problems of a whole table and drops the rows that had one.
  mutating func dropRows(with problems: [WorkbookReader.CellProblem]) {
    guard !problems.isEmpty else { return }
    var dropped = Set<Int>()
    var byRow: [Int: [WorkbookReader.CellProblem]] = [:]
    for p in problems { byRow[p.row, default: []].append(p) }
    for (row, list) in byRow.sorted(by: { $0.key < $1.key }) where report(list) { dropped.insert(row) }
    if !dropped.isEmpty { document.records.removeAll { dropped.contains($0.line) } }
  }

  /// Does this header row name every required column of the schema? (How a workbook's
  /// header row is found below its title rows.)
  static func namesEveryRequired(_ header: [String], schema: FileSchema) -> Bool {
    let reader = FieldReader(
      CSVDocument(file: "", encoding: .utf8, delimiter: 0, headerLine: 0, header: header, records: []),
      schema: schema)
    return schema.columns.allSatisfy { !$0.required || reader.position[$0.name] != nil }
  }

  func has(_ column: String) -> Bool { position[column] != nil }

  /// The trimmed text of a column ("" when the column or the field is absent).
  func text(_ record: CSVRecord, _ column: String) -> String {
    guard let i = position[column], i < record.fields.count else { return "" }
    return record.fields[i]
  }

  mutating func error(
    _ kind: Diagnostic.Kind, _ record: CSVRecord, _ column: String?, _ message: String
  ) {
    diagnostics.append(
      Diagnostic(
        .error, kind, file: file, line: record.line, column: column, message, cell: cell(record.line, column),
        header: column.flatMap { titles[$0] }))
  }

  mutating func warning(
    _ kind: Diagnostic.Kind, _ record: CSVRecord, _ column: String?, _ message: String,
    campaignID: String? = nil, unitID: String? = nil, nominationIDs: [String] = []
  ) {
    diagnostics.append(
      Diagnostic(
        .warning, kind, file: file, line: record.line, column: column, message, campaignID: campaignID,
        unitID: unitID, nominationIDs: nominationIDs, cell: cell(record.line, column),
        header: column.flatMap { titles[$0] }))
  }

  /// A required text: an error when empty.
  mutating func required(_ record: CSVRecord, _ column: String) -> String? {
    let s = text(record, column)
    if s.isEmpty {
      error(.missingValue, record, column, "thiếu giá trị bắt buộc")
      return nil
    }
    return s
  }

  /// A date; `.some(nil)` when empty and optional, `nil` (with an error) when wrong.
  mutating func date(_ record: CSVRecord, _ column: String, required: Bool) -> CalendarDay?? {
    let s = text(record, column)
    if s.isEmpty {
      if required {
        error(.missingValue, record, column, "thiếu giá trị bắt buộc")
        return nil
      }
      return .some(nil)
    }
    let parsed: CalendarDay?
    if let hit = dates[s] {
      parsed = hit
    } else {
      parsed = ValueParser.date(s)
      if dates.count < 65_536 { dates[s] = parsed }
    }
    guard let d = parsed else {
      error(.invalidValue, record, column, "ngày không hợp lệ: \"\(s)\" (cần dạng dd/mm/yyyy)")
      return nil
    }
    return .some(d)
  }

  /// An optional whole number ≥ 0; `.some(nil)` when empty.
  mutating func count(_ record: CSVRecord, _ column: String) -> Int?? {
    let s = text(record, column)
    if s.isEmpty { return .some(nil) }
    guard let n = ValueParser.integer(s), n >= 0 else {
      error(.invalidValue, record, column, "số không hợp lệ: \"\(s)\" (cần số nguyên không âm)")
      return nil
    }
    return .some(n)
  }

  /// A required enumerated value, matched folded; `labels` lists the accepted spellings.
  mutating func enumeration<T>(
    _ record: CSVRecord, _ column: String, labels: String, cache: inout [String: T?],
    _ parse: (String) -> T?
  ) -> T? {
    guard let s = required(record, column) else { return nil }
    let value: T?
    if let hit = cache[s] {
      value = hit
    } else {
      value = parse(Fold.key(s))
      cache[s] = value
    }
    if value == nil {
      error(.invalidValue, record, column, "giá trị không hợp lệ: \"\(s)\" (cần một trong: \(labels))")
    }
    return value
  }

  /// An award by its code or its name (`AwardLookup`); an error lists the catalogue.
  mutating func award(
    _ record: CSVRecord, _ column: String, in awards: AwardLookup, source: @autoclosure () -> String
  ) -> Int? {
    guard let text = required(record, column) else { return nil }
    guard let i = awards.index(of: text) else {
      error(.unknownReference, record, column, awards.unmatched(text, source: source()))
      return nil
    }
    return i
  }

  /// Looks up an id among known ones; an error names the missing id and the file it is
  /// missing from (`sourceFile`, only worked out for an error: callers in a record loop
  /// pass `FolderLoad.fileName(of:)`, a lookup of where the table was read from).
  mutating func reference(
    _ record: CSVRecord, _ column: String, in index: [String: Int], what: String,
    sourceFile: @autoclosure () -> String
  ) -> Int? {
    guard let id = required(record, column) else { return nil }
    guard let i = index[id] else {
      error(.unknownReference, record, column, "\(what) không tồn tại trong \(sourceFile()): \"\(id)\"")
      return nil
    }
    return i
  }
}
