import Core
import Tabular

/// T4 — Tiến độ theo tháng: per unit, nominations submitted in each month of
/// the report and each progress indicator of `tien_do.csv`, each with Lũy kế.
public struct MonthlyProgressTable {
  public let scope: ReportScope
  public let definitions: ReportDefinitions

  /// The built-in words of T4 (`reports/tables.toml` [T4] overrides them).
  public static let words = TableDefinition(
    sheet: "Biểu 04 - Tiến độ", title: "TIẾN ĐỘ THỰC HIỆN THEO THÁNG",
    subtitles: ["{ten_phong_trao}", "(Từ tháng {thang_dau} đến tháng {thang_cuoi})"],
    labels: [
      "stt": "STT", "unit": "Đơn vị", "nominations": "Đề nghị khen thưởng", "month": "Tháng {mm}/{y}",
      "cumulative": "Lũy kế",
    ])

  public init(scope: ReportScope, definitions: ReportDefinitions) {
    self.scope = scope
    self.definitions = definitions
  }

  /// This campaign's indicators in order of first appearance in `tien_do.csv`.
  public var indicators: [String] {
    var seen = Set<String>()
    var out: [String] = []
    for p in scope.data.progress where p.campaign == scope.campaignIndex && seen.insert(p.indicator).inserted
    {
      out.append(p.indicator)
    }
    return out
  }

  /// Nominations submitted per report month (index = month position), for one unit or all.
  public func nominationsPerMonth() -> [[Double]] {
    let months = scope.months
    var perUnit = [[Double]](
      repeating: [Double](repeating: 0, count: months.count), count: scope.data.units.count)
    guard let first = months.first?.index else { return perUnit }
    for i in scope.counted {
      let n = scope.data.nominations[i]
      let m = n.submitted.calendarMonth.index - first
      if m >= 0 && m < months.count { perUnit[n.unit][m] += 1 }
    }
    return perUnit
  }

  public func table() -> Table {
    let def = definitions.table("T4")
    let months = scope.months
    let indicators = self.indicators
    let groups = [def.label("nominations")] + indicators
    let monthLabels = months.map { Self.label(of: $0, definitions: definitions) }
    var columns = [
      Column([def.label("stt")], kind: .text, width: 6), Column([def.label("unit")], kind: .text),
    ]
    for g in groups {
      for label in monthLabels { columns.append(Column([g, label], kind: .decimal, width: 8)) }
      columns.append(Column([g, def.label("cumulative")], kind: .decimal, width: 8))
    }

    // per unit: groups × months values
    let width = groups.count * months.count
    var values = [[Double]](repeating: [Double](repeating: 0, count: width), count: scope.data.units.count)
    let submitted = nominationsPerMonth()
    for u in values.indices { for m in months.indices { values[u][m] = submitted[u][m] } }
    if let first = months.first?.index {
      var position: [String: Int] = [:]
      for (i, name) in indicators.enumerated() { position[name] = i + 1 }
      for p in scope.data.progress where p.campaign == scope.campaignIndex {
        let m = p.month.index - first
        guard m >= 0 && m < months.count, let g = position[p.indicator] else { continue }
        values[p.unit][g * months.count + m] += p.value
      }
    }
    let rows = RosterRows(scope: scope, definitions: definitions).rows(
      width: width, values: { values[$0] },
      render: { v in
        // Columns from 2: each group's months, then its Lũy kế (live: the sum of those months).
        var cells: [Cell] = []
        for g in groups.indices {
          var sum = 0.0
          let first = 2 + g * (months.count + 1)
          for m in months.indices {
            let x = v[g * months.count + m]
            sum += x
            cells.append(Self.number(x))
          }
          cells.append(.formula(.sumOfColumns([first..<(first + months.count)]), result: Self.number(sum)))
        }
        return cells
      })
    return Table(
      sheetName: def.sheet, title: def.title, subtitles: scope.subtitles(def), columns: columns, rows: rows)
  }

  /// A month's column label ("Tháng 06/2025"), from the T4 definition.
  static func label(of month: CalendarMonth, definitions: ReportDefinitions) -> String {
    Template.fill(
      definitions.table("T4").label("month"),
      ["m": String(month.month), "mm": CalendarDay.pad2(month.month), "y": String(month.year)])
  }

  /// Whole numbers as integers; others plain, with as few decimals as show
  /// them (1.5, 1.25), at most two.
  static func number(_ x: Double) -> Cell {
    if x == x.rounded() && abs(x) < 1e15 { return .integer(Int(x)) }
    return .decimal(x, places: (x * 10).rounded() == x * 10 ? 1 : 2)
  }

}
