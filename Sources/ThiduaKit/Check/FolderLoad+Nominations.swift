/// `de_nghi.csv`: the nominations, read in two halves on two cores when it is a large CSV file.
extension FolderLoad {
  /// Per campaign index: are its nominations' texts kept (`TextNeeds`)? nil keeps all.
  var keepText: [Bool]? {
    if let needs, !needs.showsText { return Array(repeating: false, count: data.campaigns.count) }
    if let wanted = needs?.campaigns { return data.campaigns.map { wanted.contains($0.id) } }
    if needs != nil { return Array(repeating: true, count: data.campaigns.count) }
    return nil
  }

  /// `alongside` runs on the other core while the two halves are joined, or not at
  /// all when the file is read on one core.
  mutating func loadNominations(alongside: () -> Void) {
    var context = NominationRows.Context(
      campaignIndex: campaignIndex, unitIndex: unitIndex, campaignsFile: fileName(of: Schemas.campaigns),
      unitsFile: fileName(of: Schemas.units), awards: awards,
      awardSource: awardSource,
      keepText: keepText, segmentSize: settings.segmentSize)
    context.usesFastPath = settings.fastPath
    guard let source = TableSource.find(Schemas.nominations, in: folder, diagnostics: &diagnostics) else {
      return
    }
    if !source.isWorkbook,
      let halves = NominationHalves.read(
        folder: folder, context: context, settings: settings, alongsideJoin: alongside)
    {
      data.nominations = halves.nominations
      data.texts = halves.texts
      diagnostics += halves.diagnostics
      nominationsJoinedFromHalves = halves.joined
      nominationsOnFastPath = halves.fastRows
      return
    }
    var rows = NominationRows(context: context)
    func restart() { rows = NominationRows(context: context) }
    let reader = Self.visit(
      Schemas.nominations, folder: folder, chunkSize: chunkSize, diagnostics: &diagnostics, restart: restart
    ) { r, view in rows.add(&r, view) }
    guard let r = reader else { return }
    nominationsOnFastPath = rows.fastRows
    (data.nominations, data.texts) = rows.take()
    diagnostics += r.diagnostics
    noteOrigin(of: Schemas.nominations, r)
  }
}
