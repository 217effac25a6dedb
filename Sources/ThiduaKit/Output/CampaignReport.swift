import Tabular

/// Everything written for one campaign: the CSV files and the workbook, built
/// from one scope. Rendering to bytes is left to `ReportWriter`.
public struct CampaignReport {
  public let scope: ReportScope
  public let warnings: [Diagnostic]
  public let tables: Set<ReportTable>
  public let definitions: ReportDefinitions
  /// The tables asked for, and the chart sheet when T1 or T4 is.
  private let built: [ReportTable: Table]
  private let charts: ChartSheet?

  /// `readWarnings` are the data folder's own warnings (unknown columns…); T6 lists them too.
  /// The campaign's checks run only when T6 is written: `--tables so-lieu` (a cron job's
  /// roll-up, the benchmark's fact table) does not pay 2.3 s at 1M nominations for
  /// findings it does not write; `thidua check` and every run that writes T6 still do them.
  public init(
    scope: ReportScope, readWarnings: [Diagnostic], tables: Set<ReportTable>, definitions: ReportDefinitions
  ) {
    self.scope = scope
    self.tables = tables
    self.definitions = definitions
    // Two independent halves, each single-threaded, on the two cores: the checks and T6,
    // and everything else — T5's sort first, then the fact table and T1–T4 and the
    // charts, all functions of it. At 1M nominations the checks take 0.6 s and T5's
    // sort 0.6 s. Without T6 the two run one after the other: then T5's sort has both
    // cores to itself (a `concurrentPerform` inside `BothAtOnce` runs on one thread).
    func checks() -> ([Diagnostic], Table?) {
      guard tables.contains(.t6) else { return (readWarnings, nil) }
      let warnings = readWarnings + CampaignChecks(scope: scope).run()
      Trace.mark("checks done")
      return (warnings, ChecksTable(scope: scope, warnings: warnings, definitions: definitions).table())
    }
    func rest() -> ([ReportTable: Table], ChartSheet?) {
      var built: [ReportTable: Table] = [:]
      if tables.contains(.t5) {
        let list = AwardedListTable(scope: scope, definitions: definitions)
        built[.t5] = list.table(groups: list.groups())
        Trace.mark("T5 sorted and built")
      }
      let hasSheets = tables.contains { $0 != .facts }
      let withCharts = hasSheets && (tables.contains(.t1) || tables.contains(.t4))
      let facts = FactTable(
        scope: scope, withActivity: withCharts || tables.contains(.t3) || tables.contains(.t4))
      for t in ReportTable.allCases where tables.contains(t) {
        switch t {
        case .facts: built[t] = facts.table()
        case .t1: built[t] = AwardsSummaryTable(facts: facts, definitions: definitions).table()
        case .t2: built[t] = NominationStatusTable(facts: facts, definitions: definitions).table()
        case .t3: built[t] = ParticipationTable(facts: facts, definitions: definitions).table()
        case .t4: built[t] = MonthlyProgressTable(facts: facts, definitions: definitions).table()
        case .t5, .t6: continue
        }
      }
      let charts = withCharts ? ChartsBuilder(facts: facts, definitions: definitions).sheet() : nil
      return (built, charts)
    }
    let (checked, rest) = tables.contains(.t6) ? BothAtOnce.run(checks, rest) : (checks(), rest())
    self.warnings = checked.0
    var built = rest.0
    built[.t6] = checked.1
    self.built = built
    self.charts = rest.1
    Trace.mark("tables built")
  }

  /// The files in the order they are listed: the workbook, then the CSVs.
  public func files() -> [(name: String, content: OutputContent)] {
    var out: [(String, OutputContent)] = []
    var sheets: [WorkbookDocument.Sheet] = []
    for t in ReportTable.allCases where t != .facts {
      if let table = built[t] { sheets.append(.table(table)) }
    }
    if !sheets.isEmpty {
      if let charts { sheets.append(.charts(charts)) }
      out.append((ReportTable.workbookFile, .workbook(document(sheets: sheets))))
    }
    for t in ReportTable.allCases {
      if let table = built[t] { out.append((t.csvFile, .csv(table))) }
    }
    return out
  }

  func document(sheets: [WorkbookDocument.Sheet]) -> WorkbookDocument {
    Self.document(
      sheets: sheets, organisation: scope.data.organisation, heading: scope.heading, definitions: definitions)
  }

  /// A workbook of `sheets` with the letterhead, date line and signature of `organisation`
  /// (`to_chuc.toml`), dated as-of; a roll-up's `tong-hop.xlsx` is made the same way.
  static func document(
    sheets: [WorkbookDocument.Sheet], organisation org: Organisation, heading: ReportHeading,
    definitions: ReportDefinitions
  ) -> WorkbookDocument {
    let date = heading.asOf
    let place = org.place.isEmpty ? definitions.common("blank_place") : org.place
    let dateLine = Template.fill(
      definitions.common("date_line"),
      [
        "dia_danh": place, "d": CalendarDay.pad2(date.day), "m": CalendarDay.pad2(date.month),
        "y": String(date.year),
      ])
    let signerLines = org.signerTitle.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    let letterhead = Letterhead(
      issuer: [org.governingBody, org.issuingOffice], dateLine: dateLine,
      preparedBy: [definitions.common("prepared_by"), org.preparedBy],
      signature: signerLines + [org.signer])
    return WorkbookDocument(
      sheets: sheets, letterhead: letterhead, documentDate: date,
      documentTitle: "\(definitions.table("T1").title) - \(heading.campaign.name)",
      author: org.issuingOffice)
  }
}

/// What one output file holds, before rendering.
public enum OutputContent {
  case csv(Table)
  case workbook(WorkbookDocument)
  /// Bytes written as they are (the `.thidua-job` marker of unattended runs).
  case bytes([UInt8])
}
