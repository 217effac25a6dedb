import Foundation
import TestSupport
import XCTest

@testable import ThiduaKit

/// `thidua init DIR --xlsx [--from DATA]`: the fill-in workbooks, read back from their XML.
final class InitWorkbooksTests: XCTestCase {
  private var dir: URL!

  override func setUpWithError() throws {
    dir = ScratchSpace.url("init-xlsx")
  }

  override func tearDown() { try? FileManager.default.removeItem(at: dir) }

  private func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

  /// A sheet's drop-downs and checks: the first column letter of each `sqref` → (type, formula1).
  private func validations(_ xml: String) -> [String: (type: String, formula: String)] {
    var out: [String: (String, String)] = [:]
    for piece in xml.components(separatedBy: "<dataValidation ").dropFirst() {
      let attrs = XLSXFile.elements(
        named: "x", in: "<x " + (piece.components(separatedBy: ">").first ?? "") + "/>")
      guard let a = attrs.first, let sqref = a["sqref"] else { continue }
      let formula =
        piece.components(separatedBy: "<formula1>").dropFirst().first?
        .components(separatedBy: "</formula1>").first ?? ""
      out[String(sqref.prefix { $0.isLetter })] = (a["type"] ?? "", formula)
    }
    return out
  }

  /// The values of a list on the DanhMuc sheet, from its reference `'DanhMuc'!$B$2:$B$4`.
  private func listValues(_ x: XLSXFile, _ formula: String) -> [String] {
    let cells = x.cells(sheet: "DanhMuc")
    let parts = formula.replacingOccurrences(of: "$", with: "").components(separatedBy: "!").last ?? ""
    let ends = parts.components(separatedBy: ":").map(XLSXFile.parse)
    guard ends.count == 2 else { return [] }
    let letter = letter(ends[0].column)
    return (ends[0].row...ends[1].row).map { cells["\(letter)\($0)"] ?? "" }
  }

  private func letter(_ c: Int) -> String { String(UnicodeScalar(UInt8(65 + c))) }

  /// The header row's cells, left to right.
  private func headers(_ x: XLSXFile, row: Int) -> [String] {
    let grid = x.grid(sheet: x.sheetNames[0])
    return grid[row - 1].filter { !$0.isEmpty }
  }

  /// Each header, as the loader matches headers, names the schema's column at its place;
  /// required ones (or `marked`), and only they, are marked `(*)`.
  private func assertTheReaderMaps(
    _ header: [String], to schema: FileSchema, marked: Set<String>? = nil, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    let reader = FieldReader(
      CSVDocument(file: "", encoding: .utf8, delimiter: 0, headerLine: 0, header: header, records: []),
      schema: schema)
    XCTAssertTrue(reader.diagnostics.isEmpty, "\(reader.diagnostics)", file: file, line: line)
    for (i, text) in header.enumerated() {
      guard let column = reader.position.first(where: { $0.value == i })?.key,
        let spec = schema.columns.first(where: { $0.name == column })
      else {
        XCTAssertEqual(text, "STT", "\(schema.file): \(text) names no column", file: file, line: line)
        continue
      }
      XCTAssertEqual(
        text.hasSuffix(" (*)"), marked?.contains(column) ?? spec.required, "\(schema.file): \(text)",
        file: file,
        line: line)
    }
  }

  func testEveryTableGetsAWorkbookWithHeadersTheReaderMaps() throws {
    let outcome = Commands.initWorkbooks(dir.path, from: nil)
    XCTAssertEqual(outcome.exitCode, 0, outcome.stderr.joined(separator: "\n"))
    XCTAssertEqual(
      outcome.stdout.map { ($0 as NSString).lastPathComponent },
      Schemas.all.map(TableForms.fileName) + ["to_chuc.toml"])
    for schema in Schemas.all {
      let x = try XLSXFile(path: path(TableForms.fileName(schema)))
      XCTAssertEqual(x.sheetNames.dropFirst(), ["Hướng dẫn", "DanhMuc"])
      let states = XLSXFile.elements(named: "sheet", in: x.text("xl/workbook.xml")).map { $0["state"] }
      XCTAssertEqual(states, [nil, nil, "hidden"], schema.file)
      let header = headers(x, row: 5)
      XCTAssertEqual(header.count, schema.columns.count, schema.file)
      assertTheReaderMaps(header, to: schema)
      XCTAssertTrue(x.cells(sheet: x.sheetNames[0])["A4"]?.contains("ghi từ dòng 6") ?? false, schema.file)
    }
  }

  func testEnumeratedColumnsHaveDropDownsAndDatesAreDates() throws {
    XCTAssertEqual(Commands.initWorkbooks(dir.path, from: nil).exitCode, 0)
    let x = try XLSXFile(path: path("de_nghi.xlsx"))
    let v = validations(x.sheetXML("Đề nghị"))
    let columns = Schemas.nominations.columns.map(\.name)
    func at(_ name: String) -> (type: String, formula: String)? {
      v[letter(columns.firstIndex(of: name)!)]
    }
    XCTAssertEqual(listValues(x, at("doi_tuong")?.formula ?? ""), ["Tập thể", "Cá nhân", "Hộ gia đình"])
    XCTAssertEqual(
      listValues(x, at("trang_thai")?.formula ?? ""),
      ["Đề nghị", "Đang thẩm định", "Đã khen thưởng", "Không đạt"])
    XCTAssertEqual(listValues(x, at("gioi_tinh")?.formula ?? ""), ["Nam", "Nữ"])
    XCTAssertEqual(listValues(x, at("lao_dong_truc_tiep")?.formula ?? ""), ["Có", "Không"])
    XCTAssertEqual(listValues(x, at("ma_hinh_thuc")?.formula ?? ""), AwardForm.builtIn.map(\.code))
    XCTAssertEqual(at("ngay_de_nghi")?.type, "date")
    XCTAssertNotEqual(at("ma_don_vi")?.type, "list", "no id list without --from")
    // Every value offered reads back as the contract's value.
    XCTAssertEqual(CodeLists.kinds.compactMap { NomineeKind(folded: Fold.key($0)) }, NomineeKind.allCases)
    XCTAssertEqual(
      CodeLists.statuses.compactMap { NominationStatus(folded: Fold.key($0)) }, NominationStatus.allCases)
    XCTAssertEqual(CodeLists.genders.compactMap { Gender(folded: Fold.key($0)) }, [.male, .female])
    XCTAssertEqual(CodeLists.yesNo.map(ValueParser.yesNo), [true, false])
    XCTAssertEqual(
      CodeLists.clusterKinds.compactMap { ClusterKind(folded: Fold.key($0)) }, ClusterKind.allCases)
    XCTAssertEqual(CodeLists.awardLevels.compactMap { AwardLevel(folded: Fold.key($0)) }, AwardLevel.allCases)
    // Date and id columns are formatted as dates and text for the whole column.
    let styles = x.text("xl/styles.xml")
    XCTAssertTrue(styles.contains("formatCode=\"dd/mm/yyyy\""), styles)
    XCTAssertTrue(styles.contains("formatCode=\"@\""), styles)
    let cum = try XLSXFile(path: path("cum_khoi.xlsx"))
    let loai = validations(cum.sheetXML(cum.sheetNames[0]))["C"]
    XCTAssertEqual(listValues(cum, loai?.formula ?? ""), ["Cụm", "Khối"])
    let awards = try XLSXFile(path: path("hinh_thuc.xlsx"))
    let cap = validations(awards.sheetXML(awards.sheetNames[0]))["C"]
    XCTAssertEqual(listValues(awards, cap?.formula ?? ""), AwardLevel.allCases.map(\.label))
  }

  func testFromAFolderTheRosterIsFilledInIdsAreOfferedAndEachUnitGetsItsList() throws {
    let loaded = try DataFolderLoader.load(folder: Repository.sampleData)
    let data = loaded.dataSet
    let outcome = Commands.initWorkbooks(dir.path, from: Repository.sampleData)
    XCTAssertEqual(outcome.exitCode, 0, outcome.stderr.joined(separator: "\n"))
    XCTAssertEqual(outcome.stdout.count, 9 + data.campaigns.count * data.units.count)

    let campaigns = try XLSXFile(path: path("phong_trao.xlsx"))
    let grid = campaigns.grid(sheet: "Phong trào")
    XCTAssertEqual(grid[5].first, data.campaigns[0].id)
    XCTAssertEqual(grid[6].first, data.campaigns[1].id)
    XCTAssertEqual(grid[5][5], String(Int(data.campaigns[0].start.excelSerial)), "a date cell, not text")
    // A long name wraps: its row is given the lines it needs.
    let rowSix = XLSXFile.elements(named: "row", in: campaigns.sheetXML("Phong trào")).first {
      $0["r"] == "6"
    }
    XCTAssertGreaterThan(Double(rowSix?["ht"] ?? "0") ?? 0, 3 * 16)
    let units = try XLSXFile(path: path("don_vi.xlsx")).grid(sheet: "Đơn vị")
    XCTAssertEqual(units[5..<(5 + data.units.count)].map(\.first), data.units.map(\.id))
    // Registrations and quotas set the campaigns up: carried over; nominations are to fill in.
    let registrations = try XLSXFile(path: path("dang_ky.xlsx")).grid(sheet: "Đăng ký")
    let registered = try XCTUnwrap(data.registrations)
    XCTAssertEqual(
      registrations[5..<(5 + registered.count)].map { $0[1] }, registered.map { data.units[$0.unit].id })
    XCTAssertEqual(registrations[5][3], String(registered[0].participants ?? -1))
    let quotas = try XLSXFile(path: path("chi_tieu.xlsx")).grid(sheet: "Chỉ tiêu")
    XCTAssertEqual(quotas[5..<(5 + data.quotas.count)].map { $0[2] }, data.quotas.map(\.scopeText))
    XCTAssertLessThanOrEqual(try XLSXFile(path: path("de_nghi.xlsx")).grid(sheet: "Đề nghị").count, 5)

    let nominations = try XLSXFile(path: path("de_nghi.xlsx"))
    let v = validations(nominations.sheetXML("Đề nghị"))
    XCTAssertEqual(listValues(nominations, v["C"]?.formula ?? ""), data.roster.map { data.units[$0].id })
    XCTAssertEqual(listValues(nominations, v["B"]?.formula ?? ""), data.campaigns.map(\.id))

    let campaign = data.campaigns[0]
    let unit = data.units[data.roster[0]]
    let list = try XLSXFile(path: path("de_nghi/\(campaign.id)/\(unit.id).xlsx"))
    let rows = list.grid(sheet: "Danh sách")
    XCTAssertEqual(rows[1].first, campaign.name)
    XCTAssertEqual(rows[2].first, "Đơn vị đề nghị: \(unit.name)")
    XCTAssertEqual(
      rows[6],
      [
        "STT", "Tên tập thể / Họ và tên (*)", "Chức vụ, đơn vị công tác", "Giới tính", "Dân tộc",
        "Lao động trực tiếp", "Hình thức khen thưởng (*)", "Ngày đề nghị (*)", "Tóm tắt thành tích",
      ])
    // The date is marked too: a list with neither it nor a tiep_nhan.csv row cannot be read.
    assertTheReaderMaps(rows[6], to: Schemas.list, marked: ["ten", "ma_hinh_thuc", "ngay_de_nghi"])
    let headings = rows.filter { ["I", "II", "III"].contains($0.first) }.map { $0[1] }
    XCTAssertEqual(headings, ["TẬP THỂ", "CÁ NHÂN", "HỘ GIA ĐÌNH"])
    let lv = validations(list.sheetXML("Danh sách"))
    XCTAssertEqual(listValues(list, lv["G"]?.formula ?? ""), data.catalogue.map(\.name))
    XCTAssertEqual(listValues(list, lv["F"]?.formula ?? ""), ["Có", "Không"])

    // The issuing organisation is carried over.
    var diagnostics: [Diagnostic] = []
    XCTAssertEqual(OrganisationLoader.load(folder: dir.path, diagnostics: &diagnostics), data.organisation)
    XCTAssertEqual(diagnostics.count, 0)
  }

  func testRefusesFilesAlreadyThereAndNeverLeavesACSVBesideItsWorkbook() throws {
    XCTAssertEqual(Commands.initWorkbooks(dir.path, from: nil).exitCode, 0)
    let again = Commands.initWorkbooks(dir.path, from: nil)
    XCTAssertEqual(again.exitCode, 2)
    XCTAssertTrue(again.stderr.joined().contains("--force"), again.stderr.joined())
    let first = try Data(contentsOf: URL(fileURLWithPath: path("de_nghi.xlsx")))
    XCTAssertEqual(Commands.initWorkbooks(dir.path, from: nil, force: true).exitCode, 0)
    XCTAssertEqual(
      try Data(contentsOf: URL(fileURLWithPath: path("de_nghi.xlsx"))), first, "same bytes each run")
    let csv = Commands.initFolder(dir.path, force: true)
    XCTAssertEqual(csv.exitCode, 2)
    XCTAssertTrue(csv.stderr.joined().contains("phong_trao.xlsx"), csv.stderr.joined())
    XCTAssertFalse(FileManager.default.fileExists(atPath: path("phong_trao.csv")))
  }

  func testAnIdThatIsNoFileNameGetsNoListTemplate() throws {
    let source = try FixtureFolder([
      "phong_trao.csv": FixtureFolder.campaigns + "\nPT/3,Đợt ba,,01/01/2025,31/12/2025,"
    ])
    defer { try? FileManager.default.removeItem(at: source.url) }
    let outcome = Commands.initWorkbooks(dir.path, from: source.path)
    XCTAssertEqual(outcome.exitCode, 0, outcome.stderr.joined(separator: "\n"))
    XCTAssertTrue(outcome.stderr.joined().contains("\"PT/3\""), outcome.stderr.joined())
    let folders = try FileManager.default.contentsOfDirectory(atPath: path("de_nghi")).sorted()
    XCTAssertEqual(folders, ["PT1", "PT2"])
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: path("de_nghi/PT1")).sorted(),
      [
        "U1.xlsx", "U2.xlsx", "U3.xlsx",
      ])
  }

  func testTheCommandLineWritesWorkbooksAndFromImpliesXLSX() throws {
    let plain = try runThidua(["init", path("a"), "--xlsx"])
    XCTAssertEqual(plain.status, 0, plain.stderr)
    XCTAssertEqual(plain.stdout.split(separator: "\n").count, Schemas.all.count + 1)
    XCTAssertTrue(FileManager.default.fileExists(atPath: path("a/de_nghi.xlsx")))
    let from = try runThidua(["init", path("b"), "--from", Repository.sampleData])
    XCTAssertEqual(from.status, 0, from.stderr)
    XCTAssertTrue(FileManager.default.fileExists(atPath: path("b/phong_trao.xlsx")))
    XCTAssertFalse(FileManager.default.fileExists(atPath: path("b/phong_trao.csv")))
    XCTAssertTrue(from.stdout.contains("de_nghi/NTM2025/XA-TRILE.xlsx"), from.stdout)
    XCTAssertEqual(try runThidua(["init", path("b"), "--from", Repository.sampleData]).status, 2)
  }

  func testABrokenSourceFolderWritesNothing() throws {
    let outcome = Commands.initWorkbooks(dir.path, from: dir.appendingPathComponent("absent").path)
    XCTAssertEqual(outcome.exitCode, 2)
    XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path))
  }
}
