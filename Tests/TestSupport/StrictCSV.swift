/// A tiny RFC 4180 reader for checking what `CSVRenderer` writes: BOM-less
/// text, quoted fields with doubled quotes and line breaks, CRLF records.
/// Strict on purpose: a bare LF outside quotes, or text after a closing quote,
/// is a failure, so the tests catch output a spreadsheet might misread.
public enum StrictCSV {
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  public static func parse(_ text: String) throws -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var afterQuote = false
    var chars = Array(text.unicodeScalars)[...]
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" {
            chars.removeFirst()
            field.unicodeScalars.append("\"")
          } else {
            quoted = false
            afterQuote = true
          }
        } else {
          field.unicodeScalars.append(c)
        }
        continue
      }
      switch c {
      case ",":
        record.append(field)
        field = ""
        afterQuote = false
      case "\r":
        guard chars.popFirst() == "\n" else { throw Failure(description: "CR without LF") }
        record.append(field)
        records.append(record)
        record = []
        field = ""
        afterQuote = false
      case "\n":
        throw Failure(description: "bare LF outside quotes")
      case "\"":
        guard field.isEmpty, !afterQuote else { throw Failure(description: "quote inside a field") }
        quoted = true
      default:
        if afterQuote { throw Failure(description: "text after closing quote") }
        field.unicodeScalars.append(c)
      }
    }
    if quoted { throw Failure(description: "unterminated quote") }
    if !field.isEmpty || !record.isEmpty {
      record.append(field)
      records.append(record)
    }
    return records
  }
}
