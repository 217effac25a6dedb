import Core
import Tabular

/// T7 — Báo cáo tiến độ tháng: what the office sends every month, printed alone
/// (`tien-do-thang.xlsx`). For the report month (the month of as-of, or the campaign's
/// last month when as-of is after it), per unit: the nominations and each indicator of
/// `tien_do.csv`, each as Trong tháng (that month) and Lũy kế (T4's months up to and
/// including it, so exactly T4's Lũy kế); then Đã báo cáo, `x` when the unit has a
/// figure in `tien_do.csv` for the report month.
public struct MonthReportTable {
  public let scope: ReportScope
  public let definitions: ReportDefinitions

  /// The built-in words of T7 (`reports/tables.toml` [T7] overrides them).
  public static let words = TableDefinition(
    sheet: "Biểu 07 - Tiến độ tháng",
    title: "BÁO CÁO TIẾN ĐỘ THỰC HIỆN PHONG TRÀO THI ĐUA THÁNG {thang_bao_cao}",
    subtitles: ["{ten_phong_trao}", "(Số liệu tính đến ngày {ngay})"],
    labels: [
      "stt": "STT", "unit": "Đơn vị", "nominations": "Đề nghị khen thưởng", "in_month": "Trong tháng",
      "cumulative": "Lũy kế", "reported": "Đã báo cáo", "reported_mark": "x",
    ])

  public init(scope: ReportScope, definitions: ReportDefinitions) {
    self.scope = scope
    self.definitions = definitions
  }

  /// The month reported on: as-of's, or the campaign's last when as-of is after its end.
  public var month: CalendarMonth { min(scope.asOf, scope.campaign.end).calendarMonth }

  public func table() -> Table {
    let def = definitions.table("T7")
    let month = self.month
    let figures = ProgressFigures(scope: scope)
    let months = figures.months
    // The report month is T4's last month, unless as-of is before the campaign's first
    // month (no months yet: every figure is 0).
    let current = months.last == month ? months.count - 1 : nil
    let groups = [def.label("nominations")] + figures.indicators
    var columns = [
      Column([def.label("stt")], kind: .text, width: 6, isRowNumber: true),
      Column([def.label("unit")], kind: .text),
    ]
    for g in groups {
      columns.append(Column([g, def.label("in_month")], kind: .decimal, width: 8))
      columns.append(Column([g, def.label("cumulative")], kind: .decimal, width: 8))
    }
    // A one-letter mark: centred, or it sits against the column's left border.
    columns.append(Column([def.label("reported")], kind: .text, isCentred: true))

    // Per unit: for each group, the month's figure and the sum of the months up to it.
    let values: [[ExactDecimal]] = figures.values.map { v in
      var out: [ExactDecimal] = []
      for g in groups.indices {
        let row = v[(g * months.count)..<((g + 1) * months.count)]
        out.append(current.map { row[row.startIndex + $0] } ?? .zero)
        out.append(row.reduce(.zero, +))
      }
      return out
    }
    var reported = [Bool](repeating: false, count: scope.data.units.count)
    for p in scope.data.progress where p.campaign == scope.campaignIndex && p.month == month {
      reported[p.unit] = true
    }
    let mark = def.label("reported_mark")
    // RosterRows counts in roster positions; position p is the data set's unit roster[p].
    let roster = scope.data.roster
    let rows = RosterRows(dimensions: FactDimensions(data: scope.data), definitions: definitions).rows(
      width: groups.count * 2, values: { values[roster[$0]] },
      render: { v, unit in
        // A subtotal's and the total's Đã báo cáo are blank: it says something of one unit.
        v.map(ProgressFigures.cell) + [unit.map { reported[roster[$0]] ? .text(mark) : .empty } ?? .empty]
      })
    var words = scope.templateValues
    words["thang_bao_cao"] = "\(month.month)/\(month.year)"
    return Table(
      sheetName: def.sheet, title: Template.fill(def.title, words),
      subtitles: def.subtitles.map { Template.fill($0, words) }.filter { !$0.isEmpty }, columns: columns,
      rows: rows)
  }
}
