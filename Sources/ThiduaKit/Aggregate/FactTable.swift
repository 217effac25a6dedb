import Tabular

/// The fact table of REPORTS.md (`so-lieu.csv`): counts per (unit, award,
/// nominee kind, status at as-of), with the "trong đó" counts of individuals.
///
/// Counting goes into one dense array indexed by (unit, award, kind, status),
/// so a million nominations cost one pass and no hashing; every other count
/// of the reports (T1, T2, T3) is a sum over this table.
public struct FactTable: Sendable {
  /// One cell of the dense array.
  public struct Counts: Sendable, Equatable {
    public var total = 0
    public var women = 0
    public var directWorkers = 0
    public var minorities = 0

    static func += (a: inout Counts, b: Counts) {
      a.total += b.total
      a.women += b.women
      a.directWorkers += b.directWorkers
      a.minorities += b.minorities
    }
  }

  /// One row of `so-lieu.csv`.
  public struct Row: Sendable, Equatable {
    public var unit: Int
    public var award: Int
    public var kind: NomineeKind
    public var status: NominationStatus
    public var counts: Counts
  }

  let awardCount: Int
  static let kinds = NomineeKind.allCases.count
  static let statuses = NominationStatus.allCases.count
  /// Indexed by `slot(unit:award:kind:status:)`.
  private(set) var cells: [Counts]
  public let scope: ReportScope

  public init(scope: ReportScope) {
    self.scope = scope
    awardCount = scope.data.catalogue.count
    cells = [Counts](
      repeating: Counts(), count: scope.data.units.count * awardCount * Self.kinds * Self.statuses)
    let nominations = scope.data.nominations
    for i in scope.counted {
      let n = nominations[i]
      let slot = self.slot(unit: n.unit, award: n.award, kind: n.kind, status: scope.status(of: n))
      cells[slot].total += 1
      if n.kind == .individual {
        if n.gender == .female { cells[slot].women += 1 }
        if n.isDirectWorker { cells[slot].directWorkers += 1 }
        if n.isMinority { cells[slot].minorities += 1 }
      }
    }
  }

  func slot(unit: Int, award: Int, kind: NomineeKind, status: NominationStatus) -> Int {
    ((unit * awardCount + award) * Self.kinds + kind.rawValue) * Self.statuses + status.rawValue
  }

  public func counts(unit: Int, award: Int, kind: NomineeKind, status: NominationStatus) -> Counts {
    cells[slot(unit: unit, award: award, kind: kind, status: status)]
  }

  /// Sum over the statuses given, for one unit, award and kind.
  public func counts(unit: Int, award: Int, kind: NomineeKind, statuses: [NominationStatus]) -> Counts {
    var c = Counts()
    for s in statuses { c += counts(unit: unit, award: award, kind: kind, status: s) }
    return c
  }

  /// Awards that at least one counted nomination uses, in catalogue order.
  public var usedAwards: [Int] {
    var used = [Bool](repeating: false, count: awardCount)
    for i in scope.counted { used[scope.data.nominations[i].award] = true }
    return used.indices.filter { used[$0] }
  }

  /// Whether any counted nomination is for a household (T1 adds its columns then).
  public var hasHouseholds: Bool {
    scope.counted.contains { scope.data.nominations[$0].kind == .household }
  }

  /// The kinds a table shows: households only when the campaign has any (T1, the charts).
  public var shownKinds: [NomineeKind] {
    hasHouseholds ? [.collective, .individual, .household] : [.collective, .individual]
  }

  /// The rows with a count above zero, in the order of REPORTS.md: roster
  /// order of unit, catalogue order, kind, status.
  public var rows: [Row] {
    var out: [Row] = []
    for u in scope.data.roster {
      for a in 0..<awardCount {
        for k in NomineeKind.allCases {
          for s in NominationStatus.allCases {
            let c = counts(unit: u, award: a, kind: k, status: s)
            if c.total > 0 { out.append(Row(unit: u, award: a, kind: k, status: s, counts: c)) }
          }
        }
      }
    }
    return out
  }

  /// `so-lieu.csv` as a table (no letterhead: it is a data file for roll-ups).
  public func table() -> Table {
    let names = [
      "ma_phong_trao", "ma_cum", "ma_don_vi", "ma_hinh_thuc", "doi_tuong", "trang_thai", "so_luong", "nu",
      "lao_dong_truc_tiep", "dan_toc_thieu_so",
    ]
    let columns = names.enumerated().map { i, n in
      Column([n], kind: i < 6 ? .text : .integer, csvName: n)
    }
    let data = scope.data
    let campaignID = Cell.text(scope.campaign.id)
    let rows = self.rows.map { r -> Tabular.Row in
      let unit = data.units[r.unit]
      return Tabular.Row(
        .data,
        [
          campaignID, .text(data.clusters[unit.cluster].id), .text(unit.id),
          .text(data.catalogue[r.award].code),
          .text(r.kind.code), .text(r.status.code), .integer(r.counts.total), .integer(r.counts.women),
          .integer(r.counts.directWorkers), .integer(r.counts.minorities),
        ])
    }
    return Table(sheetName: "Số liệu", title: "", columns: columns, rows: rows)
  }
}
