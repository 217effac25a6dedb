import Foundation
import TestSupport
import XCTest

@testable import XLSX

/// A streamed sheet's rows made by `StreamedRows` (and spliced in by
/// `ZipSplice`) must be exactly what libxlsxwriter writes for the same cells.
final class RowBlockWriterTests: XCTestCase {
  private func tempPath(_ name: String) -> String {
    ScratchSpace.path("rows", suffix: "-\(name)")
  }

  /// One cell of the sample rows.
  private enum Value {
    case text(String)
    case number(Double)
    case blank
    /// A formula and its stored result: a number, or text (a blank rate's `""`).
    case formula(String, Double)
    case formulaText(String, String)
  }

  /// Texts and numbers whose XML has a special case: entities, white space at
  /// either end, control characters, non-ASCII, long text, `%.16G` exponents,
  /// negative zero, values that are not finite, empty text.
  private static let samples: [Value] = [
    .text("Hội Phụ nữ xã Tri Phái"), .text("a & b < c > d \"q\" 'a'"), .text(" lề trái"), .text("lề phải "),
    .text("\ttab"), .text("dòng\nmới\n"), .text("cr\r\n"), .text("ctl\u{1}\u{8}\u{B}\u{C}\u{1F}x"),
    .text("😀 Đắk Lắk"), .text(String(repeating: "Tóm tắt thành tích & ", count: 40)), .text(""),
    .text("_x0041_ kept"), .number(0), .number(-0.0), .number(1), .number(-7), .number(0.1), .number(2.675),
    .number(45_816), .number(1e15), .number(1e16), .number(123_456_789.123), .number(-1e-5),
    .number(1.0 / 3), .number(.nan), .number(.infinity), .blank, .formula("SUM(C5:C9)", 12),
    .formula("SUM(C10,C16,C22)", 2.55), .formulaText(#"IF(D5=0,"",ROUND(E5/D5*100,1))"#, ""),
    .formulaText("A1&B1", "x < y"), .formula("SUM(A1:A2)", .nan),
  ]

  /// Writes the same workbook twice: the body rows through libxlsxwriter's own
  /// cell calls (`Worksheet.write`), then through `RowBlockWriter`; returns both files' parts.
  private func bothWays(
    rows: Int, header: Bool = true, footer: Bool = true, chunk: Int = 300
  ) throws -> (library: XLSXFile, ours: XLSXFile) {
    var files: [XLSXFile] = []
    for useRows in [false, true] {
      let path = tempPath(useRows ? "ours.xlsx" : "lib.xlsx")
      defer { try? FileManager.default.removeItem(atPath: path) }
      let wb = try Workbook(path: path)
      wb.streamedChunkSize = chunk
      let small = try wb.addWorksheet("Nhỏ")
      try small.write("trước", row: 0, column: 0)
      let ws = try wb.addWorksheet("Danh sách", constantMemory: true)
      let bold = try wb.addFormat().fontName("Times New Roman").bold().thinBorder()
      var formats = [try wb.addFormat(), nil]
      for k in 0..<4 {
        formats.append(try wb.addFormat().fontName("Times New Roman").fontSize(11 + Double(k)).thinBorder())
      }
      formats.append(try wb.addFormat().numberFormat("dd/mm/yyyy").thinBorder())
      var top = 0
      if header {
        try ws.merge("TIÊU ĐỀ", firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 4, format: bold)
        try ws.write("STT", row: 2, column: 0, format: bold)
        try ws.write("Tên", row: 2, column: 1, format: bold)
        top = 3
      }
      let out = useRows ? try ws.beginRows(at: top) : nil
      for i in 0..<rows {
        let r = top + i
        // Rows 5 and 6 have no cells: one is only a height, the other is not written at all.
        let width = i == 5 || i == 6 ? 0 : 1 + i % 7
        for j in 0..<width {
          let value = Self.samples[(i * 7 + j * 3) % Self.samples.count]
          let format = formats[(i + j) % formats.count]
          let column = j * (1 + i % 2)
          switch (value, out) {
          case (.text(let s), let out?): try out.text(s, column: column, format: format)
          case (.text(let s), nil): try ws.write(s, row: r, column: column, format: format)
          case (.number(let x), let out?): try out.number(x, column: column, format: format)
          case (.number(let x), nil): try ws.write(x, row: r, column: column, format: format)
          case (.blank, let out?): try out.blank(column: column, format: format)
          case (.blank, nil): try ws.writeBlank(row: r, column: column, format: format)
          case (.formula(let f, let x), let out?):
            try out.formula(f, result: x, column: column, format: format)
          case (.formula(let f, let x), nil):
            try ws.writeFormula(f, result: x, row: r, column: column, format: format)
          case (.formulaText(let f, let v), let out?):
            try out.formula(f, textResult: v, column: column, format: format)
          case (.formulaText(let f, let v), nil):
            try ws.writeFormula(f, textResult: v, row: r, column: column, format: format)
          }
        }
        let height: Double? = i == 5 ? 30 : i == 6 ? nil : [nil, 30, 15, 15.75, 34][i % 5]
        if let out {
          try out.endRow(height: height)
        } else if let height {
          try ws.setRowHeight(height, row: r)
        }
      }
      out?.finish()
      if footer {
        try ws.write("Người lập biểu", row: top + rows + 2, column: 1, format: bold)
        try ws.merge(
          "Chủ tịch", firstRow: top + rows + 3, firstColumn: 2, lastRow: top + rows + 3, lastColumn: 4)
      }
      let after = try wb.addWorksheet("Sau", constantMemory: true)
      try after.write("sau", row: 0, column: 0, format: bold)
      try wb.close()
      files.append(try XLSXFile(path: path))
    }
    return (files[0], files[1])
  }

  private func assertSameParts(
    _ a: XLSXFile, _ b: XLSXFile, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(a.parts.keys.sorted(), b.parts.keys.sorted(), file: file, line: line)
    for (name, data) in a.parts where b.parts[name] != data {
      XCTFail(
        "\(name) differs:\n\(a.xml(name).suffix(400))\n---\n\(b.xml(name).suffix(400))", file: file,
        line: line)
    }
  }

  func testRowsAreTheBytesLibxlsxwriterWrites() throws {
    let (library, ours) = try bothWays(rows: 120)
    assertSameParts(library, ours)
    XCTAssertTrue(
      ours.sheetXML("Danh sách").contains(#"<row r="9" ht="30" customHeight="1"/>"#),
      "a row with only a height")
    let grid = ours.grid(sheet: "Danh sách")
    XCTAssertEqual(grid[2].prefix(2), ["STT", "Tên"])
    XCTAssertTrue(ours.sheetXML("Danh sách").contains("a &amp; b &lt; c &gt; d"))
    XCTAssertTrue(ours.sheetXML("Danh sách").contains("ctl_x0001__x0008__x000B__x000C__x001F_x"))
    XCTAssertTrue(ours.sheetXML("Danh sách").contains("<v>1E+16</v>"))
    XCTAssertTrue(ours.sheetXML("Danh sách").contains("Người lập biểu"))
    XCTAssertTrue(ours.sheetXML("Danh sách").contains("<f>SUM(C10,C16,C22)</f><v>2.55</v>"))
    XCTAssertTrue(
      ours.sheetXML("Danh sách").contains(#" t="str"><f>IF(D5=0,"",ROUND(E5/D5*100,1))</f><v></v>"#))
  }

  func testOneChunkAndNoRowsBelow() throws {
    let (library, ours) = try bothWays(rows: 40, footer: false, chunk: 1 << 20)
    assertSameParts(library, ours)
  }

  func testABlockAloneOnItsSheet() throws {
    let (library, ours) = try bothWays(rows: 30, header: false, footer: false, chunk: 64)
    assertSameParts(library, ours)
    XCTAssertTrue(ours.sheetXML("Danh sách").contains(#"<dimension ref="A1:"#))
  }

  func testAnEmptyBlockChangesNothing() throws {
    let (library, ours) = try bothWays(rows: 0)
    assertSameParts(library, ours)
  }

  func testWritesInsideTheBlockThrow() throws {
    let path = tempPath("e.xlsx")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let wb = try Workbook(path: path)
    let ws = try wb.addWorksheet("a", constantMemory: true)
    try ws.write("x", row: 3, column: 0)
    XCTAssertThrowsError(try ws.beginRows(at: 3), "a row libxlsxwriter already has")
    let out = try ws.beginRows(at: 4)
    XCTAssertThrowsError(try ws.write("y", row: 9, column: 0), "while the block is open")
    try out.text("a", column: 1)
    XCTAssertThrowsError(try out.text("b", column: 1), "the same column twice")
    XCTAssertThrowsError(try out.text("b", column: 0), "a column to the left")
    try out.endRow()
    try out.number(2, column: 0)
    try out.endRow()
    out.finish()
    XCTAssertThrowsError(try ws.write("z", row: 5, column: 0), "inside the finished block")
    XCTAssertThrowsError(try ws.beginRows(at: 10), "a second block")
    try ws.write("below", row: 6, column: 0)
    try wb.close()
    XCTAssertEqual(
      try XLSXFile(path: path).grid(sheet: "a").map { $0.first ?? "" }, ["", "", "", "x", "", "2", "below"])
  }

  func testAFormatFirstUsedInTheBlockGetsTheLibrarysIndex() throws {
    // The style table is built in the order cells are written; the rows must keep it.
    let (library, ours) = try bothWays(rows: 3, header: false)
    XCTAssertEqual(library.xml("xl/styles.xml"), ours.xml("xl/styles.xml"))
  }
}
