import Foundation
import TestSupport
import XCTest
import XLSX

/// Data validation and hidden sheets, written and read back from the file's XML.
final class ValidationTests: XCTestCase {
  private var folder: WorkbookFolder!

  override func setUpWithError() throws { folder = try WorkbookFolder("validation") }
  override func tearDown() { folder.remove() }

  func testListFromAHiddenSheetWithVietnameseNotes() throws {
    let path = folder.path("v.xlsx")
    let wb = try Workbook(path: path)
    let data = try wb.addWorksheet("Đề nghị")
    let lists = try wb.addWorksheet("DanhMuc")
    for (i, v) in ["Tập thể", "Cá nhân", "Hộ gia đình"].enumerated() {
      try lists.write(v, row: i + 1, column: 0)
    }
    lists.hide()
    try data.validate(
      DataValidation(
        .list(source: "DanhMuc!$A$2:$A$4"), inputTitle: "Đối tượng",
        inputMessage: "Chọn trong danh sách: Tập thể, Cá nhân, Hộ gia đình.",
        errorTitle: "Giá trị không hợp lệ",
        errorMessage: "Chỉ chọn một giá trị trong danh sách."),
      firstRow: 3, firstColumn: 2, lastRow: Worksheet.maxRows - 1, lastColumn: 2)
    try data.validate(
      DataValidation(.wholeNumber(minimum: 0), alert: .warning, errorMessage: "Nhập số nguyên, không âm."),
      firstRow: 3, firstColumn: 4, lastRow: 99, lastColumn: 4)
    try data.validate(
      DataValidation(.date(first: (2000, 1, 1), last: (2100, 12, 31)), alert: .information),
      firstRow: 3, firstColumn: 5, lastRow: 99, lastColumn: 5)
    try data.validate(
      DataValidation(.decimal(minimum: 0)), firstRow: 3, firstColumn: 6, lastRow: 99, lastColumn: 6)
    try wb.close()

    let x = try XLSXFile(path: path)
    let sheets = XLSXFile.elements(named: "sheet", in: x.text("xl/workbook.xml"))
    XCTAssertEqual(sheets.map { $0["name"] }, ["Đề nghị", "DanhMuc"])
    XCTAssertNil(sheets[0]["state"])
    XCTAssertEqual(sheets[1]["state"], "hidden")

    let xml = x.sheetXML("Đề nghị")
    let rules = XLSXFile.elements(named: "dataValidation", in: xml)
    XCTAssertEqual(rules.count, 4)
    let list = try XCTUnwrap(rules.first { $0["type"] == "list" })
    XCTAssertEqual(list["sqref"], "C4:C1048576")
    XCTAssertEqual(list["promptTitle"], "Đối tượng")
    XCTAssertEqual(list["prompt"], "Chọn trong danh sách: Tập thể, Cá nhân, Hộ gia đình.")
    XCTAssertEqual(list["errorTitle"], "Giá trị không hợp lệ")
    XCTAssertEqual(list["showDropDown"], nil, "Excel hides the arrow when showDropDown is 1")
    XCTAssertNil(list["errorStyle"], "stop is Excel's default")
    XCTAssertTrue(xml.contains("<formula1>DanhMuc!$A$2:$A$4</formula1>"), xml)
    let whole = try XCTUnwrap(rules.first { $0["type"] == "whole" })
    XCTAssertEqual(whole["operator"], "greaterThanOrEqual")
    XCTAssertEqual(whole["errorStyle"], "warning")
    XCTAssertEqual(whole["sqref"], "E4:E100")
    let date = try XCTUnwrap(rules.first { $0["type"] == "date" })
    XCTAssertEqual(date["errorStyle"], "information")
    // 36526 is 2000-01-01 in Excel's 1900 date system.
    XCTAssertTrue(xml.contains("<formula1>36526</formula1>"), xml)
    XCTAssertNotNil(rules.first { $0["type"] == "decimal" })
  }

  func testTooLongNotesThrowInsteadOfMakingABadFile() throws {
    let wb = try Workbook(path: folder.path("long.xlsx"))
    let ws = try wb.addWorksheet("a")
    let long = DataValidation(.any, inputTitle: String(repeating: "ê", count: DataValidation.maxTitle + 1))
    XCTAssertThrowsError(try ws.validate(long, firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0))
    let fits = DataValidation(.any, inputTitle: String(repeating: "ê", count: DataValidation.maxTitle))
    XCTAssertNoThrow(try ws.validate(fits, firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0))
    XCTAssertThrowsError(
      try ws.validate(fits, firstRow: 0, firstColumn: 0, lastRow: Worksheet.maxRows, lastColumn: 0))
    try wb.close()
    XCTAssertThrowsError(try ws.validate(fits, firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0))
  }
}
