import Foundation
import TestSupport
import XCTest
import XLSX

final class WorkbookTests: XCTestCase {
  private func tempPath(_ name: String) -> String {
    ScratchSpace.path("xlsx", suffix: "-\(name)")
  }

  func testWriteAndReadBack() throws {
    let path = tempPath("w.xlsx")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let wb = try Workbook(path: path)
    try wb.setProperties(title: "t", author: "a", created: 86_400)
    let ws = try wb.addWorksheet("Sổ")
    let f = try wb.addFormat().fontName("Times New Roman").bold().numberFormat("0")
    try ws.write("a\u{0}b", row: 0, column: 0)
    try ws.write(12, row: 0, column: 1, format: f)
    try ws.write(.nan, row: 0, column: 2, format: f)
    try ws.merge("m", firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: 2, format: f)
    try ws.merge("single", firstRow: 2, firstColumn: 0, lastRow: 2, lastColumn: 0)
    try wb.close()
    let x = try XLSXFile(path: path)
    let c = x.cells(sheet: "Sổ")
    XCTAssertEqual(c["A1"], "ab")
    XCTAssertEqual(c["B1"], "12")
    XCTAssertEqual(c["A3"], "single")
    XCTAssertEqual(x.mergedRanges(sheet: "Sổ"), ["A2:C2"])
    XCTAssertTrue(x.text("docProps/core.xml").contains("1970-01-02T00:00:00Z"))
  }

  func testErrorsThrowInsteadOfCrashing() throws {
    let path = tempPath("e.xlsx")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let wb = try Workbook(path: path)
    XCTAssertThrowsError(try wb.addWorksheet("bad/name"))
    XCTAssertThrowsError(try wb.addWorksheet(String(repeating: "x", count: 32)))
    let ws = try wb.addWorksheet("ok")
    XCTAssertThrowsError(try wb.addWorksheet("ok"))
    XCTAssertThrowsError(try ws.write("x", row: -1, column: 0))
    XCTAssertThrowsError(try ws.write(1, row: 0, column: 20_000))
    let chart = try wb.addChart(.column)
    XCTAssertThrowsError(try ws.insert(chart, row: 0, column: 0), "a chart without series")
    try wb.close()
    XCTAssertThrowsError(try wb.close())
    XCTAssertThrowsError(try ws.write("late", row: 0, column: 0))
    ws.setLandscape()  // does nothing after close, must not crash
  }

  func testUnclosedWorkbookWritesNothing() throws {
    let path = tempPath("u.xlsx")
    do {
      let wb = try Workbook(path: path)
      let ws = try wb.addWorksheet("a")
      try ws.write("x", row: 0, column: 0)
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: path))
  }

  func testNoPropertiesStillDeterministic() throws {
    let p1 = tempPath("n1.xlsx")
    let p2 = tempPath("n2.xlsx")
    defer {
      try? FileManager.default.removeItem(atPath: p1)
      try? FileManager.default.removeItem(atPath: p2)
    }
    for p in [p1, p2] {
      let wb = try Workbook(path: p)
      try wb.addWorksheet("a").write("x", row: 0, column: 0)
      try wb.close()
      Thread.sleep(forTimeInterval: 0.6)
    }
    XCTAssertEqual(FileManager.default.contents(atPath: p1), FileManager.default.contents(atPath: p2))
  }

  func testConstantMemoryMode() throws {
    let path = tempPath("cm.xlsx")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let tmp = FileManager.default.temporaryDirectory.path
    let wb = try Workbook(path: path, constantMemory: true, tmpdir: tmp)
    let ws = try wb.addWorksheet("big")
    for r in 0..<1000 {
      try ws.write("row \(r)", row: r, column: 0)
      try ws.write(Double(r), row: r, column: 1)
    }
    try wb.close()
    let c = try XLSXFile(path: path).cells(sheet: "big")
    XCTAssertEqual(c["A1000"], "row 999")
    XCTAssertEqual(c["B1000"], "999")
  }

  /// On a streamed sheet, text cells written through libxlsxwriter (headers,
  /// footers; `RowBlockWriterTests` checks the body rows against these same rules):
  /// controls as `_xHHHH_`, NUL dropped, `& < >` escaped, edge spaces kept,
  /// a rewritten cell holding the last text, a flushed row refused.
  func testStreamedTextCellsAreTheLibrarysCells() throws {
    let path = tempPath("st.xlsx")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let wb = try Workbook(path: path, constantMemory: true)
    let ws = try wb.addWorksheet("S")
    let texts = [
      "plain", "a\u{1}b\u{1F}", "x\u{0}y", "tab\tand\nline", " lead", "trail ", "<&>\"'", "Tập thể",
      String(repeating: "ă", count: 20_000),
    ]
    for (j, t) in texts.enumerated() { try ws.write(t, row: 0, column: j) }
    try ws.write("first", row: 1, column: 0)
    try ws.write("second", row: 1, column: 0)
    try ws.write("next row", row: 2, column: 1)
    XCTAssertThrowsError(try ws.write("late", row: 1, column: 0))
    try wb.close()
    let x = try XLSXFile(path: path)
    let xml = x.sheetXML("S")
    for t in [
      "<c r=\"A1\" t=\"inlineStr\"><is><t>plain</t></is></c>",
      "<t>a_x0001_b_x001F_</t>", "<t>xy</t>", "<t>tab\tand\nline</t>",
      "<t xml:space=\"preserve\"> lead</t>", "<t xml:space=\"preserve\">trail </t>",
      "<t>&lt;&amp;&gt;\"'</t>", "<t>Tập thể</t>", "<c r=\"A2\" t=\"inlineStr\"><is><t>second</t>",
    ] {
      XCTAssertTrue(xml.contains(t), t)
    }
    let c = x.cells(sheet: "S")
    XCTAssertEqual(c["I1"], texts[8], "40,000 bytes but 20,000 characters: allowed")
    XCTAssertEqual(c["B3"], "next row")
    XCTAssertNil(c["A3"])
  }
}
