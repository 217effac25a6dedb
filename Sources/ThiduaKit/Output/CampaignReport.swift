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
    let chosen = ReportTable.allCases.filter { tables.contains($0) }
    let runsChecks = chosen.contains { $0.builder.runsChecks }
    // Two independent halves, each single-threaded, on the two cores: the checks, T6 and
    // T4, and everything else — T5's sort first, then the fact table, T1–T3 and the
    // charts, which used to wait for the checks. At 1M nominations the checks take 0.6 s
    // and T5's sort 0.6 s; T4 (0.05 s, from tien_do.csv alone) is on the checks' side,
    // where a core otherwise waited for the fact table and T1–T3 (0.08 s).
    // Without the checks the two run one after the other: then T5's sort has both cores to
    // itself (a `concurrentPerform` inside `BothAtOnce` runs on one thread).
    func checks() -> ([Diagnostic], [ReportTable: Table]) {
      var built: [ReportTable: Table] = [:]
      for t in chosen {
        if case .besideChecks(let build) = t.builder { built[t] = build(scope, definitions) }
      }
      guard runsChecks else { return (readWarnings, built) }
      let warnings = readWarnings + CampaignChecks(scope: scope).run()
      Trace.mark("checks done")
      for t in chosen {
        if case .fromChecks(let build) = t.builder { built[t] = build(scope, warnings, definitions) }
      }
      return (warnings, built)
    }
    func rest() -> ([ReportTable: Table], ChartSheet?) {
      var built: [ReportTable: Table] = [:]
      for t in chosen {
        if case .fromScope(let build) = t.builder { built[t] = build(scope, definitions) }
      }
      let facts = FactTable(scope: scope)
      for t in chosen {
        if case .fromFacts(let build) = t.builder { built[t] = build(facts, definitions) }
      }
      let hasSheets = chosen.contains { $0.workbook == .summary }
      let charts =
        hasSheets && chosen.contains(where: \.bringsCharts)
        ? ChartsBuilder(facts: facts, definitions: definitions).sheet() : nil
      return (built, charts)
    }
    let (checked, rest) = runsChecks ? BothAtOnce.run(checks, rest) : (checks(), rest())
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
        (ReportTable.workbookFile, .workbook(document(sheets: sheets, title: definitions.table("T1").title))))
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
    let org = scope.data.organisation
    let date = scope.asOf
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
      documentTitle: "\(title) - \(scope.campaign.name)",
      author: org.issuingOffice, unnamedSheet: definitions.common("unnamed_sheet"))
  }
}

/// What one output file holds, before rendering.
public enum OutputContent {
  case csv(Table)
  case workbook(WorkbookDocument)
  /// Bytes written as they are (the `.thidua-job` marker of unattended runs).
  case bytes([UInt8])
}
