import Core
import Foundation
import XCTest

@testable import ThiduaKit

/// DATA.md "Spreadsheets", on workbooks written by openpyxl, by LibreOffice (the openpyxl
/// file saved again by Calc) and in Excel's own style (Fixtures/xlsx/make_fixtures.py):
/// each holds FixtureFolder's nominations the way people write a list — a guide sheet first,
/// title rows, a header with line breaks, a row of column numbers, a unit merged down, a
/// blank row with only its STT, a hidden row and column, dates as date cells.
final class WorkbookReaderTests: XCTestCase {
  let asOf = CalendarDay(year: 2025, month: 10, day: 31)!

  static func fixture(_ name: String) -> String {
    (WorkbookFolderTests.fixtures as NSString).appendingPathComponent(name)
  }

  /// FixtureFolder with its `de_nghi.csv` replaced by the fixture workbook.
  static func folder(nominations fixture: String, as name: String = "de_nghi.xlsx") throws -> FixtureFolder {
    let folder = try FixtureFolder(["de_nghi.csv": nil])
    try FileManager.default.copyItem(
      atPath: Self.fixture(fixture), toPath: folder.url.appendingPathComponent(name).path)
    return folder
  }

  func report(_ folder: String) -> (outcome: RunOutcome, out: String) {
    let out = FixtureFolder.temporaryOutput()
    return (Commands.report(data: folder, campaigns: [], asOf: asOf, out: out, definitions: .builtIn), out)
  }

  /// The rows a workbook gives the loader: header first (after the second pass, when merges
  /// reach the data rows).
  static func rows(_ fixture: String, schema: FileSchema = Schemas.nominations) throws -> [(Int, [String])] {
    var out: [(Int, [String])] = []
    let again = { out = [] }
    try WorkbookReader.visitTable(
      path: Self.fixture(fixture), file: "de_nghi.xlsx", schema: schema, restart: again
    ) {
      row in
      out.append((row.view.line, row.view.record.fields))
    }
    return out
  }

  func testEveryWriterGivesTheResultsOfTheCSV() throws {
    let csv = report(try FixtureFolder().path)
    XCTAssertEqual(csv.outcome.exitCode, 0)
    let expected = snapshot(csv.out).filter { $0.key.hasSuffix(".csv") && !$0.key.hasSuffix("kiem-tra.csv") }
    XCTAssertEqual(expected.count, 14)  // two campaigns × seven CSVs (T6 aside: it names the file)
    for fixture in [
      "openpyxl-rules.xlsx", "libreoffice-rules.xlsx", "excel-style.xlsx", "prefixed-1904.xlsx",
    ] {
      let book = report(try Self.folder(nominations: fixture).path)
      XCTAssertEqual(book.outcome.exitCode, 0, "\(fixture): " + book.outcome.stderr.joined(separator: "\n"))
      let got = snapshot(book.out)
      for (name, bytes) in expected { XCTAssertEqual(got[name], bytes, "\(fixture): \(name)") }
    }
  }

  func testRowsAsTheLoaderSeesThem() throws {
    for fixture in ["openpyxl-rules.xlsx", "libreoffice-rules.xlsx", "excel-style.xlsx"] {
      let rows = try Self.rows(fixture)
      // Header on row 4 (rows 1–2 a title, 3 blank); row 5 numbers the columns; row 9 has only its STT.
      XCTAssertEqual(rows.map(\.0), [4, 6, 7, 8, 10, 11, 12, 13], fixture)
      XCTAssertEqual(rows[0].1[1], "Mã\nđề nghị", fixture)
      let n1 = rows[1].1
      XCTAssertEqual(n1[1], "N1")
      XCTAssertEqual(n1[5], "Nông Thị Ánh", "\(fixture): rich text runs joined")
      XCTAssertEqual(n1[9], "có", "\(fixture): TRUE is yes")
      XCTAssertEqual(n1[12], "10/02/2025", "\(fixture): a date cell is its day")
      XCTAssertEqual(rows[2].1[3], "U3", "\(fixture): the merged unit belongs to each cell")
      XCTAssertEqual(rows[3].1[12], "11/02/2025", "\(fixture): a date typed as text stays text")
      XCTAssertEqual(rows[4].1[12], "12/03/2025", "\(fixture): a date and time is its day")
      XCTAssertEqual(rows[4].1[8], "Nùng", "\(fixture): a hidden column is data")
      XCTAssertEqual(rows[4].1[9], "không", "\(fixture): FALSE is no")
      XCTAssertEqual(rows[6].1[9], "1", "\(fixture): an integral number without .0")
    }
    XCTAssertEqual(try Self.rows("excel-style.xlsx")[7].1[15], "Trồng rừng", "a text formula's stored result")
  }

  func testPrefixesInlineStringsCellsByOrderAnd1904Dates() throws {
    let rows = try Self.rows("prefixed-1904.xlsx")
    XCTAssertEqual(rows.map(\.0), [4, 6, 7, 8, 10, 11, 12, 13])
    XCTAssertEqual(rows[1].1[5], "Nông Thị Ánh")
    XCTAssertEqual(rows[1].1[12], "10/02/2025")
    XCTAssertEqual(rows[2].1[3], "U3")
  }

  func testPhoneticRunsAreNotText() throws {
    let book = try WorkbookParts(path: Self.fixture("excel-style.xlsx"), file: "x.xlsx")
    let texts = (0..<book.strings.count).map { i -> String in
      let (s, e) = book.strings.range(i)
      return String(decoding: book.strings.bytes[s..<e], as: UTF8.self)
    }
    XCTAssertTrue(texts.contains("東京"))
    XCTAssertTrue(texts.contains("Thôn Nà Pàn"))
    XCTAssertFalse(texts.contains { $0.contains("トウキョウ") || $0.contains("reading") })
  }

  func assertErrors(
    _ fixture: String, _ fragments: [String], file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let r = report(try Self.folder(nominations: fixture).path)
    XCTAssertEqual(r.outcome.exitCode, 1, file: file, line: line)
    XCTAssertFalse(FileManager.default.fileExists(atPath: r.out), file: file, line: line)
    let stderr = r.outcome.stderr.joined(separator: "\n")
    for f in fragments { XCTAssertTrue(stderr.contains(f), "«\(f)» in:\n\(stderr)", file: file, line: line) }
  }

  func testEveryErrorKindAtItsCell() throws {
    try assertErrors(
      "errors-excel-style.xlsx",
      [
        "de_nghi.xlsx:M8: Ngày đề nghị (ngay_de_nghi): lỗi: ô có công thức nhưng không có kết quả lưu sẵn; hãy mở tệp bằng Excel rồi lưu lại",
        "de_nghi.xlsx:K10: Mã hình thức (ma_hinh_thuc): lỗi: ô có giá trị lỗi #N/A",
        "de_nghi.xlsx:M11: Ngày đề nghị (ngay_de_nghi): lỗi: ngày không hợp lệ: \"31/02/2025\"",
        "de_nghi.xlsx:F12: Tên (ten): lỗi: thiếu giá trị bắt buộc",
        "de_nghi.xlsx:D13: Mã đơn vị (ma_don_vi): lỗi: ô tham chiếu một chuỗi không có trong sharedStrings.xml",
      ])
    try assertErrors(
      "errors-two-sheets.xlsx",
      [
        "de_nghi.xlsx:DANHSACH!M8: Ngày đề nghị (ngay_de_nghi): lỗi: ô có công thức",
        "de_nghi.xlsx:DANHSACH!F12: Tên (ten): lỗi: thiếu giá trị bắt buộc",
      ])
    try assertErrors(
      "errors-openpyxl-formula.xlsx",
      ["de_nghi.xlsx:O8: Thành tích (thanh_tich): lỗi: ô có công thức nhưng không có kết quả"])
    try assertErrors(
      "header-too-low.xlsx",
      [
        "de_nghi.xlsx: lỗi: không có trang tính nào có dòng tiêu đề (trong 30 dòng đầu) đủ các cột bắt buộc: ma_de_nghi"
      ])
  }

  func testDateSerials() {
    func day(_ s: Double, _ d1904: Bool = false) -> String? {
      WorksheetRow.day(serial: s, date1904: d1904).map { "\($0.year)-\($0.month)-\($0.day)" }
    }
    XCTAssertEqual(day(1), "1900-1-1")
    XCTAssertEqual(day(59), "1900-2-28")
    XCTAssertEqual(day(61), "1900-3-1")
    XCTAssertEqual(day(45698), "2025-2-10")
    XCTAssertEqual(day(45698.99), "2025-2-10")
    XCTAssertEqual(day(0, true), "1904-1-1")
    XCTAssertEqual(day(44236, true), "2025-2-10")
    XCTAssertNil(day(-1))
    XCTAssertNil(day(3e6))
  }

  func testWhichFormatsAreDates() {
    XCTAssertEqual(CellStyles.kind(ofCode: "dd/mm/yyyy"), .date)
    XCTAssertEqual(CellStyles.kind(ofCode: "[$-42A]dd/mm/yyyy;@"), .date)
    XCTAssertEqual(CellStyles.kind(ofCode: "h:mm"), .date)
    XCTAssertEqual(CellStyles.kind(ofCode: "mm/yyyy"), .month)
    XCTAssertEqual(CellStyles.kind(ofCode: "0.00"), .number)
    XCTAssertEqual(CellStyles.kind(ofCode: "#,##0 \"đồng/ngày\""), .number)
    XCTAssertEqual(CellStyles.kind(ofCode: "[Red]0;[Blue]-0"), .number)
    XCTAssertEqual(CellStyles.kind(ofCode: "0\\d"), .number)
    XCTAssertEqual(CellStyles.builtIn(14), .date)
    XCTAssertEqual(CellStyles.builtIn(46), .date)
    XCTAssertEqual(CellStyles.builtIn(2), .number)
  }

  func testCellReferences() {
    XCTAssertEqual(RecordPlace.columnLetters(0), "A")
    XCTAssertEqual(RecordPlace.columnLetters(25), "Z")
    XCTAssertEqual(RecordPlace.columnLetters(26), "AA")
    XCTAssertEqual(RecordPlace.columnLetters(16_383), "XFD")
    XCTAssertEqual(RecordPlace.cell(sheet: "DANHSACH").cell(row: 12, field: 3), "DANHSACH!D12")
    XCTAssertEqual(RecordPlace.cell(sheet: "Danh sách").cell(row: 2, field: 0), "'Danh sách'!A2")
    XCTAssertEqual(RecordPlace.cell(sheet: nil).cell(row: 12, field: 3), "D12")
    XCTAssertNil(RecordPlace.line.cell(row: 12, field: 3))
  }
}
