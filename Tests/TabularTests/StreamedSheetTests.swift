import Foundation
import TestSupport
import XCTest

@testable import Tabular

/// Long tables go on constant-memory sheets and past Excel's grid onto a
/// continuation sheet; both must read back like the normal layout.
final class StreamedSheetTests: XCTestCase {
  private var folder: WorkbookFolder!

  override func setUpWithError() throws { folder = try WorkbookFolder("streamed") }

  override func tearDownWithError() throws { folder.remove() }

  private func write(_ doc: WorkbookDocument, _ name: String, limits: SheetLimits = .excel) throws -> String {
    try folder.write(doc, name, limits: limits)
  }

  /// Every table sheet streamed (threshold 0): same cells and merged ranges as
  /// the normal mode — letterhead, multi-row merged headers, rows, signature —
  /// with inline strings instead of the shared-string table.
  func testStreamedSheetReadsBackLikeNormalOne() throws {
    let normal = try write(Samples.document, "normal.xlsx")
    let streamed = try write(Samples.document, "streamed.xlsx", limits: SheetLimits(streamRows: 0))
    let a = try XLSXFile(path: normal)
    let b = try XLSXFile(path: streamed)
    XCTAssertEqual(a.sheetNames, b.sheetNames)
    for sheet in ["T1 Khen thưởng", "T5 Danh sách"] {
      XCTAssertEqual(a.cells(sheet: sheet), b.cells(sheet: sheet), sheet)
      XCTAssertFalse(b.cells(sheet: sheet).isEmpty)
      XCTAssertTrue(b.sheetXML(sheet).contains("t=\"inlineStr\""), sheet)
      XCTAssertEqual(
        Set(try XLSXFile(path: normal).mergedRanges(sheet: sheet)),
        Set(try XLSXFile(path: streamed).mergedRanges(sheet: sheet)), sheet)
    }
    XCTAssertTrue(b.cells(sheet: "T1 Khen thưởng").values.contains("Hoàng Văn Nam"), "signature kept")
  }

  func testPiecesSplitOnlyPastTheLimit() {
    var table = Samples.document.sheets.compactMap { s -> Table? in
      if case .table(let t) = s { return t } else { return nil }
    }[0]
    // Made rows (as T5's are): the pieces are slices that make the same rows.
    table.rows = Rows(count: 100) { Row(.data, [.integer($0 + 1), .text("r\($0 + 1)")]) }
    let letterhead = Samples.document.letterhead
    XCTAssertEqual(XLSXRenderer.pieces(of: table, letterhead: letterhead, rowLimit: 1_048_576).count, 1)
    let pieces = XLSXRenderer.pieces(of: table, letterhead: letterhead, rowLimit: 100)
    XCTAssertGreaterThan(pieces.count, 1)
    XCTAssertEqual(pieces.flatMap(\.rows), Array(table.rows), "rows kept, in order")
    XCTAssertTrue(pieces.allSatisfy { $0.rows.areMade })
    XCTAssertTrue(pieces.allSatisfy { $0.title == table.title && $0.columns == table.columns })
  }

  /// A list longer than the (lowered) sheet limit continues on "<name> (2)",
  /// with every row written once.
  func testLongListContinuesOnSecondSheet() throws {
    var t5 = Samples.document.sheets.compactMap { s -> Table? in
      if case .table(let t) = s, t.sheetName == "T5 Danh sách" { return t } else { return nil }
    }[0]
    t5.rows = Rows(count: 150) { Row(.data, [.integer($0 + 1), .text("Người \($0 + 1)")]) }
    let doc = WorkbookDocument(
      sheets: [.table(t5)], letterhead: Samples.document.letterhead,
      documentDate: Samples.document.documentDate)
    let x = try XLSXFile(
      path: write(doc, "split.xlsx", limits: SheetLimits(streamRows: 50, sheetRowLimit: 120)))
    XCTAssertEqual(x.sheetNames, ["T5 Danh sách", "T5 Danh sách (2)"])
    var names: [String] = []
    for sheet in x.sheetNames {
      names += x.cells(sheet: sheet).values.filter { $0.hasPrefix("Người ") }
    }
    XCTAssertEqual(Set(names), Set((1...150).map { "Người \($0)" }))
    XCTAssertEqual(names.count, 150)
  }
}
