import Foundation

/// Reads a CSV data file as DATA.md says.
///
/// - `read(path:file:)` reads the bytes (a directory, an unreadable file → throws
///   `Diagnostic` kind `.unreadableFile`; a file that does not exist → `.missingFile`),
///   decodes them with `TextDecoder`, then `parse`.
/// - `parse(utf8:file:encoding:)`: delimiter detected from the header line (comma,
///   semicolon or tab); RFC 4180 quoting (doubled quotes, delimiters and line
///   breaks inside quotes); CRLF or LF; blank lines and lines of only delimiters
///   skipped; fields trimmed and NFC-normalised; each record keeps the line it
///   starts on. An unclosed quote throws a `Diagnostic` (`.invalidValue`) with its line.
///   A file with no header line yields an empty header and no records.
///
/// Details where DATA.md is silent:
/// - Delimiter: the one of `,` `;` tab that occurs most often outside quotes in the first
///   line with content; ties (including a one-column header with none) go to `;`, then
///   tab, then `,` — `;` is what Excel writes on a Vietnamese Windows.
/// - Lines: LF, CRLF and a lone CR each end a physical line, inside quotes too. A line
///   break inside a quoted field is kept as a single `\n` (CRLF and CR become LF).
/// - Trimming: spaces, tabs and no-break spaces (U+00A0) around a field are dropped,
///   both outside quotes and just inside them (`  " a b " ` → `a b`): DATA.md trims
///   every field and no column gives meaning to leading or trailing blanks. Inside
///   quotes, leading and trailing line breaks are trimmed too.
/// - A quote only opens a quoted field as the field's first non-blank character; a quote
///   in the middle of an unquoted field is kept as text (`5" màn hình`). Text after a
///   closing quote is appended (`"abc"def` → `abcdef`), as Excel does.
/// - A record whose fields are all empty after trimming is a blank line and is skipped.
/// - NFC: applied to a field only when it contains a combining mark of U+0300–U+036F
///   (UTF-8 lead byte 0xCC or 0xCD) — the only decomposed forms Vietnamese text has.
public enum CSVReader {
  public static func read(path: String, file: String) throws -> CSVDocument {
    let bytes = try FileBytes.read(path: path, file: file)
    let decoded = try TextDecoder.decode(bytes, file: file)
    return try parse(utf8: decoded.utf8, file: file, encoding: decoded.encoding)
  }

  public static func parse(utf8 bytes: [UInt8], file: String, encoding: TextEncoding = .utf8) throws
    -> CSVDocument
  {
    var header: [String]?
    var headerLine = 0
    var records: [CSVRecord] = []
    let delimiter = try visit(utf8: bytes, file: file) { view in
      if header == nil {
        header = view.record.fields
        headerLine = view.line
      } else {
        records.append(view.record)
      }
    }
    return CSVDocument(
      file: file, encoding: encoding, delimiter: delimiter, headerLine: headerLine, header: header ?? [],
      records: records)
  }

  /// Calls `body` for every record that is not blank, the header first, in file order, with
  /// the fields as byte spans of `bytes` — the same records, fields and lines as `parse`, but
  /// no `String` per field: the one big file (`de_nghi.csv`, a million rows) is read through
  /// this so that only the texts that are kept become `String`s. Returns the delimiter.
  /// An unclosed quote throws after the records before it were visited.
  @discardableResult
  public static func visit(utf8 bytes: [UInt8], file: String, _ body: (CSVRecordView) throws -> Void) throws
    -> UInt8
  {
    try bytes.withUnsafeBufferPointer { buf in
      var parser = CSVParser(buf: buf, file: file)
      _ = try parser.visit(body)
      return parser.delimiter
    }
  }
}
