import Core
import Foundation
import Tabular
import TestSupport
import ThiduaKit
import XCTest

/// The workbook read back as a user opens it: every table sheet holds the
/// same rows as its CSV copy, in the official layout and print setup.
final class WorkbookContentTests: XCTestCase {
  static var out = ""
  static let pairs: [(sheet: Int, csv: String)] = [
    (0, "tong-hop-khen-thuong.csv"), (1, "de-nghi.csv"), (2, "tham-gia.csv"), (3, "tien-do.csv"),
    (4, "danh-sach.csv"), (5, "kiem-tra.csv"),
  ]

  override class func setUp() {
    super.setUp()
    out = FixtureFolder.temporaryOutput()
    let outcome = Commands.report(
      data: Repository.sampleData, campaigns: ["LVT115"], asOf: CalendarDay(year: 2025, month: 10, day: 31)!,
      out: out, definitions: .builtIn)
    precondition(outcome.exitCode == 0, outcome.stderr.joined(separator: "\n"))
  }

  var book: XLSXFile { get throws { try XLSXFile(path: "\(Self.out)/LVT115/tong-ket.xlsx") } }

  /// Same text, or the same number to the precision the CSV shows (66.7 vs 66.666…).
  func same(_ sheet: String, _ csv: String) -> Bool {
    if sheet == csv { return true }
    if let a = Double(sheet), let b = Double(csv) {
      let places = csv.split(separator: ".").dropFirst().first?.count ?? 0
      var scale = 1.0
      for _ in 0..<places { scale *= 10 }
      return (a * scale).rounded() == (b * scale).rounded()
    }
    // Dates are date cells: serial days in the sheet, dd/mm/yyyy in the CSV.
    if let serial = Int(sheet), let day = ValueParser.date(csv) {
      return serial == Int(day.excelSerial)
    }
    return false
  }

  func testEverySheetHoldsTheRowsOfItsCSV() throws {
    let book = try self.book
    for (index, file) in Self.pairs {
      let name = book.sheetNames[index]
      let csv = try CSVFile(path: "\(Self.out)/LVT115/\(file)")
      let grid = book.grid(sheet: name)
      // The table starts below the header rows: find the first row equal to the CSV's first data row's label.
      let firstLabel = csv.rows[0].count > 1 ? csv.rows[0][1] : csv.rows[0][0]
      let start = try XCTUnwrap(
        grid.firstIndex {
          $0.count > 1 && ($0[1] == firstLabel || $0[0] == csv.rows[0][0] && $0[1] == firstLabel)
        },
        "\(name): first row «\(firstLabel)» not found")
      for (k, row) in csv.rows.enumerated() {
        let sheetRow = grid[start + k]
        for (j, value) in row.enumerated() {
          let cell = j < sheetRow.count ? sheetRow[j] : ""
          XCTAssertTrue(same(cell, value), "\(name) row \(k + 1) column \(j + 1): «\(cell)» ≠ «\(value)»")
        }
      }
    }
  }

  func testPrintSetupOnEveryTableSheet() throws {
    let book = try self.book
    let workbookXML = book.xml("xl/workbook.xml")
    for (index, _) in Self.pairs {
      let name = book.sheetNames[index]
      let xml = book.sheetXML(name)
      XCTAssertTrue(xml.contains("orientation=\"landscape\""), name)
      XCTAssertTrue(xml.contains("paperSize=\"9\""), name)
      XCTAssertTrue(xml.contains("useFirstPageNumber=\"1\""), "\(name): its pages numbered from 1")
      let setup = XLSXFile.elements(named: "pageSetup", in: xml).first ?? [:]
      XCTAssertGreaterThanOrEqual(
        Int(setup["scale"] ?? "100") ?? 0, 67, "\(name): 12 pt prints at 8 pt or more")
      XCTAssertNil(XLSXFile.elements(named: "pageSetUpPr", in: xml).first?["fitToPage"], name)
      XCTAssertTrue(xml.contains("state=\"frozen\""), name)
      XCTAssertTrue(xml.contains("&amp;P"), "\(name): page numbers in the footer")
      XCTAssertTrue(workbookXML.contains("_xlnm.Print_Titles\" localSheetId=\"\(index)\""), name)
    }
    XCTAssertTrue(book.xml("xl/styles.xml").contains("Times New Roman"))
  }

  func testLetterheadTitleAndSignatureOnT1() throws {
    let book = try self.book
    let values = Set(book.cells(sheet: book.sheetNames[0]).values)
    for text in [
      "UBND HUYỆN VĂN QUAN", "PHÒNG NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "TỔNG HỢP KẾT QUẢ KHEN THƯỞNG", "Văn Quan, ngày 31 tháng 10 năm 2025", "NGƯỜI LẬP BIỂU",
      "KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG",
    ] {
      XCTAssertTrue(values.contains(text), text)
    }
    // The award names are merged header cells above their kinds.
    let merged = book.mergedRanges(sheet: book.sheetNames[0])
    let cells = book.cells(sheet: book.sheetNames[0])
    let award = try XCTUnwrap(cells.first { $0.value == "Giấy khen của Chủ tịch UBND huyện" }?.key)
    XCTAssertTrue(merged.contains { $0.hasPrefix(award + ":") }, "\(award) in \(merged)")
  }

  func testChartSheetHasBothCharts() throws {
    let book = try self.book
    XCTAssertEqual(book.sheetNames.last, "Biểu đồ")
    let charts = book.parts.keys.filter { $0.hasPrefix("xl/charts/chart") && $0.hasSuffix(".xml") }
    XCTAssertEqual(charts.count, 2)
    let xml = charts.sorted().map { book.xml($0) }.joined()
    XCTAssertTrue(xml.contains("<c:barChart>"))
    XCTAssertTrue(xml.contains("Số được khen thưởng theo cụm, khối thi đua"))
    XCTAssertTrue(xml.contains("Số đề nghị khen thưởng theo tháng"))
  }
}
