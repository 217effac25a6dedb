import Core
import Tabular

/// Everything written for one campaign: the CSV files and the workbook, built
/// from one scope. Rendering to bytes is left to `ReportWriter`.
public struct CampaignReport {
  public let scope: ReportScope
  public let warnings: [Diagnostic]
  public let tables: Set<ReportTable>
  public let definitions: ReportDefinitions
  /// The tables asked for, and the chart sheet when a table that brings it (T1, T4) is.
  private let built: [ReportTable: Table]
  private let charts: ChartSheet?

  /// `readWarnings` are the data folder's own warnings (unknown columns…); T6 lists them too.
  /// The campaign's checks run only when a table built from them (T6) is written:
  /// `--tables so-lieu` (a cron job's roll-up, the benchmark's fact table) does not pay
  /// 2.3 s at 1M nominations for findings it does not write; `thidua check` and every run
  /// that writes T6 still do them. Each table is built as its `ReportTable.builder` says.
  public init(
    scope: ReportScope, readWarnings: [Diagnostic], tables: Set<ReportTable>, definitions: ReportDefinitions
  ) {
    self.scope = scope
    self.tables = tables
    self.definitions = definitions
    let chosen = ReportTable.tables(of: .report).filter { tables.contains($0) }
    let runsChecks = chosen.contains { $0.builder?.runsChecks == true }
    // Two independent halves, each single-threaded, on the two cores: the checks, T6 and
    // T7, and everything else — T5's sort first, then the fact table and what is counted
    // from it (T1–T4, the charts). At 1M nominations the checks take 0.6 s and T5's sort
    // 0.6 s; the fact table's side adds only counting, since T3, T4 and the charts read the
    // fact table's activity rather than the nominations.
    // Without the checks the two run one after the other: then T5's sort has both cores to
    // itself (a `concurrentPerform` inside `TwoThreads` runs on one thread).
    func checks() -> ([Diagnostic], [ReportTable: Table]) {
      var built: [ReportTable: Table] = [:]
      for t in chosen {
        if case .besideChecks(let build)? = t.builder { built[t] = build(scope, definitions) }
      }
      guard runsChecks else { return (readWarnings, built) }
      let warnings = readWarnings + CampaignChecks(scope: scope).run()
      Trace.mark("checks done")
      for t in chosen {
        if case .fromChecks(let build)? = t.builder { built[t] = build(scope, warnings, definitions) }
      }
      return (warnings, built)
    }
    func rest() -> ([ReportTable: Table], ChartSheet?) {
      var built: [ReportTable: Table] = [:]
      for t in chosen {
        if case .fromScope(let build)? = t.builder { built[t] = build(scope, definitions) }
      }
      let hasSheets = chosen.contains { $0.workbook == .summary }
      let withCharts = hasSheets && chosen.contains(where: \.bringsCharts)
      let facts = FactTable(scope: scope, withActivity: withCharts || chosen.contains(where: \.needsActivity))
      for t in chosen {
        if case .fromFacts(let build)? = t.builder { built[t] = build(facts, definitions) }
      }
      let charts = withCharts ? ChartsBuilder(facts: facts, definitions: definitions).sheet() : nil
      return (built, charts)
    }
    let (checked, rest) = runsChecks ? TwoThreads.run(checks, rest) : (checks(), rest())
    self.warnings = checked.0
    self.built = rest.0.merging(checked.1) { a, _ in a }
    self.charts = rest.1
    Trace.mark("tables built")
  }

  /// The files in the order they are listed: the summary workbook, the workbooks of
  /// their own, then the CSVs, each in registry order.
  public func files() -> [(name: String, content: OutputContent)] {
    var out: [(String, OutputContent)] = []
    let chosen = ReportTable.allCases.compactMap { t in built[t].map { (t, $0) } }
    var sheets: [WorkbookDocument.Sheet] = chosen.filter { $0.0.workbook == .summary }.map { .table($0.1) }
    if !sheets.isEmpty {
      if let charts { sheets.append(.charts(charts)) }
      out.append(
        (
          ReportTable.Command.report.workbookFile,
          .workbook(document(sheets: sheets, title: definitions.table("T1").title))
        ))
    }
    for (t, table) in chosen {
      if case .own(let file) = t.workbook {
        out.append((file, .workbook(document(sheets: [.table(table)], title: table.title))))
      }
    }
    for (t, table) in chosen { out.append((t.csvFile, .csv(table))) }
    return out
  }

  /// A workbook of `sheets`; `title` (with the campaign's name) is its document title.
  func document(sheets: [WorkbookDocument.Sheet], title: String) -> WorkbookDocument {
    Self.document(
      sheets: sheets, title: title, organisation: scope.data.organisation, heading: scope.heading,
      definitions: definitions)
  }

  /// A workbook of `sheets` with the letterhead, date line and signature of `organisation`
  /// (`to_chuc.toml`), dated as-of; a roll-up's `tong-hop.xlsx` is made the same way.
  static func document(
    sheets: [WorkbookDocument.Sheet], title: String, organisation org: Organisation, heading: ReportHeading,
    definitions: ReportDefinitions
  ) -> WorkbookDocument {
    let date = heading.asOf
    let place = org.place.isEmpty ? definitions.common("blank_place") : org.place
    let dateLine = DateLine.text(definitions.common("date_line"), place: place, date: date)
    let signerLines = org.signerTitle.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    let letterhead = Letterhead(
      issuer: [org.governingBody, org.issuingOffice],
      motto: definitions.common("motto").split(separator: "\n", omittingEmptySubsequences: false).map(
        String.init),
      dateLine: dateLine, preparedBy: [definitions.common("prepared_by"), org.preparedBy],
      signature: signerLines + [org.signer], pageNumber: definitions.common("page_number"))
    return WorkbookDocument(
      sheets: sheets, letterhead: letterhead, documentDate: date,
      documentTitle: "\(title) - \(heading.campaign.name)",
      author: org.issuingOffice, unnamedSheet: definitions.common("unnamed_sheet"))
  }
}
