import Tabular

/// Everything written for one campaign: the CSV files and the workbook, built
/// from one scope. Rendering to bytes is left to `ReportWriter`.
public struct CampaignReport {
  public let scope: ReportScope
  public let warnings: [Diagnostic]
  public let tables: Set<ReportTable>
  public let definitions: ReportDefinitions

  /// `readWarnings` are the data folder's own warnings (unknown columns…); T6 lists them too.
  public init(
    scope: ReportScope, readWarnings: [Diagnostic], tables: Set<ReportTable>, definitions: ReportDefinitions
  ) {
    self.scope = scope
    self.warnings = readWarnings + CampaignChecks(scope: scope).run()
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
      case .t5: built[t] = AwardedListTable(scope: scope, definitions: definitions).table()
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
