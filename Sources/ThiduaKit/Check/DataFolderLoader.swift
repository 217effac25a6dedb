import Core
import Foundation

/// Reads and checks a whole data folder (DATA.md): every file, every column,
/// every reference between files. Problems are collected, never thrown, so the
/// user sees all of them at once; only a missing folder throws.
public enum DataFolderLoader {
  /// `needs`: which free texts of `de_nghi.csv` to keep (see `TextNeeds`); nil keeps all.
  public static func load(folder: String, needs: TextNeeds? = nil) throws -> LoadResult {
    try load(folder: folder, needs: needs, settings: .standard)
  }

  /// `chunkSize`: how `de_nghi.csv` is read (`ChunkedCSVReader`); nil reads it whole. Tests
  /// pass a few bytes to cut records, quotes and letters at every place.
  static func load(folder: String, needs: TextNeeds?, chunkSize: Int?) throws -> LoadResult {
    try load(folder: folder, needs: needs, settings: ReadSettings(chunkSize: chunkSize))
  }

  /// `settings`: the sizes the big files are read with (tests change them).
  static func load(folder: String, needs: TextNeeds?, settings: ReadSettings) throws -> LoadResult {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
      throw DataFolderError(path: folder)
    }
    var loader = Loader(folder: folder, needs: needs, settings: settings)
    loader.run()
    return LoadResult(
      dataSet: loader.data, diagnostics: loader.diagnostics,
      nominationsJoinedFromHalves: loader.nominationsJoinedFromHalves,
      nominationsOnFastPath: loader.nominationsOnFastPath)
  }

  /// The level above's folder of a roll-up (REPORTS.md "Roll-up"): campaigns, clusters,
  /// the offices that report to it, the award catalogue and `to_chuc.toml`; no
  /// nominations are needed, and none are read.
  public static func loadRoster(folder: String) throws -> LoadResult {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
      throw DataFolderError(path: folder)
    }
    var loader = Loader(folder: folder, needs: nil, settings: .standard)
    loader.runRoster()
    return LoadResult(dataSet: loader.data, diagnostics: loader.diagnostics)
  }
}

/// The state of one load: the data built so far, the id indexes that later
/// files are checked against, and the diagnostics.
struct Loader {
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
    loadAwards()
    rebuildAwardIndex()
    loadCampaigns()
    loadClusters()
    loadUnits()
    checkClusterLeaders()
    loadRegistrations()
    // tien_do.csv needs only the campaign and unit indexes: it is read while the two
    // halves of de_nghi.csv are joined (one core's work), else after de_nghi.csv.
    let (campaigns, units, folder, chunkSize) = (campaignIndex, unitIndex, folder, chunkSize)
    let readProgress = {
      Self.readProgress(folder: folder, chunkSize: chunkSize, campaigns: campaigns, units: units)
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
    data.organisation = OrganisationLoader.load(folder: folder, diagnostics: &diagnostics)
    data.readWarnings = diagnostics.filter { $0.severity == .warning }
  }

  /// The roster files only (`loadRoster`).
  mutating func runRoster() {
    loadAwards()
    rebuildAwardIndex()
    loadCampaigns()
    loadClusters()
    loadUnits()
    checkClusterLeaders()
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

  /// Remembers where a table read from a workbook came from (`DataSet.origins`), so the
  /// warnings made after loading name its cells.
  mutating func noteOrigin(of schema: FileSchema, _ reader: FieldReader) {
    guard case .cell = reader.document.place else { return }
    data.origins[schema.file] = TableOrigin(
      file: reader.file, place: reader.document.place, positions: reader.position)
  }

  /// Reads one file of the schema record by record through `CSVReader.visit`, for the big
  /// file: no `[String]` per record, and the file's bytes are released on return. The first
  /// record binds the header; `row` gets the others. Returns the reader (its diagnostics
  /// not yet added), or nil when the file is absent or unusable (diagnostics added) — also
  /// when reading failed part-way (an unclosed quote): then `row` may have been called for
  /// the records before, and the caller drops what it built, as `open` never called it.
  ///
  /// With a `chunkSize` a UTF-8 file is read a chunk at a time (`ChunkedCSVReader`); when
  /// that meets anything unusual, `restart` is called — the caller drops what `row` built —
  /// and the file is read whole, which gives every message as it always did.
  ///
  /// `stopAt` (chunked reads only): stop before the first record starting at that byte or
  /// later, and tell `stopped` where that record starts and the parser's state there. A read that
  /// went the whole-file way does not stop (`stopped` is not called).
  static func visit(
    _ schema: FileSchema, folder: String, chunkSize: Int?, diagnostics: inout [Diagnostic],
    stopAt: Int? = nil, stopped: (_ offset: Int, _ state: CSVParser.State) -> Void = { _, _ in },
    restart: () -> Void, _ row: (inout FieldReader, CSVRecordView) -> Void
  ) -> FieldReader? {
    guard let source = TableSource.find(schema, in: folder, diagnostics: &diagnostics) else { return nil }
    guard case .csv(let path, _) = source else {
      return visitWorkbook(source, schema: schema, diagnostics: &diagnostics, restart: restart, row)
    }
    do {
      var reader: FieldReader?
      var usable = true
      // `FieldReader` looks at the header only; the document's encoding is not used.
      func visitor(_ view: CSVRecordView) {
        if reader == nil {
          let header = CSVDocument(
            file: schema.file, encoding: .utf8, delimiter: 0, headerLine: view.line,
            header: view.record.fields, records: [])
          reader = FieldReader(header, schema: schema)
          usable = reader!.isUsable
          return
        }
        if usable { row(&reader!, view) }
      }
      var delimiter: UInt8 = 0
      var encoding = TextEncoding.utf8
      var whole = true
      if let chunkSize {
        switch try ChunkedCSVReader.visit(
          path: path, file: schema.file, chunkSize: chunkSize, stopAt: stopAt, visitor)
        {
        case .read(let e, let d):
          (encoding, delimiter, whole) = (e, d, false)
        case .stopped(let offset, let state, _):
          (delimiter, whole) = (state.delimiter, false)
          stopped(offset, state)
        case .wholeFileNeeded:
          restart()
          reader = nil
          usable = true
        }
      }
      if whole {
        let decoded = try TextDecoder.decode(
          try FileBytes.read(path: path, file: schema.file), file: schema.file)
        encoding = decoded.encoding
        delimiter = try CSVReader.visit(utf8: decoded.utf8, file: schema.file, visitor)
      }
      let r =
        reader
        ?? FieldReader(
          CSVDocument(
            file: schema.file, encoding: encoding, delimiter: delimiter, headerLine: 0, header: [],
            records: []), schema: schema)
      if !r.isUsable {
        diagnostics += r.diagnostics
        return nil
      }
      return r
    } catch {
      diagnostics.append(Self.diagnostic(for: error, file: schema.file))
    }
    return nil
  }

  /// A workbook's rows, through the ordinary row path (`row`); a row with a cell problem
  /// (an error value, a formula without its result) in a column the schema reads gets
  /// that message and is not read further.
  static func visitWorkbook(
    _ source: TableSource, schema: FileSchema, diagnostics: inout [Diagnostic], restart: () -> Void,
    _ visit: (inout FieldReader, CSVRecordView) -> Void
  ) -> FieldReader? {
    guard case .workbook(let path, let file) = source else { return nil }
    var reader: FieldReader?
    var usable = true
    do {
      // A second pass (merged cells reaching the data rows) starts over, as a chunked CSV read does.
      let again = {
        reader = nil
        usable = true
        restart()
      }
      try WorkbookReader.visitTable(path: path, file: file, schema: schema, restart: again) { row in
        if reader == nil {
          let header = CSVDocument(
            file: file, encoding: .utf8, delimiter: 0, headerLine: row.view.line,
            header: row.view.record.fields,
            records: [], place: row.place)
          reader = FieldReader(header, schema: schema)
          usable = reader!.isUsable
          return
        }
        guard usable else { return }
        if !row.problems.isEmpty, reader!.report(row.problems) { return }
        visit(&reader!, row.view)
      }
      guard let r = reader else { return nil }
      if !r.isUsable {
        diagnostics += r.diagnostics
        return nil
      }
      return r
    } catch {
      diagnostics.append(Self.diagnostic(for: error, file: file))
    }
    return nil
  }

  /// A reading failure as a located diagnostic (the reader throws `Diagnostic`s already).
  static func diagnostic(for error: Error, file: String) -> Diagnostic {
    error as? Diagnostic
      ?? Diagnostic(.error, .unreadableFile, file: file, "không đọc được tệp: \(error)")
  }

  /// Records an id's first line; a second use is a duplicate-id error.
  static func claim(
    _ id: String, line: Int, in seen: inout [String: Int], reader: inout FieldReader,
    record: CSVRecord, column: String
  ) -> Bool {
    if let first = seen[id] {
      reader.error(.duplicateID, record, column, "trùng mã \"\(id)\" (đã có ở dòng \(first))")
      return false
    }
    seen[id] = line
    return true
  }

  mutating func loadAwards() {
    guard var r = open(Schemas.awards) else { return }
    var forms: [(form: AwardForm, order: Int?)] = []
    var seen: [String: Int] = [:]
    var levels: [String: AwardLevel?] = [:]
    for rec in r.document.records {
      let code = r.required(rec, "ma_hinh_thuc")
      let name = r.required(rec, "ten_hinh_thuc")
      let level = r.enumeration(
        rec, "cap", labels: "trung ương, tỉnh, huyện, xã, cơ quan", cache: &levels, AwardLevel.init(folded:))
      let orderText = r.text(rec, "thu_tu")
      var order: Int? = nil
      if !orderText.isEmpty {
        order = ValueParser.integer(orderText)
        if order == nil { r.error(.invalidValue, rec, "thu_tu", "số không hợp lệ: \"\(orderText)\"") }
      }
      guard let code, let name, let level else { continue }
      guard Self.claim(code, line: rec.line, in: &seen, reader: &r, record: rec, column: "ma_hinh_thuc")
      else { continue }
      forms.append((AwardForm(code: code, name: name, level: level, order: 0, line: rec.line), order))
    }
    diagnostics += r.diagnostics
    if forms.isEmpty { return }
    // Stable: by thu_tu where given, rows without it after, in file order.
    let sorted = forms.enumerated().sorted { a, b in
      switch (a.element.order, b.element.order) {
      case (let x?, let y?): return x != y ? x < y : a.offset < b.offset
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return a.offset < b.offset
      }
    }
    data.catalogue = sorted.enumerated().map { i, e in
      var f = e.element.form
      f.order = i + 1
      return f
    }
  }

  /// Where an unknown award is said to be missing from.
  var awardSource: String { data.catalogue.first?.line == 0 ? "danh mục mặc định" : Schemas.awards.file }

  mutating func rebuildAwardIndex() {
    awards = AwardLookup(data.catalogue)
  }

  mutating func loadCampaigns() {
    guard var r = open(Schemas.campaigns) else { return }
    var seen: [String: Int] = [:]
    for rec in r.document.records {
      let id = r.required(rec, "ma_phong_trao")
      let name = r.required(rec, "ten_phong_trao")
      let start = r.date(rec, "ngay_bat_dau", required: true)
      let end = r.date(rec, "ngay_ket_thuc", required: true)
      let deadline = r.date(rec, "han_de_nghi", required: false)
      guard let id, let name, let s = start ?? nil, let e = end ?? nil, let deadline else { continue }
      if e < s {
        r.error(
          .invalidValue, rec, "ngay_ket_thuc",
          "ngày kết thúc \(e) trước ngày bắt đầu \(s)")
        continue
      }
      guard Self.claim(id, line: rec.line, in: &seen, reader: &r, record: rec, column: "ma_phong_trao")
      else { continue }
      campaignIndex[id] = data.campaigns.count
      data.campaigns.append(
        Campaign(
          id: id, name: name, theme: r.text(rec, "chu_de"), issuer: r.text(rec, "co_quan_phat_dong"),
          planRef: r.text(rec, "so_ke_hoach"), start: s, end: e, deadline: deadline, line: rec.line))
    }
    diagnostics += r.diagnostics
  }

  mutating func loadClusters() {
    guard var r = open(Schemas.clusters) else { return }
    var seen: [String: Int] = [:]
    var kinds: [String: ClusterKind?] = [:]
    for rec in r.document.records {
      let id = r.required(rec, "ma_cum")
      let name = r.required(rec, "ten_cum")
      let kind = r.enumeration(rec, "loai", labels: "cụm, khối", cache: &kinds) {
        ClusterKind(folded: $0) ?? ($0 == "cluster" ? .cluster : $0 == "block" ? .block : nil)
      }
      guard let id, let name, let kind else { continue }
      guard Self.claim(id, line: rec.line, in: &seen, reader: &r, record: rec, column: "ma_cum")
      else { continue }
      clusterIndex[id] = data.clusters.count
      data.clusters.append(
        Cluster(
          id: id, name: name, kind: kind, leaderUnitID: r.text(rec, "truong_cum"),
          deputyUnitID: r.text(rec, "pho_cum"), line: rec.line))
    }
    diagnostics += r.diagnostics
  }

  mutating func loadUnits() {
    guard var r = open(Schemas.units) else { return }
    var seen: [String: Int] = [:]
    for rec in r.document.records {
      let id = r.required(rec, "ma_don_vi")
      let name = r.required(rec, "ten_don_vi")
      let cluster = r.reference(
        rec, "ma_cum", in: clusterIndex, what: "cụm/khối", sourceFile: Schemas.clusters.file)
      guard let id, let name, let cluster else { continue }
      guard Self.claim(id, line: rec.line, in: &seen, reader: &r, record: rec, column: "ma_don_vi")
      else { continue }
      unitIndex[id] = data.units.count
      data.units.append(
        Unit(
          id: id, name: name, cluster: cluster, type: r.text(rec, "loai_don_vi"), level: r.text(rec, "cap"),
          line: rec.line))
    }
    diagnostics += r.diagnostics
    var byCluster = [[Int]](repeating: [], count: data.clusters.count)
    for (i, u) in data.units.enumerated() { byCluster[u.cluster].append(i) }
    data.roster = byCluster.flatMap { $0 }
  }

  /// `truong_cum` / `pho_cum` must name units that exist.
  mutating func checkClusterLeaders() {
    for c in data.clusters {
      for (column, id) in [("truong_cum", c.leaderUnitID), ("pho_cum", c.deputyUnitID)]
      where !id.isEmpty && unitIndex[id] == nil {
        let origin = data.origin(of: Schemas.clusters.file)
        diagnostics.append(
          Diagnostic(
            .error, .unknownReference, file: origin.file, line: c.line, column: column,
            "đơn vị không tồn tại trong \(data.origin(of: Schemas.units.file).file): \"\(id)\"",
            cell: origin.cell(line: c.line, column: column)))
      }
    }
  }

  mutating func loadRegistrations() {
    guard var r = open(Schemas.registrations) else { return }
    var list: [Registration] = []
    var seen: [String: Int] = [:]
    for rec in r.document.records {
      let campaign = r.reference(
        rec, "ma_phong_trao", in: campaignIndex, what: "phong trào", sourceFile: Schemas.campaigns.file)
      let unit = r.reference(rec, "ma_don_vi", in: unitIndex, what: "đơn vị", sourceFile: Schemas.units.file)
      let date = r.date(rec, "ngay_dang_ky", required: false)
      let people = r.count(rec, "so_nguoi_tham_gia")
      guard let campaign, let unit, let date, let people else { continue }
      let key = "\(campaign)|\(unit)"
      if let first = seen[key] {
        r.error(
          .duplicateID, rec, "ma_don_vi",
          "đơn vị \"\(data.units[unit].id)\" đã đăng ký phong trào \"\(data.campaigns[campaign].id)\" "
            + "ở dòng \(first)")
        continue
      }
      seen[key] = rec.line
      list.append(
        Registration(
          campaign: campaign, unit: unit, date: date, participants: people, pledge: r.text(rec, "noi_dung"),
          line: rec.line))
    }
    diagnostics += r.diagnostics
    data.registrations = list
  }

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
      campaignIndex: campaignIndex, unitIndex: unitIndex, awards: awards,
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

  /// What reading tien_do.csv gives: its rows (nil when the file is missing or
  /// unusable) and its messages, in file order.
  struct ProgressRead {
    var list: [Progress]?
    var diagnostics: [Diagnostic]
    /// Set when the table was read from a workbook.
    var origin: TableOrigin? = nil
  }

  static func readProgress(
    folder: String, chunkSize: Int?, campaigns campaignIndex: [String: Int], units unitIndex: [String: Int]
  ) -> ProgressRead {
    var diagnostics: [Diagnostic] = []
    // `ky` repeats a dozen months over ~100k rows; `ValueParser.month` folds the
    // text with Foundation each time (measured: 11 % of a 100k run), so parse each text once.
    var months: [String: CalendarMonth?] = [:]
    var fast: ProgressFastPath?
    var list: [Progress] = []
    // A chunked read that meets something unusual starts again on the whole file.
    func restart() {
      list = []
      fast = nil
    }
    let reader = Self.visit(
      Schemas.progress, folder: folder, chunkSize: chunkSize, diagnostics: &diagnostics, restart: restart
    ) { r, view in
      if fast == nil {
        fast = ProgressFastPath(reader: r, campaignIndex: campaignIndex, unitIndex: unitIndex)
      }
      if let p = fast!.progress(view) {
        list.append(p)
        return
      }
      // The slow way, field by field, with the messages of DATA.md.
      let rec = view.record
      let campaign = r.reference(
        rec, "ma_phong_trao", in: campaignIndex, what: "phong trào", sourceFile: Schemas.campaigns.file)
      let unit = r.reference(rec, "ma_don_vi", in: unitIndex, what: "đơn vị", sourceFile: Schemas.units.file)
      var month: CalendarMonth? = nil
      if let s = r.required(rec, "ky") {
        if let hit = months[s] {
          month = hit
        } else {
          month = ValueParser.month(s)
          if months.count < 65_536 { months[s] = month }
        }
        if month == nil {
          r.error(.invalidValue, rec, "ky", "tháng không hợp lệ: \"\(s)\" (cần dạng mm/yyyy)")
        }
      }
      let indicator = r.required(rec, "chi_tieu")
      var value: ExactDecimal? = nil
      if let s = r.required(rec, "gia_tri") {
        value = ValueParser.decimal(s)
        if value == nil { r.error(.invalidValue, rec, "gia_tri", "số không hợp lệ: \"\(s)\"") }
      }
      guard let campaign, let unit, let month, let indicator, let value else { return }
      list.append(
        Progress(
          campaign: campaign, unit: unit, month: month, indicator: indicator, value: value, line: rec.line))
    }
    guard let r = reader else { return ProgressRead(list: nil, diagnostics: diagnostics) }
    var origin: TableOrigin? = nil
    if case .cell = r.document.place {
      origin = TableOrigin(file: r.file, place: r.document.place, positions: r.position)
    }
    return ProgressRead(list: list, diagnostics: diagnostics + r.diagnostics, origin: origin)
  }

  mutating func loadQuotas() {
    guard var r = open(Schemas.quotas) else { return }
    for rec in r.document.records {
      let campaign = r.reference(
        rec, "ma_phong_trao", in: campaignIndex, what: "phong trào", sourceFile: Schemas.campaigns.file)
      let award = r.award(rec, "ma_hinh_thuc", in: awards, source: awardSource)
      let scopeText = r.required(rec, "pham_vi")
      var limits: [Int?] = []
      var ok = true
      for column in ["toi_thieu_tap_the", "toi_da_tap_the", "toi_thieu_ca_nhan", "toi_da_ca_nhan"] {
        if let n = r.count(rec, column) { limits.append(n) } else { ok = false }
      }
      guard ok, let campaign, let award, let scopeText else { continue }
      for (lo, hi, column) in [(0, 1, "toi_da_tap_the"), (2, 3, "toi_da_ca_nhan")] {
        if let a = limits[lo], let b = limits[hi], a > b {
          r.error(.invalidValue, rec, column, "tối đa \(b) nhỏ hơn tối thiểu \(a)")
          ok = false
        }
      }
      guard ok else { continue }
      let scope: Quota.Scope
      if scopeText == "*" {
        scope = .all
      } else if let u = unitIndex[scopeText] {
        scope = .unit(u)
      } else {
        scope = .unitType(Fold.key(scopeText))
      }
      data.quotas.append(
        Quota(
          campaign: campaign, award: award, scope: scope, scopeText: scopeText, minCollective: limits[0],
          maxCollective: limits[1], minIndividual: limits[2], maxIndividual: limits[3], line: rec.line))
    }
    diagnostics += r.diagnostics
  }
}
