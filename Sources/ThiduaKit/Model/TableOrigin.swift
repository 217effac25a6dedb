/// Where one table of the data folder was read from: its file (`de_nghi.csv` or
/// `de_nghi.xlsx`), how its records' places are written, and each column's field
/// position, so that a check made after loading (T6's warnings) names the cell of the
/// column it is about, as the loader's own messages do.
public struct TableOrigin: Sendable {
  public var file: String
  public var place: RecordPlace
  /// Canonical column name → field position (a workbook's column, A = 0).
  public var positions: [String: Int]

  public init(file: String, place: RecordPlace = .line, positions: [String: Int] = [:]) {
    self.file = file
    self.place = place
    self.positions = positions
  }

  /// The cell of `column` on row `line` in a workbook; nil for a CSV file.
  public func cell(line: Int, column: String?) -> String? {
    guard case .cell = place else { return nil }
    let field = column.flatMap { positions[$0] } ?? (positions.values.min() ?? 0)
    return place.cell(row: line, field: field)
  }
}
