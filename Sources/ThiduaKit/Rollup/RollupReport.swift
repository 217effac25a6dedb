import Core
import Foundation
import Tabular

/// One campaign of a roll-up (REPORTS.md "Roll-up"): the offices' received
/// `so-lieu.csv` files added up under the upper roster, their lists merged,
/// who has sent and who has not; then the files of `<out>/<ma_phong_trao>/`.
struct RollupReport {
  let heading: ReportHeading
  let definitions: ReportDefinitions
  private(set) var facts: FactTable
  /// Per office: did it send its `so-lieu.csv`?
  private(set) var sent: [Bool]
  /// Per office: its list, when it sent one (and T5 is written).
  private(set) var lists: [ReceivedList?]
  /// Errors of the files received, by office in roster order, then file order.
  private(set) var errors: [Diagnostic] = []
  /// "Chưa gửi báo cáo", one per office in roster order.
  private(set) var notSent: [Diagnostic] = []

  /// `folders[p]`: the folder received from office `p`, if any.
  init(
    roster: DataSet, campaign: Int, asOf: CalendarDay, folders: [String?], from: String, readLists: Bool,
    definitions: ReportDefinitions
  ) {
    let dimensions = FactDimensions(data: roster)
    let heading = ReportHeading(
      campaign: roster.campaigns[campaign], asOf: asOf, place: roster.organisation.place)
    self.heading = heading
    self.definitions = definitions
    let offices = dimensions.units
    let fm = FileManager.default
    let received = folders.indices.filter { p in
      folders[p].map { fm.fileExists(atPath: ($0 as NSString).appendingPathComponent("so-lieu.csv")) }
        ?? false
    }
    sent = offices.indices.map { _ in false }
    for p in received { sent[p] = true }
    // The offices' files are read on both cores, each half into a fact table of its own,
    // added up after: each file's rows and messages are the same wherever it is read.
    let halves = [Array(received[..<(received.count / 2)]), Array(received[(received.count / 2)...])]
    var results = [Lane?](repeating: nil, count: 2)
    let listReader = ListFileReader(catalogue: dimensions.awards, definitions: definitions)
    results.withUnsafeMutableBufferPointer { out in
      DispatchQueue.concurrentPerform(iterations: 2) { h in
        var lane = Lane(facts: FactTable(dimensions: dimensions, heading: heading))
        var reader = FactFileReader(dimensions: dimensions)
        for p in halves[h] {
          let folder = folders[p]!
          let facts = (folder as NSString).appendingPathComponent("so-lieu.csv")
          var errors = reader.add(path: facts, file: facts, unit: .office(p), into: &lane.facts)
          let list = (folder as NSString).appendingPathComponent("danh-sach.csv")
          if readLists && FileManager.default.fileExists(atPath: list) {
            let (entries, listErrors) = listReader.read(path: list, file: list)
            errors += listErrors
            lane.lists.append((p, entries))
          }
          lane.errors += errors
        }
        out[h] = lane
      }
    }
    var facts = results[0]!.facts
    facts.add(results[1]!.facts)
    self.facts = facts
    lists = offices.indices.map { _ in nil }
    for lane in results {
      errors += lane!.errors
      for (p, list) in lane!.lists { lists[p] = list }
    }
    Trace.mark("received files read")
    for (p, office) in offices.enumerated() where !sent[p] {
      let folder =
        folders[p]
        ?? ((from as NSString).appendingPathComponent(SafeFileName.make(heading.campaign.id)) as NSString)
        .appendingPathComponent(office.id)
      let why = folders[p] == nil ? "" : " (thư mục đã có nhưng chưa có so-lieu.csv)"
      notSent.append(
        Diagnostic(
          .warning, .reportNotSent, file: folder, "Chưa gửi báo cáo: \(office.name)\(why)",
          campaignID: heading.campaign.id, unitID: office.id))
    }
  }

  /// What one half of the offices gave.
  private struct Lane {
    var facts: FactTable
    var lists: [(Int, ReceivedList)] = []
    var errors: [Diagnostic] = []
  }

  /// The files chosen, the workbook first; `warnings` are T6's rows. Each table is built
  /// as its `ReportTable.rollupBuilder` says, in registry order.
  func files(tables: Set<ReportTable>, organisation: Organisation, warnings: [Diagnostic]) -> [(
    name: String, content: OutputContent
  )] {
    let chosen = ReportTable.tables(of: .rollup).filter { tables.contains($0) }
    var built: [ReportTable: Table] = [:]
    for t in chosen {
      switch t.rollupBuilder {
      case .fromFacts:
        guard case .fromFacts(let build) = t.builder else {
          preconditionFailure("\(t): a roll-up table from the fact table needs the report's builder from it")
        }
        built[t] = build(facts, definitions)
      case .fromLists(let build): built[t] = build(self)
      case .fromRollup(let build): built[t] = build(self, warnings)
      case nil: continue
      }
    }
    Trace.mark("tables built")
    var out: [(name: String, content: OutputContent)] = []
    let sheets = chosen.filter { $0.workbook == .summary }.compactMap { built[$0] }.map {
      WorkbookDocument.Sheet.table($0)
    }
    if !sheets.isEmpty {
      out.append(
        (
          ReportTable.Command.rollup.workbookFile,
          .workbook(
            CampaignReport.document(
              sheets: sheets, title: definitions.table("T1").title, organisation: organisation,
              heading: heading, definitions: definitions))
        ))
    }
    for t in chosen {
      if let table = built[t] { out.append((t.csvFile, .csv(table))) }
    }
    return out
  }
}
