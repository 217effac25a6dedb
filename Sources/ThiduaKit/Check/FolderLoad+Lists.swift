import Core
import Foundation

/// DATA.md "Lists sent by units": `de_nghi/<ma_phong_trao>/<unit>.xlsx|csv` and the receipt
/// register `tiep_nhan.csv` beside them, read after `de_nghi.csv` into the same
/// nominations, so that every rule holds across lists and `de_nghi.csv` together.
extension FolderLoad {
  static let listsFolder = "de_nghi"

  /// One list found on disk.
  struct FoundList {
    var file: String
    var path: String
    var campaign: Int
    var unit: Int
    var isWorkbook: Bool
  }

  mutating func loadLists() {
    let root = (folder as NSString).appendingPathComponent(Self.listsFolder)
    guard Self.isFolder(root) else { return }
    let names = UnitNames(data.units)
    var found: [FoundList] = []
    var receipts: [Int: [Int: Receipt]] = [:]
    for entry in Self.entries(root) {
      let rel = Self.listsFolder + "/" + entry
      let path = (root as NSString).appendingPathComponent(entry)
      guard Self.isFolder(path) else {
        diagnostics.append(
          Diagnostic(
            .warning, .unknownColumn, file: rel,
            "tệp nằm ngoài thư mục phong trào, bị bỏ qua (cần de_nghi/<ma_phong_trao>/<đơn vị>.xlsx hoặc .csv)"
          ))
        continue
      }
      guard let campaign = campaignIndex[entry] else {
        diagnostics.append(
          Diagnostic(
            .error, .unknownReference, file: rel,
            "thư mục danh sách đề nghị của phong trào không tồn tại trong \(fileName(of: Schemas.campaigns)): \"\(entry)\""
          ))
        continue
      }
      data.listFolders.insert(campaign)
      receipts[campaign] = loadReceipts(campaignFolder: rel, names: names)
      var byUnit: [Int: String] = [:]
      for name in Self.entries(path) {
        let file = rel + "/" + name
        let ext = (name as NSString).pathExtension.lowercased()
        let stem = (name as NSString).deletingPathExtension
        if Fold.key(name) == "tiep_nhan_csv" { continue }
        switch ext {
        case "csv", "xlsx": break
        case "xls":
          diagnostics.append(WorkbookError.oldExcel(file))
          continue
        default:
          diagnostics.append(
            Diagnostic(.warning, .unknownColumn, file: file, "không phải danh sách (.xlsx, .csv), bị bỏ qua"))
          continue
        }
        let match = names.match(stem)
        guard case .unit(let unit) = match else {
          diagnostics.append(
            Diagnostic(
              .error, .unknownReference, file: file,
              "tên tệp \"\(stem)\" không phải mã hay tên một đơn vị trong \(fileName(of: Schemas.units)) "
                + "(\(names.hint(for: stem, match)))"))
          continue
        }
        if let other = byUnit[unit] {
          diagnostics.append(
            Diagnostic(
              .error, .duplicateID, file: file,
              "đơn vị \(data.units[unit].id) đã có danh sách \(other) trong phong trào này; gộp làm một tệp"))
          continue
        }
        byUnit[unit] = file
        found.append(
          FoundList(
            file: file, path: (path as NSString).appendingPathComponent(name), campaign: campaign, unit: unit,
            isWorkbook: ext == "xlsx"))
      }
    }
    // Campaigns in file order, units in roster order: the order of the lists' rows after de_nghi.csv's.
    var rosterPosition = [Int](repeating: 0, count: data.units.count)
    for (k, u) in data.roster.enumerated() { rosterPosition[u] = k }
    found.sort { ($0.campaign, rosterPosition[$0.unit]) < ($1.campaign, rosterPosition[$1.unit]) }
    let firstListRow = data.nominations.count
    for list in found {
      guard data.lists.count < Int(UInt16.max) else {
        diagnostics.append(
          Diagnostic(
            .error, .unreadableFile, file: list.file, "quá nhiều danh sách (tối đa \(UInt16.max - 1))"))
        break
      }
      let receipt = receipts[list.campaign]?[list.unit]
      readList(list, receipt: receipt)
    }
    checkListIDs(from: firstListRow)
  }

  /// Reads one list into `data.nominations` (its rows, when it has no error) and `data.lists`.
  mutating func readList(_ list: FoundList, receipt: Receipt?) {
    let schema = Schemas.list.named(list.file)
    let document: CSVDocument
    do {
      guard let doc = try listDocument(list, schema: schema) else { return }
      document = doc
    } catch {
      diagnostics.append(Self.diagnostic(for: error, file: list.file))
      return
    }
    var r = FieldReader(document, schema: schema)
    guard r.isUsable else {
      diagnostics += r.diagnostics
      return
    }
    let campaignFolder = (list.file as NSString).deletingLastPathComponent
    let receiptsFile = data.origin(of: campaignFolder + "/" + Schemas.receipts.file).file
    let context = UnitListRows.Context(
      campaign: list.campaign, campaignID: data.campaigns[list.campaign].id, unit: list.unit,
      unitID: data.units[list.unit].id, received: receipt?.date,
      receiptsFile: receiptsFile, awards: awards, awardSource: awardSource,
      keepText: keepText, source: UInt16(data.lists.count + 1))
    var rows = UnitListRows(context: context)
    rows.read(&r, texts: &data.texts)
    diagnostics += r.diagnostics
    // T6's warnings about the list's rows name their cell in a workbook (`CampaignChecks.located`).
    data.origins[list.file] = TableOrigin(file: list.file, place: document.place, positions: r.position)
    data.lists.append(
      NominationList(
        file: list.file, campaign: list.campaign, unit: list.unit, received: receipt?.date,
        letterNumber: receipt?.letterNumber ?? "", count: rows.nominations.count))
    data.nominations += rows.nominations
  }

  /// A workbook list's header and records, found by `WorkbookReader` (the sheet and header
  /// row naming `ten` and `ma_hinh_thuc`, title, column-number and blank rows skipped,
  /// merged values given to every cell of their range); a row's cell problems in a column
  /// the list reads are errors at their cell, and the row is dropped.
  mutating func workbookDocument(_ list: FoundList, schema: FileSchema) throws -> CSVDocument? {
    var header: CSVRecord?
    var records: [CSVRecord] = []
    var problems: [WorkbookReader.CellProblem] = []
    var place = RecordPlace.cell(sheet: nil)
    // A second pass (merges reaching the data rows) starts again from the header.
    func restart() {
      header = nil
      records = []
      problems = []
    }
    try WorkbookReader.visitTable(path: list.path, file: list.file, schema: schema, restart: restart) { row in
      guard header != nil else {
        header = row.view.record
        place = row.place
        return
      }
      records.append(row.view.record)
      problems += row.problems
    }
    guard let header else { return nil }
    var doc = CSVDocument(
      file: list.file, encoding: .utf8, delimiter: 0, headerLine: header.line, header: header.fields,
      records: records, place: place)
    if !problems.isEmpty {
      var r = FieldReader(doc, schema: schema)
      r.dropRows(with: problems)
      diagnostics += r.diagnostics.filter { $0.severity == .error }
      doc.records = r.document.records
    }
    return doc
  }

  /// The list's header and records: a CSV list's header is the first of its first 30
  /// records that names `ten` and `ma_hinh_thuc` (title rows above it are skipped).
  /// nil (with an error) when there is none.
  mutating func listDocument(_ list: FoundList, schema: FileSchema) throws -> CSVDocument? {
    if list.isWorkbook { return try workbookDocument(list, schema: schema) }
    let whole = try CSVReader.read(path: list.path, file: list.file)
    let rows = [CSVRecord(line: whole.headerLine, fields: whole.header)] + whole.records
    // As a workbook's header row is found: the first of the first 30 rows naming every required column.
    guard !whole.header.isEmpty,
      let h = rows.prefix(30).firstIndex(where: { FieldReader.namesEveryRequired($0.fields, schema: schema) })
    else {
      throw Diagnostic(
        .error, .missingColumn, file: list.file,
        "không thấy dòng tiêu đề của danh sách (trong 30 dòng đầu, một dòng có cột \"Họ và tên\" hoặc \"ten\" "
          + "và cột \"Hình thức khen thưởng\" hoặc \"ma_hinh_thuc\")")
    }
    return CSVDocument(
      file: list.file, encoding: whole.encoding, delimiter: whole.delimiter, headerLine: rows[h].line,
      header: rows[h].fields, records: Array(rows[(h + 1)...]))
  }

  /// `ma_de_nghi` is unique across `de_nghi.csv` and every list: a list's row whose id is
  /// already used (in `de_nghi.csv` or an earlier list) is an error on that row, naming
  /// where the id was first used, and is dropped.
  mutating func checkListIDs(from firstListRow: Int) {
    guard firstListRow < data.nominations.count else { return }
    var firstUse: [String: Int] = [:]
    var drop = Set<Int>()
    for i in firstListRow..<data.nominations.count {
      let id = data.nominations[i].id
      if let first = firstUse[id] {
        duplicate(i, first: first)
        drop.insert(i)
      } else {
        firstUse[id] = i
      }
    }
    // de_nghi.csv's ids against the lists' few: one lookup per row of de_nghi.csv.
    var claimed = Set<Int>()
    for i in 0..<firstListRow {
      guard let later = firstUse[data.nominations[i].id], !claimed.contains(later) else { continue }
      claimed.insert(later)
      duplicate(later, first: i)
      drop.insert(later)
    }
    guard !drop.isEmpty else { return }
    let kept = (firstListRow..<data.nominations.count).filter { !drop.contains($0) }.map {
      data.nominations[$0]
    }
    data.nominations.removeSubrange(firstListRow...)
    data.nominations += kept
  }

  private mutating func duplicate(_ i: Int, first: Int) {
    let n = data.nominations[i]
    let f = data.nominations[first]
    let origin = data.origin(of: data.file(of: n))
    let firstOrigin = data.origin(of: data.file(of: f))
    let firstPlace = firstOrigin.cell(line: f.line, column: "ma_de_nghi").map { "\(firstOrigin.file):\($0)" }
    diagnostics.append(
      Diagnostic(
        .error, .duplicateID, file: origin.file, line: n.line, column: "ma_de_nghi",
        "trùng mã \"\(n.id)\" (đã có ở \(firstPlace ?? "\(firstOrigin.file):\(f.line)"))",
        cell: origin.cell(line: n.line, column: "ma_de_nghi")))
  }

  static func isFolder(_ path: String) -> Bool {
    var isDir: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
  }

  /// A folder's entries in byte order of their names, without hidden files and the lock
  /// files Excel and LibreOffice leave beside an open workbook (`~$…`, `.~lock…`).
  static func entries(_ path: String) -> [String] {
    let all = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return all.filter { !$0.hasPrefix(".") && !$0.hasPrefix("~$") }
      .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
  }
}
