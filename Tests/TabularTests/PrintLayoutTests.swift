import Foundation
import TestSupport
import XCTest

@testable import Tabular

/// The printed page read back from the workbook: print scale, repeated
/// columns, font size on paper, row heights against their text, page numbers
/// and the keep-together break (REPORTS.md "The workbook": legible on paper).
final class PrintLayoutTests: XCTestCase {
  private var folder: WorkbookFolder!

  override func setUpWithError() throws { folder = try WorkbookFolder("print") }
  override func tearDownWithError() throws { folder.remove() }

  /// A per-unit table: STT, a name, `numbers` count columns; `units` units in one cluster.
  private func table(numbers: Int, units: Int, name: (Int) -> String = { "Đơn vị \($0)" }) -> Table {
    var columns = [
      Column(["STT"], kind: .text, width: 6, isRowNumber: true), Column(["Đơn vị"], kind: .text),
    ]
    for k in 0..<numbers { columns.append(Column(["Nhóm \(k / 4)", "Cột \(k)"], kind: .integer)) }
    var rows = [
      Row(.heading, [.text("I"), .text("Cụm thi đua số 1")] + Array(repeating: .empty, count: numbers))
    ]
    for u in 0..<units {
      rows.append(Row(.data, [.integer(u + 1), .text(name(u))] + (0..<numbers).map { .integer($0 + u) }))
    }
    rows.append(
      Row(.subtotal, [.empty, .text("Cộng Cụm thi đua số 1")] + (0..<numbers).map { .integer($0) }))
    rows.append(Row(.total, [.empty, .text("TỔNG CỘNG")] + (0..<numbers).map { .integer($0) }))
    return Table(
      sheetName: "Biểu", title: "TỔNG HỢP", subtitles: ["Phong trào"], columns: columns, rows: rows)
  }

  private func book(_ table: Table) throws -> XLSXFile {
    let doc = WorkbookDocument(
      sheets: [.table(table)], letterhead: Samples.document.letterhead, documentDate: Samples.asOf)
    return try XLSXFile(path: folder.write(doc, "\(UUID().uuidString).xlsx"))
  }

  private func pageSetup(_ x: XLSXFile) -> [String: String] {
    XLSXFile.elements(named: "pageSetup", in: x.sheetXML("Biểu")).first ?? [:]
  }

  /// Printed width at 100 % of the sheet's columns as written (`<col width>` is w + 5/7).
  private func printedWidth(_ x: XLSXFile) -> Double {
    XLSXFile.elements(named: "col", in: x.sheetXML("Biểu")).reduce(0.0) { sum, col in
      let w = Double(col["width"] ?? "0") ?? 0
      let span = (Int(col["max"] ?? "1") ?? 1) - (Int(col["min"] ?? "1") ?? 1) + 1
      return sum + Double(span) * w * 5.55
    }
  }

  func testANarrowTablePrintsAtTheLargestScaleThatFitsTheWidth() throws {
    for numbers in [3, 14] {
      let x = try book(table(numbers: numbers, units: 5))
      let scale = Int(pageSetup(x)["scale"] ?? "100")!
      let width = printedWidth(x)
      XCTAssertLessThanOrEqual(width * Double(scale) / 100, PrintLayout.pageWidth, "\(numbers) columns fit")
      if scale < 100 {
        XCTAssertGreaterThan(
          width * Double(scale + 1) / 100, PrintLayout.pageWidth * 0.98, "the largest that fits")
      }
      XCTAssertGreaterThanOrEqual(12.0 * Double(scale) / 100, 8, "12 pt body on paper")
      XCTAssertFalse(x.xml("xl/workbook.xml").contains("!$A:$B"), "one page wide: no repeated columns")
    }
    XCTAssertNil(pageSetup(try book(table(numbers: 3, units: 5)))["scale"], "a small table at 100 %")
  }

  func testAWideTableContinuesAcrossWithSTTAndNameRepeatedAt8Points() throws {
    let x = try book(table(numbers: 57, units: 5))
    let scale = Int(pageSetup(x)["scale"] ?? "100")!
    XCTAssertEqual(scale, PrintLayout.minimumScale)
    XCTAssertGreaterThan(printedWidth(x) * Double(scale) / 100, PrintLayout.pageWidth, "wider than a page")
    // The body is 12 pt: 8.04 pt on paper.
    let styles = x.xml("xl/styles.xml")
    XCTAssertTrue(styles.contains(#"<sz val="12"/>"#))
    XCTAssertGreaterThanOrEqual(12.0 * Double(scale) / 100, 8)
    XCTAssertTrue(x.xml("xl/workbook.xml").contains("'Biểu'!$A:$B,'Biểu'!$"), "STT and name repeated")
    XCTAssertNil(XLSXFile.elements(named: "pageSetUpPr", in: x.sheetXML("Biểu")).first?["fitToPage"])
    // The letterhead and title lie over the first page's columns right of the repeated ones.
    let cells = x.cells(sheet: "Biểu")
    let title = try XCTUnwrap(cells.first { $0.value == "TỔNG HỢP" }?.key)
    XCTAssertTrue(title.hasPrefix("C"), title)
    let merge = try XCTUnwrap(x.mergedRanges(sheet: "Biểu").first { $0.hasPrefix(title + ":") })
    let end = XLSXFile.parse(String(merge.split(separator: ":")[1])).column
    XCTAssertLessThan(end, 59, "over the first page's columns, not the whole table: \(merge)")
    let c = x.cells(sheet: "Biểu")
    XCTAssertNil(c["A1"], "nothing above the header in the repeated columns")
    XCTAssertEqual(c["C1"], "UBND HUYỆN VĂN QUAN")
  }

  func testEveryPageNumberedFromOneOnEachSheet() throws {
    let x = try XLSXFile(path: folder.write(Samples.document, "n.xlsx"))
    for name in x.sheetNames {
      let xml = x.sheetXML(name)
      XCTAssertEqual(XLSXFile.elements(named: "pageSetup", in: xml).first?["useFirstPageNumber"], "1", name)
      XCTAssertTrue(xml.contains("Trang &amp;P</oddFooter>"), name)
    }
  }

  func testRowHeightsFollowTheTextMeasureBoldIncluded() throws {
    // Names of 30 to 70 characters: the name column is capped, so the longer ones wrap.
    let names = (0..<9).map { k in String(repeating: "Trường Tiểu học ", count: 2 + k / 2) + "\(k)" }
    let t = table(numbers: 3, units: names.count, name: { names[$0] })
    let x = try book(t)
    let widths = XLSXFile.elements(named: "col", in: x.sheetXML("Biểu")).compactMap {
      $0["min"] == "2" ? Double($0["width"] ?? "") : nil
    }
    let nameWidth = try XCTUnwrap(widths.first) - 5.0 / 7
    let heights = Dictionary(
      XLSXFile.elements(named: "row", in: x.sheetXML("Biểu")).map { (Int($0["r"] ?? "") ?? 0, $0["ht"]) },
      uniquingKeysWith: { a, _ in a })
    let grid = x.grid(sheet: "Biểu")
    var checked = 0
    for (i, row) in grid.enumerated() where row.count > 1 {
      guard let r = t.rows.firstIndex(where: { $0.cells[1].plainText == row[1] }) else { continue }
      let bold = t.rows[r].kind != .data
      let lines = TextWidth.lineCount(row[1], width: nameWidth - 1, bold: bold, points: 12)
      let expected: String? =
        lines > 1 ? String(Int(Double(lines) * TextWidth.lineHeight(points: 12) + 2)) : nil
      XCTAssertEqual(heights[i + 1] ?? nil, expected, "row \(i + 1) «\(row[1])» bold \(bold): \(lines) lines")
      checked += 1
    }
    XCTAssertEqual(checked, t.rows.count)
    XCTAssertTrue(heights.values.contains(nil) && heights.values.contains("34"), "some one line, some two")
  }

  func testTheLastPageNeverHoldsOnlyTheTotals() throws {
    // Units until the totals fall alone on the next page without the break.
    var checkedABreak = false
    for units in 20...40 {
      let t = table(numbers: 3, units: units)
      let x = try book(t)
      let breaks = XLSXFile.elements(named: "brk", in: x.sheetXML("Biểu")).compactMap {
        $0["id"].flatMap(Int.init)
      }
      guard let at = breaks.last else { continue }
      checkedABreak = true
      // Rows from the break on (1-based `at + 1`): at least one unit row before the totals.
      let grid = x.grid(sheet: "Biểu")
      let tail = grid[at...].filter { $0.count > 1 && !$0[1].isEmpty }
      XCTAssertTrue(tail.contains { Int($0[0]) != nil }, "\(units) units: a data row on the last page")
      XCTAssertTrue(tail.contains { $0[1] == "TỔNG CỘNG" })
    }
    XCTAssertTrue(checkedABreak, "some table length needs the break")
  }

  func testEveryPageStartIsABreakAndTheLastStartsWithDataRows() {
    let layout = PrintLayout(widths: [6, 40, 10], repeat: nil)
    // Rows of 15 pt a page holds, filled to 96 %: 32.
    let room = Int(PrintLayout.pageHeight * PrintLayout.pageFill / 15)
    XCTAssertEqual(room, 32)
    func heights(_ count: Int) -> [Double] { Array(repeating: 15, count: count) }
    // Header row 0. The totals just past the first page: the last page starts at the second-to-last data row.
    XCTAssertEqual(
      layout.pageBreaks(heights: heights(room + 2), header: 0...0, lastData: room - 1), [room - 2])
    // Everything on one page: no break.
    XCTAssertEqual(layout.pageBreaks(heights: heights(room), header: 0...0, lastData: room - 3), [])
    // Pages that already end well: each page's start is a break, where the application breaks too.
    XCTAssertEqual(layout.pageBreaks(heights: heights(room + 10), header: 0...0, lastData: room + 7), [room])
    // Later pages repeat the header (row 0 here): 31 body rows each.
    XCTAssertEqual(
      layout.pageBreaks(heights: heights(3 * room), header: 0...0, lastData: 3 * room - 1),
      [room, 2 * room - 1, 3 * room - 2])
  }

  func testBandsBreakBetweenGroupsWhenThatCostsNoBandAndCutAGroupOnlyWhenItMust() {
    // Repeated STT and name (50 wide), then 6 groups of 4 columns of 10.
    let printed = [10.0, 40.0] + Array(repeating: 10.0, count: 24)
    let groups = stride(from: 2, to: 26, by: 4).map { $0...($0 + 3) }
    func bands(_ room: Double) -> [ClosedRange<Int>] {
      PrintLayout.bands(printed, room: room, repeated: 0...1, groups: groups)
    }
    // 13 columns a band: filled, the first would cut the group at 14...17; two bands
    // either way, so the first ends with a group.
    XCTAssertEqual(bands(180), [0...13, 14...25])
    // 6 columns a band: four bands, each as full as it can be; two groups cut (at 8, 20), where they must be.
    XCTAssertEqual(bands(110), [0...7, 8...13, 14...19, 20...25])
    // The last band holds two columns or more when that costs no band: the signature's two sides.
    XCTAssertEqual(
      PrintLayout.bands([10, 40, 60, 60, 60, 20], room: 230, repeated: 0...1, groups: []), [0...3, 4...5])
    // The first band holds the repeated columns and one more, even wider than a page.
    XCTAssertEqual(
      PrintLayout.bands([10, 40, 300, 10], room: 200, repeated: 0...1, groups: []), [0...2, 3...3])
  }

  func testAWideTablesBandsAreColumnBreaksWithGroupLabelsRepeatedAndTheSignatureOnTheLastBand() throws {
    let x = try book(table(numbers: 57, units: 5))
    let xml = x.sheetXML("Biểu")
    let breaks = XLSXFile.elements(named: "brk", in: xml).filter { $0["max"] == "1048575" }.compactMap {
      $0["id"].flatMap(Int.init)
    }
    XCTAssertGreaterThanOrEqual(breaks.count, 2, "57 columns at 67 %: three bands or more")
    XCTAssertTrue(xml.contains("<colBreaks count=\"\(breaks.count)\""))
    let cells = x.cells(sheet: "Biểu")
    // The header's group row (sheet row 8 here: letterhead, blank, title, subtitle, blank).
    let header = try XCTUnwrap(cells.first { $0.value == "STT" }?.key).dropFirst()
    let groupRow = Int(header)!
    var labels: [Int: String] = [:]  // group label over each column, from the merges
    for range in x.mergedRanges(sheet: "Biểu") {
      let ends = range.split(separator: ":").map { XLSXFile.parse(String($0)) }
      guard ends[0].row == groupRow, ends[1].row == groupRow else { continue }
      XCTAssertFalse(
        breaks.contains { $0 > ends[0].column && $0 <= ends[1].column }, "\(range) crosses no band's edge")
      let label = try XCTUnwrap(cells[String(range.split(separator: ":")[0])], "\(range) carries its label")
      for c in ends[0].column...ends[1].column { labels[c] = label }
    }
    // Every column of a group has it printed over it on its band: "Nhóm k" over columns 2 + 4k
    // (the last, Nhóm 14, one column: a cell, not a merge) ...
    XCTAssertEqual(cells["BG\(groupRow)"], "Nhóm 14")
    for c in 2..<58 { XCTAssertEqual(labels[c], "Nhóm \((c - 2) / 4)", "column \(c)") }
    // ... and some group is cut, with its label on both bands (otherwise every break is between groups).
    let cut = breaks.filter { ($0 - 2) % 4 != 0 }
    for b in cut { XCTAssertEqual(labels[b - 1], labels[b]) }
    // The title lies over the first band, the signer's name over the last band.
    let title = try XCTUnwrap(cells.first { $0.value == "TỔNG HỢP" }?.key)
    XCTAssertLessThan(XLSXFile.parse(title).column, breaks[0])
    let signer = try XCTUnwrap(cells.first { $0.value == "Hoàng Văn Nam" }?.key)
    XCTAssertGreaterThanOrEqual(XLSXFile.parse(signer).column, breaks.last!, "the signer on the last band")
    let date = try XCTUnwrap(cells.first { $0.value.hasPrefix("Văn Quan, ngày") }?.key)
    XCTAssertGreaterThanOrEqual(XLSXFile.parse(date).column, breaks.last!)
  }

  func testANarrowTableHasNoColumnBreaks() throws {
    let x = try book(table(numbers: 14, units: 5))
    XCTAssertFalse(x.sheetXML("Biểu").contains("colBreaks"))
  }
}
