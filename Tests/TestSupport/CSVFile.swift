import Foundation

/// Parses a CSV file we wrote, independently of the product's own reader, and
/// checks the REPORTS.md framing on the way: a UTF-8 BOM, CRLF line ends.
public struct CSVFile {
  public let bytes: [UInt8]
  public let header: [String]
  public let rows: [[String]]

  public init(path: String) throws {
    bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let all = CSVFile.parse(bytes)
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

  /// A plain RFC 4180 parser (BOM skipped).
  public static func parse(_ bytes: [UInt8]) -> [[String]] {
    var data = bytes[...]
    if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
    var rows: [[String]] = []
    var row: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var i = data.startIndex
    func endField() {
      row.append(String(decoding: field, as: UTF8.self))
      field = []
    }
    while i < data.endIndex {
      let b = data[i]
      if quoted {
        if b == UInt8(ascii: "\"") {
          if i + 1 < data.endIndex && data[i + 1] == UInt8(ascii: "\"") {
            field.append(b)
            i += 1
          } else {
            quoted = false
          }
        } else {
          field.append(b)
        }
      } else if b == UInt8(ascii: "\"") {
        quoted = true
      } else if b == UInt8(ascii: ",") {
        endField()
      } else if b == UInt8(ascii: "\r") {
      } else if b == UInt8(ascii: "\n") {
        endField()
        rows.append(row)
        row = []
      } else {
        field.append(b)
      }
      i += 1
    }
    if !field.isEmpty || !row.isEmpty {
      endField()
      rows.append(row)
    }
    return rows
  }
}
