/// Writes a `Table` as CSV the way REPORTS.md requires: UTF-8 with a BOM,
/// comma-separated, CRLF, RFC 4180 quoting, one header row (each column's
/// `csvHeader`), numbers plain, zero as `0`, text starting with `= + - @`,
/// tab or CR prefixed with `'` so spreadsheets never run it as a formula.
///
/// Only `.text` cells (and header names) get the formula guard: a number such
/// as `-5` is data, and prefixing it would turn it into text. Each row is written
/// with exactly one field per column: missing cells are empty fields, cells past
/// the last column are a builder's mistake and are left out, so every line has
/// the same number of fields. Output is built straight into a byte array
/// (integers without an intermediate `String`), which keeps large fact tables fast.
public enum CSVRenderer {
  public static func render(_ table: Table) -> [UInt8] {
    let header = table.columns.map { $0.csvHeader }
    var out = start(header: header, rowCount: table.rows.count)
    for row in table.rows { appendRow(row.cells, width: header.count, into: &out) }
    return out
  }

  /// A plain data table (the fact table): `header` names the fields, each row
  /// gives one cell per field.
  public static func render(header: [String], rows: [[Cell]]) -> [UInt8] {
    var out = start(header: header, rowCount: rows.count)
    for cells in rows { appendRow(cells, width: header.count, into: &out) }
    return out
  }

  /// The byte-order mark that makes Excel read the file as UTF-8.
  public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  private static func start(header: [String], rowCount: Int) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(64 + (rowCount + 1) * max(1, header.count) * 8)
    out.append(contentsOf: byteOrderMark)
    for (i, name) in header.enumerated() {
      if i > 0 { out.append(comma) }
      appendText(name, into: &out)
    }
    out.append(cr)
    out.append(lf)
    return out
  }

  private static func appendRow(_ cells: [Cell], width: Int, into out: inout [UInt8]) {
    for i in 0..<width {
      if i > 0 { out.append(comma) }
      guard i < cells.count else { continue }
      switch cells[i] {
      case .empty: break
      case .text(let s): appendText(s, into: &out)
      case .integer(let n): appendInteger(n, into: &out)
      case .decimal, .date: appendField(cells[i].plainText, into: &out)
      }
    }
    out.append(cr)
    out.append(lf)
  }

  /// Text: formula-guarded, then quoted if needed.
  private static func appendText(_ s: String, into out: inout [UInt8]) {
    let guardPrefix = s.utf8.first.map(formulaStarters.contains) ?? false
    appendField(s, prefix: guardPrefix ? apostrophe : nil, into: &out)
  }

  /// RFC 4180: a field holding a comma, quote, CR or LF is quoted, inner quotes doubled.
  private static func appendField(_ s: String, prefix: UInt8? = nil, into out: inout [UInt8]) {
    let utf8 = s.utf8
    let needsQuotes = utf8.contains { $0 == comma || $0 == quote || $0 == cr || $0 == lf }
    if needsQuotes { out.append(quote) }
    if let prefix { out.append(prefix) }
    if needsQuotes {
      for b in utf8 {
        if b == quote { out.append(quote) }
        out.append(b)
      }
      out.append(quote)
    } else {
      out.append(contentsOf: utf8)
    }
  }

  /// Decimal digits of `n`, written without allocating a `String`.
  private static func appendInteger(_ n: Int, into out: inout [UInt8]) {
    if n == 0 {
      out.append(UInt8(ascii: "0"))
      return
    }
    if n < 0 { out.append(UInt8(ascii: "-")) }
    // Work with the magnitude as UInt so Int.min does not overflow.
    var m = n.magnitude
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buf in
      while m > 0 {
        buf[count] = UInt8(ascii: "0") + UInt8(m % 10)
        m /= 10
        count += 1
      }
      for i in stride(from: count - 1, through: 0, by: -1) { out.append(buf[i]) }
    }
  }

  private static let comma = UInt8(ascii: ",")
  private static let quote = UInt8(ascii: "\"")
  private static let cr = UInt8(ascii: "\r")
  private static let lf = UInt8(ascii: "\n")
  private static let apostrophe = UInt8(ascii: "'")
  /// `=`, `+`, `-`, `@`, tab, CR: what makes a spreadsheet treat a cell as a formula.
  private static let formulaStarters: Set<UInt8> = [
    UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D,
  ]
}
