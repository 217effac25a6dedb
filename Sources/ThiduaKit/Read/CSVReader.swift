/// Reads a CSV data file as DATA.md says.
///
/// API CONTRACT (implementation pending):
/// - `read(path:file:)` reads the bytes (a directory, an unreadable file → throws
///   `Diagnostic` kind `.unreadableFile`), decodes them with `TextDecoder`, then `parse`.
/// - `parse(utf8:file:encoding:)`: delimiter detected from the header line (comma,
///   semicolon or tab); RFC 4180 quoting (doubled quotes, delimiters and line
///   breaks inside quotes); CRLF or LF; blank lines and lines of only delimiters
///   skipped; fields trimmed and NFC-normalised; each record keeps the line it
///   starts on. An unclosed quote throws a `Diagnostic` (`.invalidValue`) with its line.
///   A file with no header line yields an empty header and no records.
public enum CSVReader {
  public static func read(path: String, file: String) throws -> CSVDocument {
    fatalError("CSVReader.read: not implemented yet")
  }

  public static func parse(utf8 bytes: [UInt8], file: String, encoding: TextEncoding = .utf8) throws
    -> CSVDocument
  {
    fatalError("CSVReader.parse: not implemented yet")
  }
}
