import Tabular

/// T3 — Tình hình tham gia: per cluster, how many units registered, how many
/// people take part, how many units nominated and were awarded. Needs the
/// fact table's activity (counted from nominations; a roll-up has no T3).
public struct ParticipationTable {
  public let facts: FactTable
  public let definitions: ReportDefinitions

  /// The built-in words of T3 (`reports/tables.toml` [T3] overrides them).
  public static let words = TableDefinition(
    sheet: "Biểu 03 - Tham gia", title: "TÌNH HÌNH THAM GIA PHONG TRÀO THI ĐUA",
    subtitles: ["{ten_phong_trao}", "(Số liệu tính đến ngày {ngay})"],
    labels: [
      "stt": "STT", "cluster": "Cụm, khối thi đua", "units": "Số đơn vị",
      "registered": "Số đơn vị đăng ký", "registered_rate": "Tỷ lệ đăng ký (%)",
      "participants": "Số người tham gia", "nominating_units": "Số đơn vị có đề nghị",
      "nominations": "Số đề nghị", "awarded": "Số được khen thưởng",
    ])

  public init(facts: FactTable, definitions: ReportDefinitions) {
    self.facts = facts
    self.definitions = definitions
  }

  public func table() -> Table {
    let def = definitions.table("T3")
    guard let activity = facts.activity else { preconditionFailure("T3 needs a fact table's activity") }
    let dims = facts.dimensions
    let registrations = activity.registrations
    let withRegistrations = registrations != nil
    var columns = [
      Column([def.label("stt")], kind: .text, width: 6, isRowNumber: true),
      Column([def.label("cluster")], kind: .text),
      Column([def.label("units")], kind: .integer),
    ]
    if withRegistrations {
      columns += [
        Column([def.label("registered")], kind: .integer),
        Column([def.label("registered_rate")], kind: .decimal),
        Column([def.label("participants")], kind: .integer),
      ]
    }
    columns += [
      Column([def.label("nominating_units")], kind: .integer),
      Column([def.label("nominations")], kind: .integer),
      Column([def.label("awarded")], kind: .integer),
    ]

    let byStatus = dims.units.indices.map { facts.totalsByStatus(unit: $0) }

    func cells(_ v: [Int]) -> [Cell] {
      // v: units, registered, participants, nominating units, nominations, awarded
      var out: [Cell] = [.integer(v[0])]
      if withRegistrations {
        // Columns: 2 units, 3 registered, 4 the rate of the two.
        out += [
          .integer(v[1]), RosterRows.rate(Double(v[1]), Double(v[0]), columns: (part: 3, whole: 2)),
          .integer(v[2]),
        ]
      }
      return out + [.integer(v[3]), .integer(v[4]), .integer(v[5])]
    }
    var rows: [Row] = []
    var total = [Int](repeating: 0, count: 6)
    for (c, cluster) in dims.clusters.enumerated() {
      var v = [Int](repeating: 0, count: 6)
      for u in dims.unitsByCluster[c] {
        let nominations = byStatus[u].reduce(0, +)
        v[0] += 1
        v[1] += registrations?.registered[u] == true ? 1 : 0
        v[2] += registrations?.participants[u] ?? 0
        v[3] += nominations > 0 ? 1 : 0
        v[4] += nominations
        v[5] += byStatus[u][NominationStatus.awarded.rawValue]
      }
      for j in 0..<6 { total[j] += v[j] }
      rows.append(Row(.data, [.integer(c + 1), .text(cluster.name)] + cells(v)))
    }
    // The total row adds up the clusters' rows above it (live in the workbook).
    let clusters = [0..<rows.count]
    rows.append(
      Row(
        .total,
        [.empty, .text(definitions.common("total"))] + RosterRows.summed(cells(total), over: clusters)))
    return Table(
      sheetName: def.sheet, title: def.title, subtitles: facts.heading.subtitles(def), columns: columns,
      rows: rows)
  }
}
