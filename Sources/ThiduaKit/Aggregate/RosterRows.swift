import Tabular

/// The row structure every per-unit table shares (REPORTS.md "Scope"): for
/// each cluster in roster order a heading row (Roman STT), its units (STT 1,
/// 2, 3…, zeros where a unit has nothing), a subtotal row; then a grand total.
///
/// Tables give one numeric vector per unit; sums are taken here, and
/// `render` turns a vector (a unit's, a subtotal's or the total's) into the
/// cells after STT and the name, so derived columns such as a rate are
/// computed from the sums, never summed themselves.
///
/// Units are positions in `dimensions.units` (roster order), so a report and a
/// roll-up (whose units are the offices) share it.
struct RosterRows {
  let dimensions: FactDimensions
  let definitions: ReportDefinitions

  /// `renderSum`, when given, renders the subtotal and total rows (whose columns may
  /// differ from a unit's: a roll-up's count of offices that sent).
  func rows(
    width: Int, values: (Int) -> [Double], render: ([Double]) -> [Cell],
    renderSum: (([Double]) -> [Cell])? = nil
  ) -> [Row] {
    func sumCells(_ v: [Double]) -> [Cell] { renderSum.map { $0(v) } ?? render(v) }
    var rows: [Row] = []
    var grand = [Double](repeating: 0, count: width)
    let byCluster = dimensions.unitsByCluster
    for (c, cluster) in dimensions.clusters.enumerated() {
      let blanks = [Cell](repeating: .empty, count: render(grand).count)
      rows.append(Row(.heading, [.text(RomanNumeral.of(c + 1)), .text(cluster.name)] + blanks))
      var sub = [Double](repeating: 0, count: width)
      for (i, u) in byCluster[c].enumerated() {
        let v = values(u)
        for j in 0..<width { sub[j] += v[j] }
        rows.append(Row(.data, [.integer(i + 1), .text(dimensions.units[u].name)] + render(v)))
      }
      for j in 0..<width { grand[j] += sub[j] }
      let label = Template.fill(
        definitions.common("subtotal"), ["ten_cum": cluster.name, "ma_cum": cluster.id])
      rows.append(Row(.subtotal, [.empty, .text(label)] + sumCells(sub)))
    }
    rows.append(Row(.total, [.empty, .text(definitions.common("total"))] + sumCells(grand)))
    return rows
  }

  /// Counts as integer cells (zero is `0`).
  static func integers(_ v: [Double]) -> [Cell] { v.map { .integer(Int($0)) } }

  /// A percentage with one decimal, blank when the denominator is zero.
  static func rate(_ part: Double, _ whole: Double) -> Cell {
    whole == 0 ? .empty : .decimal(part / whole * 100, places: 1)
  }
}
