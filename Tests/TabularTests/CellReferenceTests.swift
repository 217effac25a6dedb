import XCTest
import XLSX

/// The A1 references formulas are written with: letters past Z, AZ and ZZ, and Excel's last cell.
final class CellReferenceTests: XCTestCase {
  func testColumnNamesAcrossLetterCounts() {
    let expected = [0: "A", 25: "Z", 26: "AA", 51: "AZ", 52: "BA", 701: "ZZ", 702: "AAA", 16_383: "XFD"]
    for (column, name) in expected {
      XCTAssertEqual(Worksheet.columnName(column), name, "column \(column)")
    }
  }

  func testReferencesJoinLettersAndOneBasedRow() {
    XCTAssertEqual(Worksheet.reference(row: 0, column: 0), "A1")
    XCTAssertEqual(Worksheet.reference(row: 9, column: 2), "C10")
    XCTAssertEqual(Worksheet.reference(row: 1_048_575, column: 16_383), "XFD1048576")
  }

  /// Every column of Excel's grid against the plain base-26 definition.
  func testEveryColumnMatchesBijectiveBase26() {
    for column in 0..<16_384 {
      var n = column + 1
      var name = ""
      while n > 0 {
        name = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + name
        n = (n - 1) / 26
      }
      XCTAssertEqual(Worksheet.reference(row: 4, column: column), name + "5")
    }
  }
}
