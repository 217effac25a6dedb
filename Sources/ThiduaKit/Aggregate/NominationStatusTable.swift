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
    let scope = facts.scope
    let columns = [
      Column([def.label("stt")], kind: .text, width: 6, isRowNumber: true),
      Column([def.label("unit")], kind: .text),
      Column([def.label("total")], kind: .integer), Column([def.label("pending")], kind: .integer),
      Column([def.label("awarded")], kind: .integer), Column([def.label("rejected")], kind: .integer),
      Column([def.label("rate")], kind: .decimal),
    ]
    let awards = scope.data.catalogue.count
    let rows = RosterRows(scope: scope, definitions: definitions).rows(
      width: 4,
      values: { u in
        // submitted, under review, awarded, rejected
        var v = [Double](repeating: 0, count: 4)
        for a in 0..<awards {
          for k in NomineeKind.allCases {
            for s in NominationStatus.allCases {
              v[s.rawValue] += Double(facts.counts(unit: u, award: a, kind: k, status: s).total)
            }
          }
        }
        return v
      },
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
      sheetName: def.sheet, title: def.title, subtitles: scope.subtitles(def), columns: columns, rows: rows)
  }
}
