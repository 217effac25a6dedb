import Tabular

/// The chart sheet: awards by cluster (collectives and individuals) and
/// nominations submitted by month, from the same counts as the tables.
public struct ChartsBuilder {
  public let facts: FactTable
  public let definitions: ReportDefinitions

  /// The built-in words of charts (`reports/tables.toml` [charts] overrides them).
  public static let words = TableDefinition(
    sheet: "Biểu đồ", title: "BIỂU ĐỒ KẾT QUẢ THI ĐUA, KHEN THƯỞNG", subtitles: ["{ten_phong_trao}"],
    labels: [
      "awards_by_cluster": "Số được khen thưởng theo cụm, khối thi đua", "cluster": "Cụm, khối",
      "count": "Số lượng", "by_month": "Số đề nghị khen thưởng theo tháng", "month": "Tháng",
      "nominations": "Số đề nghị", "no_data": "Không có số liệu để vẽ biểu đồ.",
    ])

  public init(facts: FactTable, definitions: ReportDefinitions) {
    self.facts = facts
    self.definitions = definitions
  }

  public func sheet() -> ChartSheet {
    let def = definitions.table("charts")
    let dims = facts.dimensions
    let kinds = facts.shownKinds
    var byCluster = [[Double]](
      repeating: [Double](repeating: 0, count: dims.clusters.count), count: kinds.count)
    for (u, unit) in dims.units.enumerated() {
      let c = unit.cluster
      for (ki, k) in kinds.enumerated() {
        for a in dims.awards.indices {
          byCluster[ki][c] += Double(facts.counts(unit: u, award: a, kind: k, status: .awarded).total)
        }
      }
    }
    let awards = Chart(
      kind: .clusteredColumn, title: def.label("awards_by_cluster"), categoryTitle: def.label("cluster"),
      valueTitle: def.label("count"), categories: dims.clusters.map(\.name),
      series: kinds.enumerated().map { Chart.Series(name: $1.label, values: byCluster[$0]) })
    let months = facts.heading.months
    var perMonth = [Double](repeating: 0, count: months.count)
    if let activity = facts.activity {
      for u in dims.units.indices {
        for m in months.indices { perMonth[m] += Double(activity.submitted(unit: u, month: m)) }
      }
    }
    let byMonth = Chart(
      kind: .clusteredColumn, title: def.label("by_month"), categoryTitle: def.label("month"),
      valueTitle: def.label("count"),
      categories: months.map { MonthlyProgressTable.label(of: $0, definitions: definitions) },
      series: [Chart.Series(name: def.label("nominations"), values: perMonth)])
    return ChartSheet(
      sheetName: def.sheet, title: ([def.title] + facts.heading.subtitles(def)).joined(separator: " - "),
      charts: [awards, byMonth], noData: def.label("no_data"))
  }
}
