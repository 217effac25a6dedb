import Core
import Foundation
import Tabular
import TestSupport
import ThiduaKit
import XCTest

/// The sample reports as printed: NTM2025's T4 (57 columns) runs across pages
/// at 8 pt with STT and name repeated; its T3 (9 columns) prints at the
/// largest scale that fits; every sheet numbers its pages from 1; LVT115's T1
/// keeps its last unit rows with the totals.
final class WorkbookPrintTests: XCTestCase {
  static var out: String { SampleReports.folder }

  private func book(_ campaign: String) throws -> XLSXFile {
    try XLSXFile(path: "\(Self.out)/\(campaign)/tong-ket.xlsx")
  }

  private func scale(_ book: XLSXFile, _ sheet: String) -> Int {
    Int(XLSXFile.elements(named: "pageSetup", in: book.sheetXML(sheet)).first?["scale"] ?? "100") ?? 0
  }

  /// The sheet's columns printed at 100 %, in points (`<col width>` is w + 5/7; LibreOffice's 5.55 pt a unit).
  private func printedWidth(_ book: XLSXFile, _ sheet: String) -> Double {
    XLSXFile.elements(named: "col", in: book.sheetXML(sheet)).reduce(0.0) { sum, col in
      let span = (Int(col["max"] ?? "1") ?? 1) - (Int(col["min"] ?? "1") ?? 1) + 1
      return sum + Double(span) * (Double(col["width"] ?? "0") ?? 0) * 5.55
    }
  }

  private let page = 841.89 - 1.3 * 72

  func testTheWideT4RunsAcrossPagesAt8PointsWithSTTAndNameRepeated() throws {
    let book = try self.book("NTM2025")
    let t4 = book.sheetNames[3]
    XCTAssertEqual(XLSXFile.elements(named: "col", in: book.sheetXML(t4)).count, 57, "57 columns")
    XCTAssertEqual(scale(book, t4), 67)
    XCTAssertGreaterThan(printedWidth(book, t4) * 0.67, page, "too wide for one page at 8 pt")
    XCTAssertTrue(book.xml("xl/workbook.xml").contains("'\(t4)'!$A:$B,'\(t4)'!$"), "STT and name repeated")
    // Its body cells are 12 pt: 8.04 pt on paper.
    XCTAssertTrue(book.xml("xl/styles.xml").contains(#"<sz val="12"/>"#))
  }

  func testTheNarrowT3PrintsAtTheLargestScaleThatFits() throws {
    let book = try self.book("NTM2025")
    let t3 = book.sheetNames[2]
    let s = scale(book, t3)
    let width = printedWidth(book, t3)
    XCTAssertLessThanOrEqual(width * Double(s) / 100, page)
    XCTAssertTrue(s == 100 || width * Double(s + 1) / 100 > page * 0.98, "scale \(s), width \(width)")
    XCTAssertGreaterThanOrEqual(12.0 * Double(s) / 100, 8)
    XCTAssertFalse(book.xml("xl/workbook.xml").contains("'\(t3)'!$A:$B"))
  }

  func testEverySheetNumbersItsPagesFromOne() throws {
    for campaign in ["LVT115", "NTM2025"] {
      let book = try self.book(campaign)
      for name in book.sheetNames {
        let xml = book.sheetXML(name)
        XCTAssertEqual(XLSXFile.elements(named: "pageSetup", in: xml).first?["useFirstPageNumber"], "1", name)
        XCTAssertTrue(xml.contains("Trang &amp;P</oddFooter>"), name)
      }
    }
  }

  func testLVT115sT1KeepsItsLastUnitsWithTheTotals() throws {
    let book = try self.book("LVT115")
    let t1 = book.sheetNames[0]
    // Row breaks only (`max` the last column; a column break's is the last row).
    let breaks = XLSXFile.elements(named: "brk", in: book.sheetXML(t1)).filter { $0["max"] == "16383" }
      .compactMap { $0["id"].flatMap(Int.init) }
    let at = try XCTUnwrap(breaks.last, "without the break its last subtotal and total stand alone on a page")
    let grid = book.grid(sheet: t1)
    // From the break (zero-based row `at`): two unit rows, then "Cộng …" and "TỔNG CỘNG".
    let tail = grid[at...].filter { $0.count > 1 && !$0[1].isEmpty }.prefix(4).map { $0[1] }
    XCTAssertEqual(tail.count, 4)
    XCTAssertFalse(tail[0].hasPrefix("Cộng") || tail[1].hasPrefix("Cộng"), "\(tail)")
    XCTAssertTrue(tail[2].hasPrefix("Cộng "), "\(tail)")
    XCTAssertEqual(tail[3], "TỔNG CỘNG")
  }
}
