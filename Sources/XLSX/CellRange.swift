/// A block of cells on a named sheet, zero-based, as a chart series refers to it.
public struct CellRange: Hashable, Sendable {
  public var sheet: String
  public var firstRow: Int
  public var firstColumn: Int
  public var lastRow: Int
  public var lastColumn: Int

  public init(sheet: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
    self.sheet = sheet
    self.firstRow = firstRow
    self.firstColumn = firstColumn
    self.lastRow = lastRow
    self.lastColumn = lastColumn
  }

  /// One cell.
  public init(sheet: String, row: Int, column: Int) {
    self.init(sheet: sheet, firstRow: row, firstColumn: column, lastRow: row, lastColumn: column)
  }
}
