import Core
import Foundation

/// Reading one table record by record, for the big files (`de_nghi.csv`, `tien_do.csv`).
extension FolderLoad {
  /// Reads one file of the schema record by record through `CSVReader.visit`, for the big
  /// file: no `[String]` per record, and the file's bytes are released on return. The first
  /// record binds the header; `row` gets the others. Returns the reader (its diagnostics
  /// not yet added), or nil when the file is absent or unusable (diagnostics added) — also
  /// when reading failed part-way (an unclosed quote): then `row` may have been called for
  /// the records before, and the caller drops what it built, as `open` never called it.
  ///
  /// With a `chunkSize` a UTF-8 file is read a chunk at a time (`ChunkedCSVReader`); when
  /// that meets anything unusual, `restart` is called — the caller drops what `row` built —
  /// and the file is read whole: only the whole-file read makes the messages for what is
  /// unusual (an encoding, an unclosed quote), so the chunked read never has to.
  ///
  /// `stopAt` (chunked reads only): stop before the first record starting at that byte or
  /// later, and tell `stopped` where that record starts and the parser's state there. A read that
  /// went the whole-file way does not stop (`stopped` is not called).
  static func visit(
    _ schema: FileSchema, folder: String, chunkSize: Int?, diagnostics: inout [Diagnostic],
    stopAt: Int? = nil, stopped: (_ offset: Int, _ state: CSVParser.State) -> Void = { _, _ in },
    restart: () -> Void, _ row: (inout FieldReader, CSVRecordView) -> Void
  ) -> FieldReader? {
    guard let source = TableSource.find(schema, in: folder, diagnostics: &diagnostics) else { return nil }
    guard case .csv(let path, _) = source else {
      return visitWorkbook(source, schema: schema, diagnostics: &diagnostics, restart: restart, row)
    }
    do {
      var reader: FieldReader?
      var usable = true
      // `FieldReader` looks at the header only; the document's encoding is not used.
      func visitor(_ view: CSVRecordView) {
        if reader == nil {
          let header = CSVDocument(
            file: schema.file, encoding: .utf8, delimiter: 0, headerLine: view.line,
            header: view.record.fields, records: [])
          reader = FieldReader(header, schema: schema)
          usable = reader!.isUsable
          return
        }
        if usable { row(&reader!, view) }
      }
      var delimiter: UInt8 = 0
      var encoding = TextEncoding.utf8
      var whole = true
      if let chunkSize {
        switch try ChunkedCSVReader.visit(
          path: path, file: schema.file, chunkSize: chunkSize, stopAt: stopAt, visitor)
        {
        case .read(let e, let d):
          (encoding, delimiter, whole) = (e, d, false)
        case .stopped(let offset, let state, _):
          (delimiter, whole) = (state.delimiter, false)
          stopped(offset, state)
        case .wholeFileNeeded:
          restart()
          reader = nil
          usable = true
        }
      }
      if whole {
        let decoded = try TextDecoder.decode(
          try FileBytes.read(path: path, file: schema.file), file: schema.file)
        encoding = decoded.encoding
        delimiter = try CSVReader.visit(utf8: decoded.utf8, file: schema.file, visitor)
      }
      let r =
        reader
        ?? FieldReader(
          CSVDocument(
            file: schema.file, encoding: encoding, delimiter: delimiter, headerLine: 0, header: [],
            records: []), schema: schema)
      if !r.isUsable {
        diagnostics += r.diagnostics
        return nil
      }
      return r
    } catch {
      diagnostics.append(Self.diagnostic(for: error, file: schema.file))
    }
    return nil
  }

  /// A workbook's rows, through the ordinary row path (`row`); a row with a cell problem
  /// (an error value, a formula without its result) in a column the schema reads gets
  /// that message and is not read further.
  static func visitWorkbook(
    _ source: TableSource, schema: FileSchema, diagnostics: inout [Diagnostic], restart: () -> Void,
    _ visit: (inout FieldReader, CSVRecordView) -> Void
  ) -> FieldReader? {
    guard case .workbook(let path, let file) = source else { return nil }
    var reader: FieldReader?
    var usable = true
    do {
      // A second pass (merged cells reaching the data rows) starts over, as a chunked CSV read does.
      let again = {
        reader = nil
        usable = true
        restart()
      }
      try WorkbookReader.visitTable(path: path, file: file, schema: schema, restart: again) { row in
        if reader == nil {
          let header = CSVDocument(
            file: file, encoding: .utf8, delimiter: 0, headerLine: row.view.line,
            header: row.view.record.fields,
            records: [], place: row.place)
          reader = FieldReader(header, schema: schema)
          usable = reader!.isUsable
          return
        }
        guard usable else { return }
        if !row.problems.isEmpty, reader!.report(row.problems) { return }
        visit(&reader!, row.view)
      }
      guard let r = reader else { return nil }
      if !r.isUsable {
        diagnostics += r.diagnostics
        return nil
      }
      return r
    } catch {
      diagnostics.append(Self.diagnostic(for: error, file: file))
    }
    return nil
  }
}
