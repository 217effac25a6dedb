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
    let indicators = activity.indicators
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
    let rows = RosterRows(dimensions: facts.dimensions, definitions: definitions).rows(
      width: width,
      values: { u in
        var v = [Double](repeating: 0, count: width)
        for m in months.indices {
          v[m] = Double(activity.submitted(unit: u, month: m))
          for g in indicators.indices {
            v[(g + 1) * months.count + m] = activity.figure(unit: u, indicator: g, month: m)
          }
        }
        return v
      },
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
      sheetName: def.sheet, title: def.title, subtitles: facts.heading.subtitles(def), columns: columns,
      rows: rows)
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
