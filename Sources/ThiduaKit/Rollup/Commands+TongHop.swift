import Core
import Foundation
import Tabular

extension Commands {
  /// `thidua tong-hop` (REPORTS.md "Roll-up"): the level above adds up what its
  /// offices sent. Errors of the roster, the folders or the files received stop
  /// the run (exit 1, nothing written); offices that sent nothing and folders of
  /// unknown campaigns are warnings, on standard error and in `kiem-tra.csv`.
  public static func tongHop(
    data folder: String, from: String, campaigns: [String], asOf: CalendarDay, out: String,
    tables: Set<ReportTable> = Set(ReportTable.tables(of: .rollup)), definitions: ReportDefinitions
  ) -> RunOutcome {
    var outcome = RunOutcome()
    guard
      let built = rollup(
        data: folder, from: from, campaigns: campaigns, asOf: asOf, tables: tables,
        definitions: definitions, into: &outcome, folder: { SafeFileName.make($0.campaign.id) })
    else { return outcome }
    do {
      outcome.stdout = try ReportWriter(outputFolder: out).write(built)
      Trace.mark("renamed")
    } catch {
      outcome.stderr.append("thidua: \(error)")
      outcome.exitCode = 2
    }
    return outcome
  }

  /// The roll-up's batches, one per campaign (the folder named by `folder`), or nil with
  /// the outcome's messages and exit status set. `run` jobs write them with their marker.
  static func rollup(
    data folder: String, from: String, campaigns: [String], asOf: CalendarDay, tables: Set<ReportTable>,
    definitions: ReportDefinitions, into outcome: inout RunOutcome,
    folder name: (ReportHeading) -> String,
    extra: (ReportHeading, [(name: String, content: OutputContent)]) -> [(
      name: String, content: OutputContent
    )] = { _, _ in [] }
  ) -> [ReportWriter.Batch]? {
    Trace.mark("start")
    guard
      let loaded = load(
        folder, into: &outcome, reading: { folder, _ in try DataFolderLoader.loadRoster(folder: folder) })
    else { return nil }
    let roster = loaded.dataSet
    guard let chosen = chooseCampaigns(campaigns, in: roster, into: &outcome) else { return nil }
    let offices = roster.roster.map { roster.units[$0] }
    let received: ReceivedFolders
    do {
      received = try ReceivedFolders(from: from, campaigns: roster.campaigns, offices: offices)
    } catch {
      outcome.stderr.append("thidua: không tìm thấy thư mục báo cáo nhận được: \(from)")
      outcome.exitCode = 2
      return nil
    }
    var errors = received.diagnostics.filter { $0.severity == .error }
    let folderWarnings = received.diagnostics.filter { $0.severity == .warning }
    var reports: [RollupReport] = []
    for c in chosen {
      let report = RollupReport(
        roster: roster, campaign: c, asOf: asOf, folders: received.folders[c], from: from,
        readLists: tables.contains { $0.rollupBuilder?.readsLists == true }, definitions: definitions)
      errors += report.errors
      reports.append(report)
    }
    if !errors.isEmpty {
      outcome.stderr += DiagnosticReport.lines(errors)
      outcome.stderr.append(
        "thidua: các báo cáo nhận được có lỗi (\(DiagnosticReport.summary(errors))), không ghi tệp kết quả nào"
      )
      outcome.exitCode = 1
      return nil
    }
    var batches: [ReportWriter.Batch] = []
    var names = Set<String>()
    var warnings = folderWarnings
    for (c, report) in zip(chosen, reports) {
      warnings += report.notSent
      let files = report.files(
        tables: tables, organisation: roster.organisation,
        warnings: loaded.warnings + folderWarnings + report.notSent)
      var folderName = name(report.heading)
      if names.contains(folderName) { folderName += "-\(c + 1)" }
      names.insert(folderName)
      batches.append(ReportWriter.Batch(folder: folderName, files: files + extra(report.heading, files)))
    }
    outcome.stderr += DiagnosticReport.lines(warnings)
    return batches
  }
}
