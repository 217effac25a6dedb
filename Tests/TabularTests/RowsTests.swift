import Core
import Foundation
import TestSupport
import XCTest

@testable import Tabular

/// `Rows`: made rows are the same rows as held ones to every reader — collection,
/// slices, equality, and both renderers' files.
final class RowsTests: XCTestCase {
  static func row(_ i: Int) -> Row {
    i % 10 == 0
      ? Row(.heading, [.text("Nhóm \(i / 10)"), .empty, .empty])
      : Row(
        .data,
        [.integer(i), .text("Người số \(i) & <con>"), .date(CalendarDay(daysSinceEpoch: Int32(20_000 + i)))])
  }

  let held = Rows((0..<250).map(RowsTests.row))
  let made = Rows(count: 250, make: RowsTests.row)
  private var folder: WorkbookFolder!

  override func setUpWithError() throws { folder = try WorkbookFolder("rows") }

  override func tearDownWithError() throws { folder.remove() }

  /// `table` alone in a workbook (no letterhead to widen its columns), read back.
  private func write(_ table: Table, _ name: String, limits: SheetLimits = .excel) throws -> XLSXFile {
    let doc = WorkbookDocument(
      sheets: [.table(table)], letterhead: Letterhead(motto: []), documentDate: Samples.asOf)
    return try XLSXFile(path: folder.write(doc, name, limits: limits))
  }

  func testMadeRowsReadAsHeldOnes() {
    XCTAssertFalse(held.areMade)
    XCTAssertTrue(made.areMade)
    XCTAssertEqual(made.count, 250)
    XCTAssertEqual(made, held)
    XCTAssertEqual(made.hashValue, held.hashValue)
    XCTAssertEqual(Array(made), (0..<250).map(Self.row))
    XCTAssertEqual(made.last, Self.row(249))
    XCTAssertNotEqual(Rows(count: 250) { Self.row($0 == 7 ? 8 : $0) }, held)
    XCTAssertNotEqual(Rows(count: 249, make: Self.row), held)
    // A slice keeps its base's indices, as ArraySlice does, and slices further.
    let slice = made[100..<200]
    XCTAssertEqual(slice.startIndex, 100)
    XCTAssertEqual(slice[100], Self.row(100))
    XCTAssertEqual(Array(slice[150..<160]), (150..<160).map(Self.row))
    XCTAssertEqual(slice, held[100..<200])
    XCTAssertEqual([] as Rows, Rows([]))
  }

  func testRenderersWriteTheSameFilesFromMadeRows() throws {
    let columns = [
      Column(["STT"], kind: .integer), Column(["Họ và tên"], kind: .text), Column(["Ngày"], kind: .date),
    ]
    let a = Table(sheetName: "Danh sách", title: "DANH SÁCH", columns: columns, rows: held)
    let b = Table(sheetName: "Danh sách", title: "DANH SÁCH", columns: columns, rows: made)
    XCTAssertEqual(CSVRenderer.render(b), CSVRenderer.render(a))
    var pieces: [[UInt8]] = []
    CSVRenderer.render(b, chunkSize: 512) { pieces.append($0) }
    XCTAssertGreaterThan(pieces.count, 2)
    XCTAssertEqual(pieces.flatMap { $0 }, CSVRenderer.render(a))

    // Both the normal sheet and the streamed one (rows made beside libxlsxwriter).
    for streamRows in [5_000, 100] {
      let limits = SheetLimits(streamRows: streamRows)
      let files = [
        try write(a, "held-\(streamRows).xlsx", limits: limits),
        try write(b, "made-\(streamRows).xlsx", limits: limits),
      ]
      XCTAssertEqual(
        files[1].sheetXML("Danh sách"), files[0].sheetXML("Danh sách"), "streamRows \(streamRows)")
      XCTAssertTrue(files[1].cells(sheet: "Danh sách").values.contains("Người số 249 & <con>"))
    }
  }

  /// The workbook reads made rows twice (column widths, then the rows), not once per
  /// column: T5's were made five times over when each column's width took a pass.
  func testTheWorkbookMakesEachRowTwice() throws {
    final class Counter: @unchecked Sendable {
      let lock = NSLock()
      var count = 0
      func add() {
        lock.lock()
        count += 1
        lock.unlock()
      }
    }
    let counter = Counter()
    // Short texts in every column: no column reaches its cap, so every row is measured.
    let columns = [
      Column(["Tên"], kind: .text), Column(["Số"], kind: .text), Column(["Ghi chú"], kind: .longText),
    ]
    let rows = Rows(count: 300) { i in
      counter.add()
      return Row(
        .data,
        [.text(i == 299 ? String(repeating: "x", count: 30) : "Tên \(i)"), .text("\(i)/QĐ"), .text("ngắn")])
    }
    let table = Table(sheetName: "Danh sách", title: "DANH SÁCH", columns: columns, rows: rows)
    let held = Table(sheetName: "Danh sách", title: "DANH SÁCH", columns: columns, rows: Rows(Array(rows)))
    counter.count = 0
    let madeSheet = try write(table, "made.xlsx").sheetXML("Danh sách")
    XCTAssertEqual(counter.count, 2 * 300)
    let sheets = [madeSheet, try write(held, "held.xlsx").sheetXML("Danh sách")]
    // The same widths and cells either way; the last row's name set its column's width
    // (8, the text minimum, without it; no letterhead to widen it).
    XCTAssertEqual(sheets[0], sheets[1])
    let first = try XCTUnwrap(
      sheets[0].range(of: #"<col min="1" max="1" width="[0-9.]+""#, options: .regularExpression))
    let width = Double(sheets[0][first].split(separator: "\"")[5])!
    XCTAssertGreaterThan(width, 30)
  }
}
