import Foundation
import Tabular

/// A roll-up's `danh-sach.csv`: every office's list merged in T5's order
/// (REPORTS.md "Roll-up"), where the proposing unit is the office, in the
/// upper roster's order: collectives and households by office, then name;
/// individuals by name (given name first), then office. Names equal after
/// collation keep the office's own order. The last column, Đơn vị báo cáo,
/// names the office; Đơn vị đề nghị keeps what the office's list says.
struct MergedListTable {
  let dimensions: FactDimensions
  let heading: ReportHeading
  let definitions: ReportDefinitions
  /// Per office (position in `dimensions.units`), its list, when it sent one.
  let lists: [ReceivedList?]

  func table() -> Table {
    let def = definitions.table("T5")
    // Every entry once, in office order then each list's own order: an entry's index
    // is the last key of the sort, which keeps equal names in that order.
    var entries: [ReceivedList.Entry] = []
    var office: [Int32] = []
    for (p, list) in lists.enumerated() {
      guard let list else { continue }
      entries += list.entries
      office += [Int32](repeating: Int32(p), count: list.entries.count)
    }
    var buckets: [Int: [Int]] = [:]  // award * 3 + kind → entries
    for (i, e) in entries.enumerated() { buckets[e.award * 3 + e.kind.rawValue, default: []].append(i) }
    var tasks: [ListLayout.Group] = []
    for a in dimensions.awards.indices {
      for k in NomineeKind.listOrder {
        if let members = buckets[a * 3 + k.rawValue] {
          tasks.append(ListLayout.Group(award: a, kind: k, items: members))
        }
      }
    }
    var sorted = [[Int]](repeating: [], count: tasks.count)
    sorted.withUnsafeMutableBufferPointer { out in
      DispatchQueue.concurrentPerform(iterations: tasks.count) { t in
        out[t] = Self.sortedGroup(tasks[t].items, kind: tasks[t].kind, entries: entries, office: office)
      }
    }
    for t in tasks.indices { tasks[t].items = sorted[t] }
    let columns =
      AwardedListTable.columns(def) + [Column([def.label("reporting_office")], kind: .text)]
    let officeNames = dimensions.units.map(\.name)
    let rows = ListLayout.rows(tasks, awardNames: dimensions.awards.map(\.name), width: columns.count) {
      [entries, office] i, stt in
      let e = entries[i]
      return [
        stt, .text(e.name), .text(e.position), .text(e.unit), .text(e.decisionNumber),
        e.decisionDate.map { .date($0) } ?? .empty, .text(e.achievement), .text(officeNames[Int(office[i])]),
      ]
    }
    return Table(
      sheetName: def.sheet, title: def.title, subtitles: heading.subtitles(def), columns: columns, rows: rows)
  }

  /// One group's entries in list order (keys computed once per entry).
  private static func sortedGroup(
    _ members: [Int], kind k: NomineeKind, entries: [ReceivedList.Entry], office: [Int32]
  ) -> [Int] {
    let keyed = members.map { i -> (key: VietnameseCollationKey, office: Int32, index: Int) in
      let name = entries[i].name
      return (
        k == .individual ? VietnameseCollation.personKey(name) : VietnameseCollation.key(name), office[i], i
      )
    }
    let sorted = keyed.sorted { x, y in
      if k == .individual {
        let c = VietnameseCollation.compare(x.key, y.key)
        if c != 0 { return c < 0 }
        if x.office != y.office { return x.office < y.office }
      } else {
        if x.office != y.office { return x.office < y.office }
        let c = VietnameseCollation.compare(x.key, y.key)
        if c != 0 { return c < 0 }
      }
      return x.index < y.index
    }
    return sorted.map(\.index)
  }
}
