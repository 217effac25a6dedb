import Core
import Tabular

/// The fact table of REPORTS.md (`so-lieu.csv`) as a value of its own: its
/// dimensions (clusters, units, awards, kinds, statuses), the counts per
/// (unit, award, nominee kind, status at as-of) with the "trong đó" counts of
/// individuals, and, when counted from nominations, the activity T3, T4 and
/// the charts need (`FactActivity`).
///
/// T1–T4 and the charts are functions of it alone, so they are built the same
/// way from a data set (`init(scope:)`) and from received `so-lieu.csv` files
/// (a roll-up: `init(dimensions:heading:)` then `add`). Counts go into one
/// dense array indexed by (unit position, award, kind, status), so a million
/// nominations cost one pass and no hashing.
public struct FactTable: Sendable {
  /// One cell of the dense array.
  public struct Counts: Sendable, Equatable {
    public var total = 0
    public var women = 0
    public var directWorkers = 0
    public var minorities = 0

    public init(total: Int = 0, women: Int = 0, directWorkers: Int = 0, minorities: Int = 0) {
      self.total = total
      self.women = women
      self.directWorkers = directWorkers
      self.minorities = minorities
    }

    static func += (a: inout Counts, b: Counts) {
      a.total += b.total
      a.women += b.women
      a.directWorkers += b.directWorkers
      a.minorities += b.minorities
    }
  }

  /// One row of `so-lieu.csv`; `unit` is a position in `dimensions.units`.
  public struct Row: Sendable, Equatable {
    public var unit: Int
    public var award: Int
    public var kind: NomineeKind
    public var status: NominationStatus
    public var counts: Counts
  }

  public let dimensions: FactDimensions
  public let heading: ReportHeading
  /// Counted from nominations only (nil for a fact table read from files).
  public let activity: FactActivity?
  static let kinds = NomineeKind.allCases.count
  static let statuses = NominationStatus.allCases.count
  /// Indexed by `slot(unit:award:kind:status:)`.
  private(set) var cells: [Counts]

  /// An empty table over `dimensions`, to be filled with `add` (a roll-up).
  public init(dimensions: FactDimensions, heading: ReportHeading) {
    self.dimensions = dimensions
    self.heading = heading
    self.activity = nil
    cells = [Counts](
      repeating: Counts(),
      count: dimensions.units.count * dimensions.awards.count * Self.kinds * Self.statuses)
  }

  /// Counts `scope`'s nominations. `withActivity` also counts what T3, T4 and
  /// the charts need (a run writing only `so-lieu.csv` skips it).
  public init(scope: ReportScope, withActivity: Bool = true) {
    let data = scope.data
    var position = [Int](repeating: 0, count: data.units.count)
    for (p, u) in data.roster.enumerated() { position[u] = p }
    dimensions = FactDimensions(data: data)
    heading = scope.heading
    let awardCount = data.catalogue.count
    var cells = [Counts](
      repeating: Counts(), count: data.units.count * awardCount * Self.kinds * Self.statuses)
    let nominations = data.nominations
    for i in scope.counted {
      let n = nominations[i]
      let status = scope.status(of: n)
      let slot =
        ((position[n.unit] * awardCount + n.award) * Self.kinds + n.kind.rawValue) * Self.statuses
        + status.rawValue
      cells[slot].total += 1
      if n.kind == .individual {
        if n.gender == .female { cells[slot].women += 1 }
        if n.isDirectWorker { cells[slot].directWorkers += 1 }
        if n.isMinority { cells[slot].minorities += 1 }
      }
    }
    self.cells = cells
    activity = withActivity ? FactActivity(scope: scope, position: position) : nil
  }

  var awardCount: Int { dimensions.awards.count }

  func slot(unit: Int, award: Int, kind: NomineeKind, status: NominationStatus) -> Int {
    ((unit * awardCount + award) * Self.kinds + kind.rawValue) * Self.statuses + status.rawValue
  }

  public func counts(unit: Int, award: Int, kind: NomineeKind, status: NominationStatus) -> Counts {
    cells[slot(unit: unit, award: award, kind: kind, status: status)]
  }

  /// Adds `counts` to a cell: the sums of several units' fact tables are the
  /// fact table of their union (REPORTS.md).
  public mutating func add(
    unit: Int, award: Int, kind: NomineeKind, status: NominationStatus, counts: Counts
  ) {
    cells[slot(unit: unit, award: award, kind: kind, status: status)] += counts
  }

  /// Adds every cell of `other` (same dimensions) into this table.
  public mutating func add(_ other: FactTable) {
    precondition(other.cells.count == cells.count, "fact tables of different dimensions")
    for i in cells.indices { cells[i] += other.cells[i] }
  }

  /// Sum over every award, kind and status of one unit, by status (`[status.rawValue]`).
  public func totalsByStatus(unit: Int) -> [Int] {
    var v = [Int](repeating: 0, count: Self.statuses)
    let start = unit * awardCount * Self.kinds * Self.statuses
    for i in 0..<(awardCount * Self.kinds * Self.statuses) { v[i % Self.statuses] += cells[start + i].total }
    return v
  }

  /// Awards that at least one counted nomination uses, in catalogue order.
  public var usedAwards: [Int] {
    var used = [Bool](repeating: false, count: awardCount)
    for (i, c) in cells.enumerated() where c.total > 0 {
      used[i / (Self.kinds * Self.statuses) % awardCount] = true
    }
    return used.indices.filter { used[$0] }
  }

  /// Whether any counted nomination is for a household (T1 adds its columns then).
  public var hasHouseholds: Bool {
    let household = NomineeKind.household.rawValue
    return cells.indices.contains { cells[$0].total > 0 && $0 / Self.statuses % Self.kinds == household }
  }

  /// The kinds a table shows: households only when the campaign has any (T1, the charts).
  public var shownKinds: [NomineeKind] {
    hasHouseholds ? [.collective, .individual, .household] : [.collective, .individual]
  }

  /// The rows with a count above zero, in the order of REPORTS.md: roster
  /// order of unit, catalogue order, kind, status.
  public var rows: [Row] {
    var out: [Row] = []
    for u in dimensions.units.indices {
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

  /// The columns of `so-lieu.csv`, in order.
  public static let columnNames = [
    "ma_phong_trao", "ma_cum", "ma_don_vi", "ma_hinh_thuc", "doi_tuong", "trang_thai", "so_luong", "nu",
    "lao_dong_truc_tiep", "dan_toc_thieu_so",
  ]

  /// `so-lieu.csv` as a table (no letterhead: it is a data file for roll-ups).
  public func table() -> Table {
    let columns = Self.columnNames.enumerated().map { i, n in
      Column([n], kind: i < 6 ? .text : .integer, csvName: n)
    }
    let dims = dimensions
    let campaignID = Cell.text(heading.campaign.id)
    let rows = self.rows.map { r -> Tabular.Row in
      let unit = dims.units[r.unit]
      return Tabular.Row(
        .data,
        [
          campaignID, .text(dims.clusters[unit.cluster].id), .text(unit.id), .text(dims.awards[r.award].code),
          .text(r.kind.code), .text(r.status.code), .integer(r.counts.total), .integer(r.counts.women),
          .integer(r.counts.directWorkers), .integer(r.counts.minorities),
        ])
    }
    return Table(sheetName: "Số liệu", title: "", columns: columns, rows: rows)
  }
}
