import Core
import Tabular

/// The files of several campaigns, ready for `ReportWriter`: for each campaign
/// its scope, checks and tables, in a folder of its own. `report` and `run`
/// differ only in the folder name and in `run`'s marker file, so both build
/// their batches here.
struct CampaignBatches {
  private(set) var batches: [ReportWriter.Batch] = []
  /// The campaigns' own warnings (the data folder's were printed when loading).
  private(set) var warnings: [Diagnostic] = []

  /// `folder` names a campaign's folder; two campaigns that end up with the same
  /// name get `-N` after it. `extra` may add files (a job's marker) to a batch.
  init(
    loaded: LoadResult, campaigns: [Int], asOf: CalendarDay, tables: Set<ReportTable>,
    definitions: ReportDefinitions, folder: (ReportScope) -> String,
    extra: (ReportScope, [(name: String, content: OutputContent)]) -> [(
      name: String, content: OutputContent
    )] = {
      _, _ in []
    }
  ) {
    var folders = Set<String>()
    for c in campaigns {
      let scope = ReportScope(data: loaded.dataSet, campaign: c, asOf: asOf)
      let report = CampaignReport(
        scope: scope, readWarnings: loaded.warnings, tables: tables, definitions: definitions)
      warnings += report.warnings.filter { $0.campaignID != nil }
      var name = folder(scope)
      if folders.contains(name) { name += "-\(c + 1)" }
      folders.insert(name)
      let files = report.files()
      batches.append(ReportWriter.Batch(folder: name, files: files + extra(scope, files)))
    }
  }
}
