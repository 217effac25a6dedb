import Tabular

/// T1 — Tổng hợp kết quả khen thưởng: awarded nominations per unit, by award
/// and nominee kind, with totals and the "trong đó" counts of individuals.
public struct AwardsSummaryTable {
  public let facts: FactTable
  public let definitions: ReportDefinitions

  /// The built-in words of T1 (`reports/tables.toml` [T1] overrides them).
  public static let words = TableDefinition(
    sheet: "Biểu 01 - Khen thưởng", title: "TỔNG HỢP KẾT QUẢ KHEN THƯỞNG",
    subtitles: ["{ten_phong_trao}", "(Số liệu tính đến ngày {ngay})"],
    labels: [
      "stt": "STT", "unit": "Đơn vị", "total": "Tổng số", "sum": "Cộng", "of_which": "Trong đó (cá nhân)",
      "nu": "Nữ", "lao_dong_truc_tiep": "Lao động trực tiếp", "dan_toc_thieu_so": "Dân tộc thiểu số",
    ],
    breakdowns: ["nu", "lao_dong_truc_tiep", "dan_toc_thieu_so"])

  public init(facts: FactTable, definitions: ReportDefinitions) {
    self.facts = facts
    self.definitions = definitions
  }

  /// The kinds shown: households only when the campaign has any.
  public var kinds: [NomineeKind] {
    facts.shownKinds
  }

  /// The "trong đó" columns, as the definition chooses them.
  var breakdowns: [String] {
    let known = ["nu", "lao_dong_truc_tiep", "dan_toc_thieu_so"]
    return (definitions.table("T1").breakdowns ?? known).filter { known.contains($0) }
  }

  public func table() -> Table {
    let def = definitions.table("T1")
    let awards = facts.usedAwards
    let kinds = self.kinds
    let breakdowns = self.breakdowns
    var columns = [
      Column([def.label("stt")], kind: .text, width: 6, isRowNumber: true),
      Column([def.label("unit")], kind: .text),
    ]
    for a in awards {
      let name = facts.dimensions.awards[a].name
      for k in kinds { columns.append(Column([name, k.label], kind: .integer)) }
    }
    for k in kinds { columns.append(Column([def.label("total"), k.label], kind: .integer)) }
    columns.append(Column([def.label("total"), def.label("sum")], kind: .integer))
    for b in breakdowns { columns.append(Column([def.label("of_which"), def.label(b)], kind: .integer)) }

    // vector: per (award, kind), then women, direct workers, minorities
    let width = awards.count * kinds.count + 3
    let roster = RosterRows(dimensions: facts.dimensions, definitions: definitions)
    let rows = roster.rows(
      width: width,
      values: { u in
        var v: [Double] = []
        v.reserveCapacity(width)
        var extra = FactTable.Counts()
        for a in awards {
          for k in kinds {
            let c = facts.counts(unit: u, award: a, kind: k, status: .awarded)
            v.append(Double(c.total))
            if k == .individual {
              extra.women += c.women
              extra.directWorkers += c.directWorkers
              extra.minorities += c.minorities
            }
          }
        }
        return v + [Double(extra.women), Double(extra.directWorkers), Double(extra.minorities)]
      },
      render: { v in
        // Columns from 2: award × kind, then one total per kind (the sum of that
        // kind's columns under every award), then their sum; all live in the workbook.
        let counts = awards.count * kinds.count
        var cells = RosterRows.integers(Array(v[0..<counts]))
        var sum = 0
        for (ki, _) in kinds.enumerated() {
          var t = 0
          for ai in awards.indices { t += Int(v[ai * kinds.count + ki]) }
          let columns = awards.indices.map { 2 + $0 * kinds.count + ki }
          cells.append(.formula(.sumOfColumns(columns), result: .integer(t)))
          sum += t
        }
        cells.append(
          .formula(.sumOfColumns([(2 + counts)..<(2 + counts + kinds.count)]), result: .integer(sum)))
        let extras = [
          "nu": v[width - 3], "lao_dong_truc_tiep": v[width - 2], "dan_toc_thieu_so": v[width - 1],
        ]
        for b in breakdowns { cells.append(.integer(Int(extras[b]!))) }
        return cells
      })
    return Table(
      sheetName: def.sheet, title: def.title, subtitles: facts.heading.subtitles(def), columns: columns,
      rows: rows)
  }
}
