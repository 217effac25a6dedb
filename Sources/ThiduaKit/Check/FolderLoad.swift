import Core
import Foundation

/// The state of one load: the data built so far, the id indexes that later
/// files are checked against, and the diagnostics.
struct FolderLoad {
  let folder: String
  var data = DataSet()
  var diagnostics: [Diagnostic] = []
  var campaignIndex: [String: Int] = [:]
  var clusterIndex: [String: Int] = [:]
  var unitIndex: [String: Int] = [:]
  var awards = AwardLookup([])
  let needs: TextNeeds?
  let settings: ReadSettings
  var chunkSize: Int? { settings.chunkSize }
  var nominationsJoinedFromHalves = false
  var nominationsOnFastPath = 0

  init(folder: String, needs: TextNeeds?, settings: ReadSettings) {
    self.folder = folder
    self.needs = needs
    self.settings = settings
  }

  mutating func run() {
    loadRosterFiles()
    loadRegistrations()
    // tien_do.csv needs only the campaign and unit indexes: it is read while the two
    // halves of de_nghi.csv are joined (one core's work), else after de_nghi.csv.
    let (campaigns, units, folder, chunkSize) = (campaignIndex, unitIndex, folder, chunkSize)
    let files = (campaigns: fileName(of: Schemas.campaigns), units: fileName(of: Schemas.units))
    let readProgress = {
      Self.readProgress(
        folder: folder, chunkSize: chunkSize, campaigns: campaigns, units: units, files: files)
    }
    var progress: ProgressRead?
    loadNominations { progress = readProgress() }
    Trace.mark("de_nghi.csv read")
    let p = progress ?? readProgress()
    diagnostics += p.diagnostics
    if let list = p.list { data.progress = list }
    if let origin = p.origin { data.origins[Schemas.progress.file] = origin }
    loadLists()
    loadQuotas()
    finish()
  }

  /// The roster files only (`loadRoster`).
  mutating func runRoster() {
    loadRosterFiles()
    finish()
  }

  /// The award catalogue, campaigns, clusters and units: each checked against the ones
  /// before it, so this order is the order of their messages.
  mutating func loadRosterFiles() {
    loadAwards()
    rebuildAwardIndex()
    loadCampaigns()
    loadClusters()
    loadUnits()
    checkClusterLeaders()
  }

  /// `to_chuc.toml`, last, and the warnings kept for the reports.
  mutating func finish() {
    data.organisation = OrganisationLoader.load(folder: folder, diagnostics: &diagnostics)
    data.readWarnings = diagnostics.filter { $0.severity == .warning }
  }

  // MARK: files

  /// Opens one table of the schema (`X.csv` or `X.xlsx`); nil when absent (an error if
  /// required), given twice, or unreadable.
  mutating func open(_ schema: FileSchema) -> FieldReader? {
    guard let source = TableSource.find(schema, in: folder, diagnostics: &diagnostics) else { return nil }
    do {
      let (doc, problems) = try source.document(schema: schema)
      var reader = FieldReader(doc, schema: schema)
      if !reader.isUsable {
        diagnostics += reader.diagnostics
        return nil
      }
      reader.dropRows(with: problems)
      noteOrigin(of: schema, reader)
      return reader
    } catch {
      diagnostics.append(Self.diagnostic(for: error, file: source.file))
    }
    return nil
  }

  /// The name of the file a table was read from, for the messages that send the user to
  /// it: `don_vi.xlsx` when the roster came as a workbook, else the contract's `don_vi.csv`.
  func fileName(of schema: FileSchema) -> String { data.origin(of: schema.file).file }

  /// Remembers where a table read from a workbook came from (`DataSet.origins`), so the
  /// warnings made after loading name its cells.
  mutating func noteOrigin(of schema: FileSchema, _ reader: FieldReader) {
    guard case .cell = reader.document.place else { return }
    data.origins[schema.file] = TableOrigin(
      file: reader.file, place: reader.document.place, positions: reader.position)
  }

  /// A reading failure as a located diagnostic (the reader throws `Diagnostic`s already).
  static func diagnostic(for error: Error, file: String) -> Diagnostic {
    error as? Diagnostic
      ?? Diagnostic(.error, .unreadableFile, file: file, "không đọc được tệp: \(error)")
  }
}
