import Core
import Tabular

/// T4 — Tiến độ theo tháng: per unit, nominations submitted in each month of
/// the report and each progress indicator of `tien_do.csv`, each with Lũy kế.
/// Built from the fact table's activity (counted from nominations).
public struct MonthlyProgressTable {
  public let facts: FactTable
  public let definitions: ReportDefinitions

  /// The built-in words of T4 (`reports/tables.toml` [T4] overrides them).
  public static let words = TableDefinition(
    sheet: "Biểu 04 - Tiến độ", title: "TIẾN ĐỘ THỰC HIỆN THEO THÁNG",
    subtitles: ["{ten_phong_trao}", "(Từ tháng {thang_dau} đến tháng {thang_cuoi})"],
    labels: [
      "stt": "STT", "unit": "Đơn vị", "nominations": "Đề nghị khen thưởng", "month": "Tháng {mm}/{y}",
      "cumulative": "Lũy kế",
    ])

  public init(facts: FactTable, definitions: ReportDefinitions) {
    self.facts = facts
    self.definitions = definitions
  }

  public func table() -> Table {
    guard let activity = facts.activity else { preconditionFailure("T4 needs a fact table's activity") }
    let def = definitions.table("T4")
    let months = facts.heading.months
    let groups = [def.label("nominations")] + activity.indicators
    let monthLabels = months.map { Self.label(of: $0, definitions: definitions) }
    var columns = [
      Column([def.label("stt")], kind: .text, width: 6, isRowNumber: true),
      Column([def.label("unit")], kind: .text),
    ]
    for g in groups {
      for label in monthLabels { columns.append(Column([g, label], kind: .decimal, width: 8)) }
      columns.append(Column([g, def.label("cumulative")], kind: .decimal, width: 8))
    }
    let rows = RosterRows(dimensions: facts.dimensions, definitions: definitions).rows(
      width: groups.count * months.count, values: { activity.values[$0] },
      render: { v in
        // Columns from 2: each group's months, then its Lũy kế (live: the sum of those months).
        var cells: [Cell] = []
        for g in groups.indices {
          var sum = ExactDecimal.zero
          let first = 2 + g * (months.count + 1)
          for m in months.indices {
            let x = v[g * months.count + m]
            sum += x
            cells.append(ProgressFigures.cell(x))
          }
          cells.append(
            .formula(.sumOfColumns([first..<(first + months.count)]), result: ProgressFigures.cell(sum)))
        }
        return cells
      })
    return Table(
      sheetName: def.sheet, title: def.title, subtitles: facts.heading.subtitles(def), columns: columns,
      rows: rows)
  }

  /// A month's column label ("Tháng 06/2025"), from the T4 definition.
  static func label(of month: CalendarMonth, definitions: ReportDefinitions) -> String {
    Template.fill(
      definitions.table("T4").label("month"),
      ["m": String(month.month), "mm": CalendarDay.pad2(month.month), "y": String(month.year)])
  }
}
