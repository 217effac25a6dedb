import Foundation
import TestSupport
import XCTest

@testable import Tabular

/// The renderer knows no Vietnamese: the motto, the page number's word, a blank sheet's
/// name and a chart's "no data" note come from the document, and the row-number column is
/// centred because its `Column` says so, not because its header reads "STT" (as is a column
/// of marks, `Column.isCentred`).
final class RendererWordsTests: XCTestCase {
  private var folder: WorkbookFolder!

  override func setUpWithError() throws { folder = try WorkbookFolder("words") }
  override func tearDownWithError() throws { folder.remove() }

  private func document(
    letterhead: Letterhead, unnamedSheet: String = "{n}", first: Column = Column(["STT"], kind: .text)
  ) -> WorkbookDocument {
    let table = Table(
      sheetName: "", title: "BẢNG", columns: [first, Column(["Tên"], kind: .text)],
      rows: [Row(.data, [.text("1"), .text("Xã Tân Đoàn")])])
    return WorkbookDocument(
      sheets: [
        .table(table),
        .charts(
          ChartSheet(
            sheetName: "Biểu đồ", title: "",
            charts: [Chart(kind: .clusteredColumn, title: "Trống", categories: [], series: [])],
            noData: "Nothing to draw.")),
      ], letterhead: letterhead, documentDate: Samples.asOf, unnamedSheet: unnamedSheet)
  }

  /// Whether the cell's style (the `n`th `xf` of `cellXfs`) is centred.
  private func isCentred(_ x: XLSXFile, _ ref: String, sheet: String) -> Bool {
    let styles = x.xml("xl/styles.xml")
    guard let start = styles.range(of: "<cellXfs"), let end = styles.range(of: "</cellXfs>"),
      let index = x.styleIndex(sheet: sheet)[ref]
    else { return false }
    let xfs = styles[start.upperBound..<end.lowerBound].components(separatedBy: "<xf ").dropFirst()
    return index < xfs.count && xfs[xfs.startIndex + index].contains(#"horizontal="center""#)
  }

  func testTheDocumentGivesEveryWord() throws {
    let plain = try XLSXFile(path: folder.write(document(letterhead: Letterhead()), "plain.xlsx"))
    XCTAssertEqual(plain.sheetNames, ["1", "Biểu đồ"])
    XCTAssertFalse(plain.cells(sheet: "1").values.contains { $0.contains("CỘNG HÒA") })
    XCTAssertTrue(plain.sheetXML("1").contains("&amp;11&amp;P</oddFooter>"))
    XCTAssertTrue(plain.cells(sheet: "Biểu đồ").values.contains("Nothing to draw."))

    let letterhead = Letterhead(
      motto: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
      pageNumber: "Trang {page} & tiếp")
    let words = try XLSXFile(
      path: folder.write(document(letterhead: letterhead, unnamedSheet: "Trang {n}"), "words.xlsx"))
    XCTAssertEqual(words.sheetNames, ["Trang 1", "Biểu đồ"])
    XCTAssertTrue(words.cells(sheet: "Trang 1").values.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    XCTAssertTrue(words.sheetXML("Trang 1").contains("Trang &amp;P &amp;&amp; tiếp</oddFooter>"))
  }

  func testTheRowNumberColumnIsCentredBecauseItSaysSo() throws {
    for (first, centred) in [
      (Column(["STT"], kind: .text), false), (Column(["Số"], kind: .text, isRowNumber: true), true),
    ] {
      let x = try XLSXFile(path: folder.write(document(letterhead: Letterhead(), first: first), "stt.xlsx"))
      let row = try XCTUnwrap(x.cells(sheet: "1").first { $0.value == "Xã Tân Đoàn" }?.key.dropFirst())
      XCTAssertEqual(isCentred(x, "A\(row)", sheet: "1"), centred, first.title)
      XCTAssertFalse(isCentred(x, "B\(row)", sheet: "1"))
    }
  }

  func testAColumnOfMarksIsCentredBecauseItSaysSo() throws {
    let table = Table(
      sheetName: "1", title: "",
      columns: [
        Column(["Tên"], kind: .text), Column(["Đã báo cáo"], kind: .text, isCentred: true),
        Column(["Số"], kind: .integer, isCentred: true), Column(["Ghi chú"], kind: .text),
      ],
      rows: [Row(.data, [.text("Xã Tân Đoàn"), .text("x"), .integer(3), .text("y")])])
    let doc = WorkbookDocument(sheets: [.table(table)], letterhead: Letterhead(), documentDate: Samples.asOf)
    let x = try XLSXFile(path: folder.write(doc, "marks.xlsx"))
    let row = try XCTUnwrap(x.cells(sheet: "1").first { $0.value == "Xã Tân Đoàn" }?.key.dropFirst())
    XCTAssertEqual(
      ["A", "B", "C", "D"].map { isCentred(x, "\($0)\(row)", sheet: "1") }, [false, true, true, false])
  }
}
