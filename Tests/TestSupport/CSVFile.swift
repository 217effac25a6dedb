import Foundation

/// Parses a CSV file we wrote, independently of the product's own reader, with
/// `StrictCSV` (CRLF records, RFC 4180 quoting: anything else throws), and keeps
/// the bytes to check the REPORTS.md framing: a UTF-8 BOM.
public struct CSVFile {
  public let bytes: [UInt8]
  public let header: [String]
  public let rows: [[String]]

  public init(path: String) throws {
    bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    var text = bytes[...]
    if text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
    let all = try StrictCSV.parse(String(decoding: text, as: UTF8.self))
    header = all.first ?? []
    rows = Array(all.dropFirst())
  }

  public var hasBOM: Bool { bytes.starts(with: [0xEF, 0xBB, 0xBF]) }

  /// Every line break outside quotes is CRLF.
  public var usesCRLF: Bool {
    var quoted = false
    var previous: UInt8 = 0
    for b in bytes {
      if b == UInt8(ascii: "\"") { quoted.toggle() }
      if b == UInt8(ascii: "\n") && !quoted && previous != UInt8(ascii: "\r") { return false }
      previous = b
    }
    return true
  }

  /// The column of a header, or nil.
  public func column(_ name: String) -> Int? { header.firstIndex(of: name) }

  /// Rows as dictionaries by header name.
  public var records: [[String: String]] {
    rows.map { row in
      var d: [String: String] = [:]
      for (i, h) in header.enumerated() where i < row.count { d[h] = row[i] }
      return d
    }
  }
}
