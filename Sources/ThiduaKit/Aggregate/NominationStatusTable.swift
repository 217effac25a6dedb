import Tabular

/// T2 — Tình hình đề nghị khen thưởng: per unit, nominations by status at as-of.
public struct NominationStatusTable {
  public let facts: FactTable
  public let definitions: ReportDefinitions

  public init(facts: FactTable, definitions: ReportDefinitions) {
    self.facts = facts
    self.definitions = definitions
  }

  public func table() -> Table {
    let def = definitions.table("T2")
    let columns = [
      Column([def.label("stt")], kind: .text, width: 6), Column([def.label("unit")], kind: .text),
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
        return [
          .integer(Int(total)), .integer(Int(v[0] + v[1])), .integer(Int(v[2])), .integer(Int(v[3])),
          RosterRows.rate(v[2], total),
        ]
      })
    return Table(
      sheetName: def.sheet, title: def.title, subtitles: facts.heading.subtitles(def), columns: columns,
      rows: rows)
  }
}
