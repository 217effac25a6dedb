import Core
import Foundation
import XCTest

@testable import ThiduaKit

/// DATA.md "Spreadsheets", safety: the hostile workbooks of Fixtures/xlsx/hostile/, each as
/// `de_nghi.xlsx` of FixtureFolder (docs/hostile-inputs.md lists what each gets).
final class WorkbookHostileTests: XCTestCase {
  let asOf = CalendarDay(year: 2025, month: 10, day: 31)!

  func check(_ fixture: String, as name: String = "de_nghi.xlsx") throws -> RunOutcome {
    let folder = try WorkbookReaderTests.folder(nominations: "hostile/" + fixture, as: name)
    return Commands.check(data: folder.path, asOf: asOf)
  }

  func assertRefused(
    _ fixture: String, _ fragment: String, as name: String = "de_nghi.xlsx", file: StaticString = #filePath,
    line: UInt = #line
  ) throws {
    let outcome = try check(fixture, as: name)
    XCTAssertEqual(outcome.exitCode, 1, file: file, line: line)
    let stderr = outcome.stderr.joined(separator: "\n")
    XCTAssertTrue(stderr.contains(fragment), "«\(fragment)» in:\n\(stderr)", file: file, line: line)
  }

  func testZipBombIsRefused() throws {
    try assertRefused(
      "zip-bomb.xlsx",
      "de_nghi.xlsx: lỗi: tệp de_nghi.xlsx bị từ chối vì không an toàn (phần \"xl/worksheets/sheet1.xml\" giải nén ra hơn 100 lần"
    )
  }

  func testBillionLaughsIsRefusedNotExpanded() throws {
    try assertRefused("billion-laughs.xlsx", "(phần \"xl/sharedStrings.xml\" có khai báo DTD/thực thể")
  }

  func testExternalEntityIsRefusedAndTheFileNeverRead() throws {
    let outcome = try check("external-entity.xlsx")
    XCTAssertEqual(outcome.exitCode, 1)
    let all = (outcome.stderr + outcome.stdout).joined(separator: "\n")
    XCTAssertTrue(all.contains("có khai báo DTD/thực thể"), all)
    XCTAssertFalse(all.contains("root:"), "the named file's content appears nowhere")
  }

  func testOldExcelSaysSaveAsXLSX() throws {
    try assertRefused(
      "old-excel.xls",
      "de_nghi.xlsx: lỗi: tệp de_nghi.xlsx là bảng tính Excel 97-2003 (.xls), không phải .xlsx; hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx"
    )
    try assertRefused(
      "old-excel.xls", "de_nghi.xls: lỗi: tệp de_nghi.xls là bảng tính Excel 97-2003 (.xls)",
      as: "de_nghi.xls")
  }

  func testPasswordSaysRemoveIt() throws {
    try assertRefused(
      "encrypted.xlsx",
      "tệp de_nghi.xlsx được đặt mật khẩu nên không đọc được; hãy mở bằng Excel, bỏ mật khẩu")
  }

  func testTruncatedZip() throws {
    try assertRefused("truncated.xlsx", "tệp de_nghi.xlsx bị hỏng hoặc bị cắt ngang")
  }

  func testDamagedPartFailsItsCRC() throws {
    var bytes = try Data(contentsOf: URL(fileURLWithPath: WorkbookReaderTests.fixture("excel-style.xlsx")))
    // Flip a byte inside the last entry's data: it inflates wrongly or fails its CRC.
    let at = bytes.count / 2
    bytes[at] ^= 0x55
    let folder = try FixtureFolder(["de_nghi.csv": nil])
    try bytes.write(to: folder.url.appendingPathComponent("de_nghi.xlsx"))
    let outcome = Commands.check(data: folder.path, asOf: asOf)
    XCTAssertEqual(outcome.exitCode, 1)
    XCTAssertTrue(
      outcome.stderr.contains { $0.contains("de_nghi.xlsx: lỗi: tệp de_nghi.xlsx") },
      outcome.stderr.joined(separator: "\n"))
  }

  func testSixteenThousandColumnsAndALyingDimensionReadAsTheyAre() throws {
    for fixture in ["16384-columns.xlsx", "lying-dimension.xlsx"] {
      let outcome = try check(fixture)
      XCTAssertEqual(outcome.exitCode, 0, fixture + ": " + outcome.stderr.joined(separator: "\n"))
      XCTAssertTrue(
        outcome.stderr.last?.contains("7 đề nghị") ?? false, outcome.stderr.joined(separator: "\n"))
    }
    let rows = try WorkbookReaderTests.rows("hostile/16384-columns.xlsx")
    XCTAssertEqual(rows[1].1.count, 16_384)
    XCTAssertEqual(rows[1].1.last, "v16383")
  }

  func testA32MBCellIsReadWhole() throws {
    let rows = try WorkbookReaderTests.rows("hostile/32mb-cell.xlsx")
    XCTAssertEqual(rows[1].1[15].utf8.count, "Thành tích ".utf8.count * 2_900_000 - 1)
    XCTAssertEqual(try check("32mb-cell.xlsx").exitCode, 0)
  }

  func testNotAZipAtAll() throws {
    let folder = try FixtureFolder(["de_nghi.csv": nil])
    try Data("ma_de_nghi,ten\n".utf8).write(to: folder.url.appendingPathComponent("de_nghi.xlsx"))
    let outcome = Commands.check(data: folder.path, asOf: asOf)
    XCTAssertEqual(outcome.exitCode, 1)
    XCTAssertTrue(
      outcome.stderr.contains { $0.contains("tệp de_nghi.xlsx không phải bảng tính .xlsx") },
      outcome.stderr.joined(separator: "\n"))
  }
}
