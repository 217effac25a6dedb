import Tabular

/// T2 — Tình hình đề nghị khen thưởng: per unit, nominations by status at as-of.
public struct NominationStatusTable {
  public let facts: FactTable
  public let definitions: ReportDefinitions

  /// The built-in words of T2 (`reports/tables.toml` [T2] overrides them).
  public static let words = TableDefinition(
    sheet: "Biểu 02 - Đề nghị", title: "TÌNH HÌNH ĐỀ NGHỊ KHEN THƯỞNG",
    subtitles: ["{ten_phong_trao}", "(Số liệu tính đến ngày {ngay})"],
    labels: [
      "stt": "STT", "unit": "Đơn vị", "total": "Tổng số đề nghị", "pending": "Chờ xử lý",
      "awarded": "Đã khen thưởng", "rejected": "Không đạt", "rate": "Tỷ lệ khen thưởng (%)",
    ])

  public init(facts: FactTable, definitions: ReportDefinitions) {
    self.facts = facts
    self.definitions = definitions
  }

  public func table() -> Table {
    let def = definitions.table("T2")
    let columns = [
      Column([def.label("stt")], kind: .text, width: 6, isRowNumber: true),
      Column([def.label("unit")], kind: .text),
      Column([def.label("total")], kind: .integer), Column([def.label("pending")], kind: .integer),
      Column([def.label("awarded")], kind: .integer), Column([def.label("rejected")], kind: .integer),
      Column([def.label("rate")], kind: .decimal),
    ]
    let rows = RosterRows(dimensions: facts.dimensions, definitions: definitions).rows(
      width: 4,
      // submitted, under review, awarded, rejected
      values: { u in facts.totalsByStatus(unit: u).map(Double.init) },
      render: { v in
        let total = v[0] + v[1] + v[2] + v[3]
        // Columns: 2 total (= pending + awarded + rejected), 3 pending, 4 awarded, 5 rejected, 6 rate.
        return [
          .formula(.sumOfColumns([3..<6]), result: .integer(Int(total))), .integer(Int(v[0] + v[1])),
          .integer(Int(v[2])), .integer(Int(v[3])),
          RosterRows.rate(v[2], total, columns: (part: 4, whole: 2)),
        ]
      })
    return Table(
      sheetName: def.sheet, title: def.title, subtitles: facts.heading.subtitles(def), columns: columns,
      rows: rows)
  }
}
