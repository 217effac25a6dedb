/// What a computed cell computes, said in the table's own terms — rows of
/// `Table.rows` and columns of `Table.columns` — never in A1 references: the
/// XLSX renderer turns it into `SUM(C5:C9)` or `IF(D5=0,"",ROUND(E5/D5*100,1))`
/// for where the table lands on the sheet, the CSV renderer ignores it.
///
/// Why formulas at all: a clerk corrects one figure in Excel before the
/// chairman signs (they do), and the subtotal, the total and the rate beside it
/// must follow. The cell still carries its value (`Cell.formula(_:result:)`):
/// the renderer stores it as the formula's cached result, so a reader that does
/// not compute sees the same number as the CSV.
///
/// Rows are indices into the table's rows (a row's position as the builder
/// appended it); columns are indices into its columns. A formula may only
/// refer to cells written on the same sheet; one that cannot be placed (a
/// table cut over several sheets) is written as its result alone.
public enum Formula: Hashable, Sendable {
  /// The sum of this cell's column over `rows` (a cluster's units above its
  /// subtotal: one range; a grand total over the subtotals: one range each).
  case sumOfRows([Range<Int>])
  /// The sum of `columns` of this cell's row (a row's total across awards, Lũy kế of the months).
  case sumOfColumns([Range<Int>])
  /// `part / whole × 100` rounded to `places` decimals, two columns of this
  /// row; blank (an empty text result) where `whole` is 0, as the CSV leaves it.
  case percent(part: Int, whole: Int, places: Int)

  /// The sum over single rows (the subtotals a grand total adds up).
  public static func sumOfRows(_ rows: [Int]) -> Formula { .sumOfRows(ranges(rows)) }

  /// The sum over single columns (one kind's columns under every award).
  public static func sumOfColumns(_ columns: [Int]) -> Formula { .sumOfColumns(ranges(columns)) }

  /// Sorted indices joined into runs: `[3, 4, 5, 9]` → `[3..<6, 9..<10]`.
  public static func ranges(_ indices: [Int]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    for i in indices.sorted() {
      if let last = out.last, last.upperBound == i {
        out[out.count - 1] = last.lowerBound..<(i + 1)
      } else if out.last.map({ !$0.contains(i) }) ?? true {
        out.append(i..<(i + 1))
      }
    }
    return out
  }
}
