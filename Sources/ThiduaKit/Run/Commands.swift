import Core
import Foundation
import Tabular

/// The commands of REPORTS.md ("How it is run": `report`, `check`, `init`; `tong-hop` in
/// `Commands+TongHop`, `init --xlsx` in `Commands+InitWorkbooks`) as functions from options to a
/// `RunOutcome`. The executable only parses the command line and calls these; `run` is
/// `JobRunner`.
public enum Commands {
  /// `thidua report`. `keepsValuesUntilExit`: leave the written tables to the process's
  /// exit (`ProcessLifetime`); only a one-shot executable may, not a caller that goes on.
  public static func report(
    data folder: String, campaigns: [String], asOf: CalendarDay, out: String,
    tables: Set<ReportTable> = Set(ReportTable.tables(of: .report)), definitions: ReportDefinitions,
    keepsValuesUntilExit: Bool = false
  ) -> RunOutcome {
    var outcome = RunOutcome()
    let progress = ProgressLine()
    defer { progress.finish() }
    progress.set("đang đọc dữ liệu")
    Trace.mark("start")
    let needs = TextNeeds.reporting(campaigns, showsText: tables.contains(where: \.showsTexts))
    guard let loaded = load(folder, into: &outcome, needs: needs) else { return outcome }
    progress.set("đang tổng hợp")
    Trace.mark("loaded")
    let data = loaded.dataSet
    guard let chosen = chooseCampaigns(campaigns, in: data, into: &outcome) else { return outcome }

    let built = CampaignBatches(
      loaded: loaded, campaigns: chosen, asOf: asOf, tables: tables, definitions: definitions,
      folder: { SafeFileName.make($0.campaign.id) })
    let batches = built.batches
    let warnings = built.warnings
    let listing = BackgroundValue { DiagnosticReport.lines(warnings) }
    progress.set("đang ghi tệp")
    var failure: String?
    do {
      outcome.stdout = try ReportWriter(outputFolder: out).write(batches)
      if keepsValuesUntilExit { ProcessLifetime.keep(batches) }
      Trace.mark("renamed")
    } catch {
      failure = "thidua: \(error)"
    }
    outcome.stderr += listing.value
    if let failure {
      outcome.stderr.append(failure)
      outcome.exitCode = 2
    }
    return outcome
  }

  /// `thidua check`: reads and checks everything, writes nothing.
  public static func check(data folder: String, asOf: CalendarDay) -> RunOutcome {
    var outcome = RunOutcome()
    guard let loaded = load(folder, into: &outcome) else { return outcome }
    var warnings: [Diagnostic] = []
    for c in loaded.dataSet.campaigns.indices {
      warnings += CampaignChecks(scope: ReportScope(data: loaded.dataSet, campaign: c, asOf: asOf)).run()
    }
    outcome.stderr += DiagnosticReport.lines(warnings)
    outcome.stderr.append(
      "thidua: đã kiểm tra \(loaded.dataSet.campaigns.count) phong trào, \(loaded.dataSet.units.count) đơn vị, "
        + "\(loaded.dataSet.nominations.count) đề nghị (tính đến \(asOf)): "
        + DiagnosticReport.summary(loaded.diagnostics + warnings))
    return outcome
  }

  /// Loads and prints the folder's own diagnostics; nil (with the exit code set) on errors.
  /// `needs`: the free texts the run shows (see `TextNeeds`); nil keeps all.
  /// `reading`: how the folder is read (the roll-up reads only its roster); the whole data folder by default.
  static func load(
    _ folder: String, into outcome: inout RunOutcome, needs: TextNeeds? = nil,
    reading: (String, TextNeeds?) throws -> LoadResult = { try DataFolderLoader.load(folder: $0, needs: $1) }
  ) -> LoadResult? {
    let loaded: LoadResult
    do {
      loaded = try reading(folder, needs)
    } catch {
      outcome.stderr.append("thidua: \(error)")
      outcome.exitCode = 2
      return nil
    }
    outcome.stderr += DiagnosticReport.lines(loaded.diagnostics)
    if loaded.hasErrors {
      outcome.stderr.append(
        "thidua: dữ liệu có lỗi (\(DiagnosticReport.summary(loaded.diagnostics))), không ghi tệp kết quả nào")
      outcome.exitCode = loaded.hasUnreadableFile ? 2 : 1
      return nil
    }
    return loaded
  }

  /// `thidua init DIR`: an empty data folder, every file with its header row.
  public static func initFolder(_ folder: String, force: Bool = false) -> RunOutcome {
    var outcome = RunOutcome()
    var files: [(String, [UInt8])] = Schemas.all.map { schema in
      let header = schema.columns.filter(\.isTemplateColumn).map(\.name).joined(separator: ",")
      return (schema.file, [0xEF, 0xBB, 0xBF] + Array((header + "\r\n").utf8))
    }
    files.append((Schemas.organisationFile, Array(organisationTOML(Organisation()).utf8)))
    if let refusal = refusal(folder, writing: files.map(\.0), force: force) {
      outcome.stderr.append(refusal)
      outcome.exitCode = 2
      return outcome
    }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      for (name, bytes) in files {
        let path = (folder as NSString).appendingPathComponent(name)
        try ReportWriter.writeBytes(bytes, to: path)
        outcome.stdout.append(path)
      }
    } catch {
      outcome.stderr.append("thidua: \(error)")
      outcome.exitCode = 2
    }
    return outcome
  }
}
