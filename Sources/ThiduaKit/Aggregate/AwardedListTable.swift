import Foundation
import Tabular

/// T5 — Danh sách khen thưởng: everyone awarded at as-of, grouped by award
/// (catalogue order), then collectives, households, individuals, each group
/// under a heading row, in the official order of REPORTS.md.
public struct AwardedListTable {
  public let scope: ReportScope
  public let definitions: ReportDefinitions

  /// The built-in words of T5 (`reports/tables.toml` [T5] overrides them).
  public static let words = TableDefinition(
    sheet: "Biểu 05 - Danh sách", title: "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
    subtitles: ["{ten_phong_trao}", "(Tính đến ngày {ngay})"],
    labels: [
      "stt": "STT", "name": "Tên tập thể / Họ và tên", "position": "Chức vụ, đơn vị công tác",
      "unit": "Đơn vị đề nghị", "decision_no": "Số quyết định", "decision_date": "Ngày quyết định",
      "achievement": "Tóm tắt thành tích", "reporting_office": "Đơn vị báo cáo",
    ])

  public init(scope: ReportScope, definitions: ReportDefinitions) {
    self.scope = scope
    self.definitions = definitions
  }

  /// One group of the list: an award and a kind, with its nominations in order.
  public struct Group {
    public var award: Int
    public var kind: NomineeKind
    public var nominations: [Int]
  }

  /// The groups in order. Sort keys are computed once per nomination, then
  /// the sort compares keys only (REPORTS.md: individuals by given name, then
  /// the other words; collectives and households by roster order, then name;
  /// ties by roster order of the proposing unit, then `ma_de_nghi`).
  public func groups() -> [Group] {
    let data = scope.data
    let rank = scope.rosterRank
    var buckets: [Int: [Int]] = [:]  // award * 3 + kind → nominations
    // Fields are read in place: `let n = data.nominations[i]` copied (and
    // retained) every string of a nomination, 3 % of a 1M run.
    let all = data.nominations
    for i in scope.counted where scope.status(of: all[i]) == .awarded {
      buckets[all[i].award * 3 + all[i].kind.rawValue, default: []].append(i)
    }
    var tasks: [(award: Int, kind: NomineeKind, members: [Int])] = []
    for a in data.catalogue.indices {
      for k in NomineeKind.listOrder {
        if let members = buckets[a * 3 + k.rawValue] { tasks.append((a, k, members)) }
      }
    }
    // Each group is keyed and sorted on its own, so the groups are shared out to both
    // cores: at 1M nominations ~24 groups took 0.7 s on one core while the other waited
    // (in a T5-only run nothing else is left to do by then).
    var sorted = [[Int]](repeating: [], count: tasks.count)
    sorted.withUnsafeMutableBufferPointer { out in
      DispatchQueue.concurrentPerform(iterations: tasks.count) { t in
        out[t] = Self.sortedGroup(
          tasks[t].members, kind: tasks[t].kind, nominations: all, texts: data.texts, rank: rank)
      }
    }
    return tasks.indices.map { Group(award: tasks[$0].award, kind: tasks[$0].kind, nominations: sorted[$0]) }
  }

  /// One group's nominations in list order: individuals by name (given name first), then
  /// by unit; collectives and households by unit, then name; then by id — but two rows of
  /// one unit's list keep the list's order (its ids are mostly `<campaign>/<unit>/<n>`,
  /// where `/10` would sort before `/2`).
  private static func sortedGroup(
    _ members: [Int], kind k: NomineeKind, nominations all: [Nomination], texts: NominationTexts, rank: [Int]
  )
    -> [Int]
  {
    let keyed = members.map { i -> (key: VietnameseCollationKey, rank: Int, id: String, index: Int) in
      let name = texts.name(of: all[i])
      let key = k == .individual ? VietnameseCollation.personKey(name) : VietnameseCollation.key(name)
      return (key, rank[all[i].unit], all[i].id, i)
    }
    // One three-way comparison of the keys per pair (`!=` then `<` went through them twice).
    let sorted = keyed.sorted { x, y in
      if k == .individual {
        let c = VietnameseCollation.compare(x.key, y.key)
        if c != 0 { return c < 0 }
        if x.rank != y.rank { return x.rank < y.rank }
      } else {
        if x.rank != y.rank { return x.rank < y.rank }
        let c = VietnameseCollation.compare(x.key, y.key)
        if c != 0 { return c < 0 }
      }
      if all[x.index].source != 0 && all[x.index].source == all[y.index].source { return x.index < y.index }
      return x.id.utf8.lexicographicallyPrecedes(y.id.utf8)
    }
    return sorted.map(\.index)
  }

  public func table() -> Table { table(groups: groups()) }

  /// The table of `groups` (from `groups()`, computed beforehand, perhaps on another thread).
  /// Its rows are made when written (`ListLayout`).
  public func table(groups: [Group]) -> Table {
    let def = definitions.table("T5")
    let data = scope.data
    let (nominations, texts, unitNames) = (data.nominations, data.texts, data.units.map(\.name))
    let rows = ListLayout.rows(
      groups.map { ListLayout.Group(award: $0.award, kind: $0.kind, items: $0.nominations) },
      awardNames: data.catalogue.map(\.name), width: Self.columns(def).count
    ) { i, stt in
      let n = nominations[i]
      let shown = texts.listed(of: n)
      return [
        stt, .text(shown.name), .text(shown.position), .text(unitNames[n.unit]), .text(shown.decisionNumber),
        n.decisionDate.map { .date($0) } ?? .empty, .text(shown.achievement),
      ]
    }
    return Table(
      sheetName: def.sheet, title: def.title, subtitles: scope.subtitles(def), columns: Self.columns(def),
      rows: rows)
  }

  /// T5's columns (a roll-up's merged list adds one after them).
  static func columns(_ def: TableDefinition) -> [Column] {
    [
      Column([def.label("stt")], kind: .text, width: 6, isRowNumber: true),
      Column([def.label("name")], kind: .text),
      Column([def.label("position")], kind: .text), Column([def.label("unit")], kind: .text),
      Column([def.label("decision_no")], kind: .text), Column([def.label("decision_date")], kind: .date),
      Column([def.label("achievement")], kind: .longText),
    ]
  }
}
