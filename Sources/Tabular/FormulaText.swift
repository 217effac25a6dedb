import XLSX

/// A `Formula` as Excel text for one placed cell: the table's rows and columns
/// turned into A1 references (`SUM(C5:C9)`, `SUM(C10,C16,C22)`,
/// `IF(D5=0,"",ROUND(E5/D5*100,1))`), without the leading `=`.
///
/// Nil when the formula cannot stand on this sheet: it names a row not
/// written here (a table cut over two sheets) or comes out longer than
/// Excel's 8,192 characters; the renderer then writes the result alone.
/// Excel takes at most 255 arguments a function, so a longer list of
/// subtotals is summed in nested groups of 255.
struct FormulaText {
  /// The sheet row (zero-based) of the table's first written row, and the rows written.
  let top: Int
  let rows: Range<Int>

  static let maxLength = 8_192
  static let maxArguments = 255

  func text(_ formula: Formula, row: Int, column: Int) -> String? {
    let out: String?
    switch formula {
    case .sumOfRows(let ranges):
      guard
        ranges.allSatisfy({ $0.isEmpty || (rows.contains($0.lowerBound) && $0.upperBound <= rows.upperBound) }
        )
      else { return nil }
      out = sum(ranges.filter { !$0.isEmpty }.map { cells(rows: $0, column: column) })
    case .sumOfColumns(let ranges):
      out = sum(ranges.filter { !$0.isEmpty }.map { cells(row: row, columns: $0) })
    case .percent(let part, let whole, let places):
      let r = sheetRow(row)
      let p = Worksheet.reference(row: r, column: part)
      let w = Worksheet.reference(row: r, column: whole)
      out = "IF(\(w)=0,\"\",ROUND(\(p)/\(w)*100,\(places)))"
    }
    guard let out, out.utf8.count <= FormulaText.maxLength else { return nil }
    return out
  }

  private func sheetRow(_ row: Int) -> Int { top + row - rows.lowerBound }

  private func cells(rows r: Range<Int>, column: Int) -> String {
    let first = Worksheet.reference(row: sheetRow(r.lowerBound), column: column)
    if r.count == 1 { return first }
    return first + ":" + Worksheet.reference(row: sheetRow(r.upperBound - 1), column: column)
  }

  private func cells(row: Int, columns c: Range<Int>) -> String {
    let r = sheetRow(row)
    let first = Worksheet.reference(row: r, column: c.lowerBound)
    if c.count == 1 { return first }
    return first + ":" + Worksheet.reference(row: r, column: c.upperBound - 1)
  }

  /// `SUM(a,b,…)`, nested when there are more arguments than Excel takes; `0` for none.
  private func sum(_ arguments: [String]) -> String {
    if arguments.isEmpty { return "0" }
    if arguments.count <= FormulaText.maxArguments { return "SUM(" + arguments.joined(separator: ",") + ")" }
    var groups: [String] = []
    var i = 0
    while i < arguments.count {
      groups.append(sum(Array(arguments[i..<min(i + FormulaText.maxArguments, arguments.count)])))
      i += FormulaText.maxArguments
    }
    return sum(groups)
  }
}
