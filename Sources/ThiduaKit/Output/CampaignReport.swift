import Tabular

/// Everything written for one campaign: the CSV files and the workbook, built
/// from one scope. Rendering to bytes is left to `ReportWriter`.
public struct CampaignReport {
  public let scope: ReportScope
  public let warnings: [Diagnostic]
  public let tables: Set<ReportTable>
  public let definitions: ReportDefinitions
  /// T5's groups, sorted while the checks run (nil when T5 is not asked for).
  private let awardedGroups: [AwardedListTable.Group]?

  /// `readWarnings` are the data folder's own warnings (unknown columns…); T6 lists them too.
  /// The campaign's checks run only when T6 is written: `--tables so-lieu` (a cron job's
  /// roll-up, the benchmark's fact table) does not pay 2.3 s at 1M nominations for
  /// findings it does not write; `thidua check` and every run that writes T6 still do them.
  public init(
    scope: ReportScope, readWarnings: [Diagnostic], tables: Set<ReportTable>, definitions: ReportDefinitions
  ) {
    self.scope = scope
    // The checks (2.3 s at 1M nominations) and T5's sort (2.5 s) are
    // independent and each single-threaded: run them on the two cores.
    let (checks, groups) = BothAtOnce.run(
      { tables.contains(.t6) ? CampaignChecks(scope: scope).run() : [] },
      { tables.contains(.t5) ? AwardedListTable(scope: scope, definitions: definitions).groups() : nil })
    Trace.mark("checks and T5 sort")
    self.warnings = readWarnings + checks
    self.awardedGroups = groups
    self.tables = tables
    self.definitions = definitions
  }

  /// The files in the order they are listed: the workbook, then the CSVs.
  public func files() -> [(name: String, content: OutputContent)] {
    let facts = FactTable(scope: scope)
    var built: [ReportTable: Table] = [:]
    for t in ReportTable.allCases where tables.contains(t) {
      switch t {
      case .facts: built[t] = facts.table()
      case .t1: built[t] = AwardsSummaryTable(facts: facts, definitions: definitions).table()
      case .t2: built[t] = NominationStatusTable(facts: facts, definitions: definitions).table()
      case .t3: built[t] = ParticipationTable(facts: facts, definitions: definitions).table()
      case .t4: built[t] = MonthlyProgressTable(scope: scope, definitions: definitions).table()
      case .t5:
        let list = AwardedListTable(scope: scope, definitions: definitions)
        built[t] = list.table(groups: awardedGroups ?? list.groups())
      case .t6: built[t] = ChecksTable(scope: scope, warnings: warnings, definitions: definitions).table()
      }
    }
    var out: [(String, OutputContent)] = []
    var sheets: [WorkbookDocument.Sheet] = []
    for t in ReportTable.allCases where t != .facts {
      if let table = built[t] { sheets.append(.table(table)) }
    }
    if !sheets.isEmpty {
      if tables.contains(.t1) || tables.contains(.t4) {
        sheets.append(.charts(ChartsBuilder(facts: facts, definitions: definitions).sheet()))
      }
      out.append((ReportTable.workbookFile, .workbook(document(sheets: sheets))))
    }
    for t in ReportTable.allCases {
      if let table = built[t] { out.append((t.csvFile, .csv(table))) }
    }
    return out
  }

  func document(sheets: [WorkbookDocument.Sheet]) -> WorkbookDocument {
    let org = scope.data.organisation
    let date = scope.asOf
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
      documentTitle: "\(definitions.table("T1").title) - \(scope.campaign.name)",
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
