import Foundation
import Tabular
import TestSupport
import ThiduaKit
import XCTest

/// reports/tables.toml is the standard form, and editing it changes the
/// workbook with no rebuild.
final class ReportDefinitionsTests: XCTestCase {
  func testShippedDefinitionsAreTheBuiltInForm() throws {
    XCTAssertEqual(try ReportDefinitions.load(path: Repository.reports), ReportDefinitions.builtIn)
  }

  func testEditedTitleAndBreakdownsChangeTheWorkbook() throws {
    let dir = FixtureFolder.temporaryOutput()
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let path = "\(dir)/tables.toml"
    try """
    [T1]
    title = "BIỂU TỔNG HỢP KHEN THƯỞNG CỦA TỈNH"
    sheet = "Khen thưởng"
    breakdowns = ["nu"]
    [T1.labels]
    unit = "Tên đơn vị"
    """.write(toFile: path, atomically: true, encoding: .utf8)
    let out = FixtureFolder.temporaryOutput()
    let r = try runThidua([
      "report", "--data", try FixtureFolder().path, "--campaign", "PT1", "--as-of", "2025-10-31", "--out",
      out,
      "--reports", path,
    ])
    XCTAssertEqual(r.status, 0, r.stderr)
    let book = try XLSXFile(path: "\(out)/PT1/tong-ket.xlsx")
    XCTAssertEqual(book.sheetNames.first, "Khen thưởng")
    XCTAssertTrue(book.cells(sheet: "Khen thưởng").values.contains("BIỂU TỔNG HỢP KHEN THƯỞNG CỦA TỈNH"))
    let header = try CSVFile(path: "\(out)/PT1/tong-hop-khen-thuong.csv").header
    XCTAssertEqual(header[1], "Tên đơn vị")
    XCTAssertEqual(header.last, "Trong đó (cá nhân) - Nữ")
    XCTAssertFalse(header.contains("Trong đó (cá nhân) - Dân tộc thiểu số"))
  }

  func testInvalidDefinitionsFileIsExit2WithItsLine() throws {
    let dir = FixtureFolder.temporaryOutput()
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try "[T1]\ntitle = \"x\"\nsheet = \n".write(toFile: "\(dir)/t.toml", atomically: true, encoding: .utf8)
    let r = try runThidua([
      "report", "--data", try FixtureFolder().path, "--out", FixtureFolder.temporaryOutput(), "--reports",
      "\(dir)/t.toml",
    ])
    XCTAssertEqual(r.status, 2)
    XCTAssertTrue(r.stderr.contains("t.toml:3"), r.stderr)
  }
}
