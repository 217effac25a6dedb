import XLSX

/// The formats of a table's body cells, looked up once per (column, cell kind,
/// bold) instead of hashing a `CellStyle` (with its number-format string) for
/// every cell: on a 283k-row list that hashing was a visible share of the time.
/// Misses go to `XLSXStyles` in the order cells ask, so formats are still
/// created in document order and the file's style table does not change.
struct BodyCellFormats {
  enum Kind: Int {
    case empty = 0
    case text
    case integer
    case date
  }

  private let columns: Int
  /// Per column, whether its text and integers are centred (the row number, `Column.isCentred`).
  private let centred: [Bool]
  private let styles: XLSXStyles
  private var cache: [Format?]
  private var decimals: [Int: Format] = [:]

  init(columns: Int, centred: [Bool], styles: XLSXStyles) {
    self.columns = columns
    self.centred = centred
    self.styles = styles
    cache = Array(repeating: nil, count: columns * 8)
  }

  mutating func format(_ kind: Kind, column j: Int, bold: Bool) throws -> Format {
    let slot = (j * 4 + kind.rawValue) * 2 + (bold ? 1 : 0)
    if let f = cache[slot] { return f }
    var style = CellStyle(points: TableSheetWriter.tablePoints, bold: bold, border: true)
    switch kind {
    case .empty: break
    case .text:
      style.align = j < centred.count && centred[j] ? .center : .left
      style.wrap = true
    case .integer:
      style.align = j < centred.count && centred[j] ? .center : .right
      style.numberFormat = "0"
    case .date:
      style.align = .center
      style.numberFormat = "dd/mm/yyyy"
    }
    let f = try styles.format(style)
    cache[slot] = f
    return f
  }

  mutating func decimal(places: Int, bold: Bool) throws -> Format {
    let key = places * 2 + (bold ? 1 : 0)
    if let f = decimals[key] { return f }
    var style = CellStyle(points: TableSheetWriter.tablePoints, bold: bold, border: true)
    style.align = .right
    style.numberFormat = places > 0 ? "0." + String(repeating: "0", count: min(places, 15)) : "0"
    let f = try styles.format(style)
    decimals[key] = f
    return f
  }
}
