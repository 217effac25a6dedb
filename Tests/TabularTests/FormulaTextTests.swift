import XCTest

@testable import Tabular

/// A `Formula` in table terms becomes A1 text for where the table lands.
final class FormulaTextTests: XCTestCase {
  // Table rows 0..<10 written from sheet row 7 (zero-based): row 0 is A8.
  let placed = FormulaText(top: 7, rows: 0..<10)

  func testSumsOverRowsAndColumnsAndARate() {
    XCTAssertEqual(placed.text(.sumOfRows([1..<4]), row: 4, column: 2), "SUM(C9:C11)")
    XCTAssertEqual(placed.text(.sumOfRows([4, 8, 1]), row: 9, column: 3), "SUM(D9,D12,D16)")
    XCTAssertEqual(placed.text(.sumOfColumns([2, 5, 8]), row: 0, column: 11), "SUM(C8,F8,I8)")
    XCTAssertEqual(placed.text(.sumOfColumns([3..<6]), row: 2, column: 2), "SUM(D10:F10)")
    XCTAssertEqual(
      placed.text(.percent(part: 4, whole: 2, places: 1), row: 1, column: 6),
      #"IF(C9=0,"",ROUND(E9/C9*100,1))"#)
    XCTAssertEqual(placed.text(.sumOfRows([0..<0]), row: 1, column: 2), "0", "a cluster without units")
  }

  func testRowsNotOnTheSheetLeaveTheResultAlone() {
    // A piece of a table cut over two sheets starts at row 100.
    let piece = FormulaText(top: 5, rows: 100..<200)
    XCTAssertNil(piece.text(.sumOfRows([90..<110]), row: 150, column: 2))
    XCTAssertEqual(piece.text(.sumOfRows([100..<110]), row: 150, column: 2), "SUM(C6:C15)")
  }

  func testMoreThan255ArgumentsAreSummedInGroups() throws {
    let many = FormulaText(top: 0, rows: 0..<1000)
    let text = try XCTUnwrap(
      many.text(.sumOfRows(Array(stride(from: 0, to: 600, by: 2))), row: 700, column: 0))
    XCTAssertTrue(text.hasPrefix("SUM(SUM(A1,A3,"))
    XCTAssertEqual(text.components(separatedBy: "SUM(").count - 1, 3, "two groups in one sum")
    XCTAssertEqual(text.split(separator: ",").count, 300)
  }
}
