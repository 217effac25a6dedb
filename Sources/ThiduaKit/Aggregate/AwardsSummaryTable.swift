import Tabular

/// T1 — Tổng hợp kết quả khen thưởng: awarded nominations per unit, by award
/// and nominee kind, with totals and the "trong đó" counts of individuals.
public struct AwardsSummaryTable {
  public let facts: FactTable
  public let definitions: ReportDefinitions

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
      Column([def.label("stt")], kind: .text, width: 6), Column([def.label("unit")], kind: .text),
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
        var cells = RosterRows.integers(Array(v[0..<(awards.count * kinds.count)]))
        var sum = 0
        for (ki, _) in kinds.enumerated() {
          var t = 0
          for ai in awards.indices { t += Int(v[ai * kinds.count + ki]) }
          cells.append(.integer(t))
          sum += t
        }
        cells.append(.integer(sum))
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
