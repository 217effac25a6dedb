import Tabular

/// The row structure every per-unit table shares (REPORTS.md "Scope"): for
/// each cluster in roster order a heading row (Roman STT), its units (STT 1,
/// 2, 3…, zeros where a unit has nothing), a subtotal row; then a grand total.
///
/// Tables give one numeric vector per unit; sums are taken here, and
/// `render` turns a vector (a unit's, a subtotal's or the total's) into the
/// cells after STT and the name (column 2 on), so derived columns such as a
/// rate are computed from the sums, never summed themselves.
///
/// In the workbook the subtotals and the total are live (`Formula`): every
/// plain number `render` gives a subtotal row becomes the `SUM` of the
/// cluster's unit rows above it, and the total's the `SUM` of the subtotals.
/// What `render` already made a formula (a row's own total across columns,
/// a rate) stays one: it is computed along its row, whatever the row.
///
/// Units are positions in `dimensions.units` (roster order), so a report and a
/// roll-up (whose units are the offices) share it; a table counted from a data
/// set's unit indices maps a position `p` to `data.roster[p]`.
struct RosterRows {
  let dimensions: FactDimensions
  let definitions: ReportDefinitions

  /// `V` is what a unit's vector holds: counts as `Double` (T1–T3), exact figures as
  /// `ExactDecimal` (T4, T7), so sums of decimal figures stay exact.
  func rows<V: AdditiveArithmetic>(width: Int, values: (Int) -> [V], render: ([V]) -> [Cell]) -> [Row] {
    rows(width: width, values: values, render: { v, _ in render(v) })
  }

  /// As above, with `render` told the unit of a unit row (nil for a heading's blanks, a
  /// subtotal or the total): for a column that says something of one unit, not a sum
  /// (T7's Đã báo cáo).
  ///
  /// `renderSum`, when given, renders the subtotal and total rows itself, told the rows
  /// they add up (a roll-up's count of offices, which its office rows leave blank).
  func rows<V: AdditiveArithmetic>(
    width: Int, values: (Int) -> [V], render: ([V], Int?) -> [Cell],
    renderSum: (([V], [Range<Int>]) -> [Cell])? = nil
  ) -> [Row] {
    func sumCells(_ v: [V], _ over: [Range<Int>]) -> [Cell] {
      renderSum.map { $0(v, over) } ?? Self.summed(render(v, nil), over: over)
    }
    var rows: [Row] = []
    var grand = [V](repeating: .zero, count: width)
    let byCluster = dimensions.unitsByCluster
    var subtotals: [Int] = []
    for (c, cluster) in dimensions.clusters.enumerated() {
      let blanks = [Cell](repeating: .empty, count: render(grand, nil).count)
      rows.append(Row(.heading, [.text(RomanNumeral.of(c + 1)), .text(cluster.name)] + blanks))
      var sub = [V](repeating: .zero, count: width)
      let first = rows.count
      for (i, u) in byCluster[c].enumerated() {
        let v = values(u)
        for j in 0..<width { sub[j] += v[j] }
        rows.append(Row(.data, [.integer(i + 1), .text(dimensions.units[u].name)] + render(v, u)))
      }
      for j in 0..<width { grand[j] += sub[j] }
      let label = Template.fill(
        definitions.common("subtotal"), ["ten_cum": cluster.name, "ma_cum": cluster.id])
      rows.append(
        Row(.subtotal, [.empty, .text(label)] + sumCells(sub, [first..<rows.count])))
      subtotals.append(rows.count - 1)
    }
    let total = sumCells(grand, Formula.ranges(subtotals))
    rows.append(Row(.total, [.empty, .text(definitions.common("total"))] + total))
    return rows
  }

  /// `cells` with each plain number made the sum of its column over `rows`
  /// (its value kept as the stored result); formulas, texts and blanks as they are.
  static func summed(_ cells: [Cell], over rows: [Range<Int>]) -> [Cell] {
    cells.map { cell in
      switch cell {
      case .integer, .decimal, .exact: return .formula(.sumOfRows(rows), result: cell)
      default: return cell
      }
    }
  }

  /// Counts as integer cells (zero is `0`).
  static func integers(_ v: [Double]) -> [Cell] { v.map { .integer(Int($0)) } }

  /// A percentage with one decimal, blank when the denominator is zero.
  static func rate(_ part: Double, _ whole: Double) -> Cell {
    whole == 0 ? .empty : .decimal(part / whole * 100, places: 1)
  }

  /// The same percentage as a live rate of two columns of its row
  /// (`ROUND(part/whole*100,1)`, blank over zero).
  static func rate(_ part: Double, _ whole: Double, columns: (part: Int, whole: Int)) -> Cell {
    .formula(.percent(part: columns.part, whole: columns.whole, places: 1), result: rate(part, whole))
  }
}
