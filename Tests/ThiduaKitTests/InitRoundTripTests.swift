import Foundation
import TestSupport
import XCTest

/// `init --xlsx --from`, filled in by the programs clerks use, reads back with no
/// other step (REPORTS.md "How it is run"): openpyxl types the sample's rows into
/// the workbooks (and a unit's list under its headings), LibreOffice opens and
/// saves them again as it writes them, and `report` gives the figures of the CSV
/// folder they were typed from.
final class InitRoundTripTests: XCTestCase {
  private var dir: URL!

  override func setUpWithError() throws {
    guard run("/usr/bin/env", ["python3", "-c", "import openpyxl"]) == 0 else {
      throw XCTSkip("python3 with openpyxl is not installed")
    }
    dir = ScratchSpace.url("init-roundtrip")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  }

  override func tearDown() { if let dir { try? FileManager.default.removeItem(at: dir) } }

  private func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

  private static let filler = Repository.root.appendingPathComponent(
    "Tests/ThiduaKitTests/Fixtures/init/fill_templates.py"
  ).path

  @discardableResult
  private func run(_ tool: String, _ arguments: [String]) -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: tool)
    p.arguments = arguments
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { return -1 }
    p.waitUntilExit()
    return p.terminationStatus
  }

  /// Opens and saves every workbook of `folder` with LibreOffice (headless), in place.
  private func resaveWithLibreOffice(_ files: [String]) throws {
    guard run("/usr/bin/env", ["which", "soffice"]) == 0 else {
      throw XCTSkip("LibreOffice is not installed")
    }
    let out = path("lo-\(UUID().uuidString)")
    let profile = "file://" + path("lo-profile")
    XCTAssertEqual(
      run(
        "/usr/bin/env",
        [
          "soffice", "-env:UserInstallation=\(profile)", "--headless", "--convert-to", "xlsx", "--outdir",
          out,
        ]
          + files), 0)
    for f in files {
      let saved = (out as NSString).appendingPathComponent((f as NSString).lastPathComponent)
      XCTAssertTrue(FileManager.default.fileExists(atPath: saved), saved)
      try FileManager.default.removeItem(atPath: f)
      try FileManager.default.moveItem(atPath: saved, toPath: f)
    }
  }

  /// Every CSV of a report folder; T6 without its last column (the places differ: cells, not lines).
  private func reportCSVs(_ out: String) throws -> [String: String] {
    var files: [String: String] = [:]
    for (rel, data) in snapshot(out) where rel.hasSuffix(".csv") {
      var text = String(decoding: data, as: UTF8.self)
      if rel.hasSuffix("kiem-tra.csv") {
        let csv = try CSVFile(path: (out as NSString).appendingPathComponent(rel))
        text = ([csv.header] + csv.rows).map { $0.dropLast().joined(separator: "|") }.joined(separator: "\n")
      }
      files[rel] = text
    }
    return files
  }

  /// The sample's tables typed into the workbooks of `init --from sample-data`.
  private func filledSample() throws -> String {
    let folder = path("data")
    let made = try runThidua(["init", folder, "--xlsx", "--from", Repository.sampleData])
    XCTAssertEqual(made.status, 0, made.stderr)
    // The units' list templates are not part of this comparison; the sample's own lists
    // (sample-data/de_nghi/NTM2025/) come as they are, beside the workbooks.
    let lists = (folder as NSString).appendingPathComponent("de_nghi")
    try FileManager.default.removeItem(atPath: lists)
    try FileManager.default.copyItem(
      atPath: (Repository.sampleData as NSString).appendingPathComponent("de_nghi"), toPath: lists)
    XCTAssertEqual(run("/usr/bin/env", ["python3", Self.filler, "tables", folder, Repository.sampleData]), 0)
    return folder
  }

  private func assertSameReport(_ folder: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let check = try runThidua(["check", "--data", folder, "--as-of", "2025-10-31"])
    XCTAssertEqual(check.status, 0, check.stderr, file: file, line: line)
    let a = FixtureFolder.temporaryOutput()
    let b = FixtureFolder.temporaryOutput()
    defer {
      try? FileManager.default.removeItem(atPath: a)
      try? FileManager.default.removeItem(atPath: b)
    }
    XCTAssertEqual(
      try runThidua(["report", "--data", folder, "--as-of", "2025-10-31", "--out", a]).status, 0)
    XCTAssertEqual(
      try runThidua(["report", "--data", Repository.sampleData, "--as-of", "2025-10-31", "--out", b]).status,
      0)
    let ours = try reportCSVs(a)
    let expected = try reportCSVs(b)
    XCTAssertEqual(Set(ours.keys), Set(expected.keys), file: file, line: line)
    XCTAssertGreaterThan(expected.count, 10)
    for (name, text) in expected { XCTAssertEqual(ours[name], text, name, file: file, line: line) }
  }

  func testWorkbooksFilledByOpenpyxlGiveTheFiguresOfTheCSVs() throws {
    try assertSameReport(try filledSample())
  }

  func testWorkbooksSavedAgainByLibreOfficeGiveTheSameFigures() throws {
    let folder = try filledSample()
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".xlsx") }
    try resaveWithLibreOffice(files.map { (folder as NSString).appendingPathComponent($0) })
    try assertSameReport(folder)
  }

  /// U3's list of PT1 filled under its headings, award by name; U1's left as sent out.
  private func filledLists(libreOffice: Bool) throws -> String {
    let source = try FixtureFolder()
    defer { try? FileManager.default.removeItem(at: source.url) }
    let folder = path("lists")
    let made = try runThidua(["init", folder, "--xlsx", "--from", source.path])
    XCTAssertEqual(made.status, 0, made.stderr)
    let list = (folder as NSString).appendingPathComponent("de_nghi/PT1/U3.xlsx")
    let rows = """
      {"TẬP THỂ": [{"ten": "Thôn Nà Pàn", "ma_hinh_thuc": "Giấy khen của Chủ tịch UBND huyện",
                    "ngay_de_nghi": "10/02/2025", "thanh_tich": "Thôn văn hóa"}],
       "CÁ NHÂN": [{"ten": "Nông Thị Ánh", "chuc_vu": "Nông dân thôn Nà Pàn", "gioi_tinh": "Nữ",
                    "dan_toc": "Tày", "lao_dong_truc_tiep": "Có",
                    "ma_hinh_thuc": "Giấy khen của Chủ tịch UBND huyện", "ngay_de_nghi": "10/02/2025"},
                   {"ten": "Lê Văn Tám", "gioi_tinh": "Nam", "dan_toc": "Kinh", "lao_dong_truc_tiep": "Không",
                    "ma_hinh_thuc": "Giấy khen của Chủ tịch UBND xã", "ngay_de_nghi": "11/02/2025"}],
       "HỘ GIA ĐÌNH": [{"ten": "Hộ ông Hoàng Văn Ba", "ma_hinh_thuc": "Giấy khen của Chủ tịch UBND xã",
                        "ngay_de_nghi": "11/02/2025"}]}
      """
    let json = path("rows.json")
    try Data(rows.utf8).write(to: URL(fileURLWithPath: json))
    XCTAssertEqual(run("/usr/bin/env", ["python3", Self.filler, "list", list, json]), 0)
    if libreOffice { try resaveWithLibreOffice([list]) }
    return folder
  }

  private func assertListFigures(_ folder: String, file: StaticString = #filePath, line: UInt = #line) throws
  {
    let out = FixtureFolder.temporaryOutput()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let r = try runThidua([
      "report", "--data", folder, "--campaign", "PT1", "--as-of", "2025-06-10", "--out", out,
    ])
    XCTAssertEqual(r.status, 0, r.stderr, file: file, line: line)
    let facts = try CSVFile(path: out + "/PT1/so-lieu.csv")
    XCTAssertEqual(
      facts.rows.map { $0.joined(separator: ",") },
      [
        "PT1,C2,U3,GKH,tap_the,de_nghi,1,0,0,0", "PT1,C2,U3,GKH,ca_nhan,de_nghi,1,1,1,1",
        "PT1,C2,U3,GKX,ca_nhan,de_nghi,1,0,0,0", "PT1,C2,U3,GKX,ho_gia_dinh,de_nghi,1,0,0,0",
      ], file: file, line: line)
    // U1 is registered and its list came back as it was sent out: the reminder names it; U2 is not registered.
    let checks = try CSVFile(path: out + "/PT1/kiem-tra.csv").rows
    let notSent = checks.filter { $0.count > 3 && $0[1] == "Chưa gửi danh sách đề nghị" }.map { $0[3] }
    XCTAssertEqual(notSent, ["U1"], "\(checks)", file: file, line: line)
  }

  func testAUnitsListFilledByOpenpyxlCountsWithNoOtherStep() throws {
    try assertListFigures(try filledLists(libreOffice: false))
  }

  func testAUnitsListSavedAgainByLibreOfficeCountsTheSame() throws {
    try assertListFigures(try filledLists(libreOffice: true))
  }
}
