import Foundation
import TestSupport
import ThiduaKit
import XCTest

/// T7, the month's progress report, against figures computed by hand on a small
/// folder, with exact decimals (`2,55 + 1,35` is `3.9`); and the date line of
/// Nghị định 30/2020 read back from the workbook.
final class MonthReportTests: XCTestCase {
  /// PT1 runs 01/01–30/06/2025. In March (the report month at as-of 15/03): U3 reports
  /// 1,35 models (2,55 in February), U1 0,1 initiatives (3 in February); U2 reports only
  /// in April, after the report month (left out), so it has not reported for March.
  static let progress = """
    ma_phong_trao,ma_don_vi,ky,chi_tieu,gia_tri
    PT1,U3,02/2025,Mô hình tiêu biểu,"2,55"
    PT1,U1,02/2025,Sáng kiến,3
    PT1,U3,03/2025,Mô hình tiêu biểu,"1,35"
    PT1,U1,03/2025,Sáng kiến,"0,1"
    PT1,U2,04/2025,Mô hình tiêu biểu,9
    PT2,U2,03/2025,Mô hình tiêu biểu,5
    """

  func report(asOf: String, tables: String = "T4,T7") throws -> String {
    let folder = try FixtureFolder(["tien_do.csv": Self.progress])
    let out = FixtureFolder.temporaryOutput()
    let r = try runThidua([
      "report", "--data", folder.path, "--campaign", "PT1", "--as-of", asOf, "--out", out, "--tables", tables,
    ])
    XCTAssertEqual(r.status, 0, r.stderr)
    return "\(out)/PT1"
  }

  func testMonthReportAgainstHandComputedFigures() throws {
    let dir = try report(asOf: "2025-03-15")
    let csv = try CSVFile(path: "\(dir)/tien-do-thang.csv")
    XCTAssertEqual(
      csv.header,
      [
        "STT", "Đơn vị", "Đề nghị khen thưởng - Trong tháng", "Đề nghị khen thưởng - Lũy kế",
        "Mô hình tiêu biểu - Trong tháng", "Mô hình tiêu biểu - Lũy kế", "Sáng kiến - Trong tháng",
        "Sáng kiến - Lũy kế", "Đã báo cáo",
      ])
    // Nominations counted at 15/03: N1, N2 (U3, February), N3 (U2, February), N4, N5 (U1, March).
    XCTAssertEqual(
      csv.rows,
      [
        ["I", "Cụm thi đua số 2", "", "", "", "", "", "", ""],
        ["1", "UBND xã Tri Lễ", "0", "2", "1.35", "3.9", "0", "0", "x"],
        ["2", "UBND xã Hữu Lễ", "0", "1", "0", "0", "0", "0", ""],
        ["", "Cộng Cụm thi đua số 2", "0", "3", "1.35", "3.9", "0", "0", ""],
        ["II", "Khối cơ quan", "", "", "", "", "", "", ""],
        ["1", "Phòng Nội vụ", "2", "2", "0", "0", "0.1", "3.1", "x"],
        ["", "Cộng Khối cơ quan", "2", "2", "0", "0", "0.1", "3.1", ""],
        ["", "TỔNG CỘNG", "2", "5", "1.35", "3.9", "0.1", "3.1", ""],
      ])
    // T4's Lũy kế is the same exact sum, not 3.8999999999999995 shown as 3.90.
    let t4 = try CSVFile(path: "\(dir)/tien-do.csv")
    let cumulative = try XCTUnwrap(t4.column("Mô hình tiêu biểu - Lũy kế"))
    XCTAssertEqual(t4.rows[1][cumulative], "3.9")
    XCTAssertEqual(t4.rows[1][cumulative - 1], "1.35")

    // Its own workbook: one sheet, the month in the title, the same digits as the CSV.
    let book = try XLSXFile(path: "\(dir)/tien-do-thang.xlsx")
    XCTAssertEqual(book.sheetNames, ["Biểu 07 - Tiến độ tháng"])
    let sheet = book.sheetNames[0]
    let cells = book.cells(sheet: sheet)
    XCTAssertTrue(
      cells.values.contains("BÁO CÁO TIẾN ĐỘ THỰC HIỆN PHONG TRÀO THI ĐUA THÁNG 3/2025"), "\(cells.values)")
    XCTAssertTrue(cells.values.contains("Văn Quan, ngày 15 tháng 3 năm 2025"))
    XCTAssertTrue(cells.values.contains("Hoàng Văn Nam"), "signature block")
    let grid = book.grid(sheet: sheet)
    let u3 = try XCTUnwrap(grid.firstIndex { $0.count > 1 && $0[1] == "UBND xã Tri Lễ" })
    let total = try XCTUnwrap(grid.firstIndex { $0.count > 1 && $0[1] == "TỔNG CỘNG" })
    XCTAssertEqual(Array(grid[u3][2...8]), ["0", "2", "1.35", "3.9", "0", "0", "x"])
    XCTAssertEqual(Array(grid[total][2...7]), ["2", "5", "1.35", "3.9", "0.1", "3.1"])
    // Each decimal cell shows exactly its digits; subtotals and the total are formulas.
    let formats = Self.numberFormats(book)
    let styles = book.styleIndex(sheet: sheet)
    XCTAssertEqual(formats[styles["F\(u3 + 1)"]!], "0.0")
    XCTAssertEqual(formats[styles["E\(u3 + 1)"]!], "0.00")
    let formulas = book.formulas(sheet: sheet)
    XCTAssertEqual(formulas["F\(total + 1)"].map { $0.hasPrefix("SUM(") }, true, "\(formulas)")
    XCTAssertNil(formulas["F\(u3 + 1)"])
    // The `x` stands in the middle of its cell, the unit's name against the left border.
    XCTAssertEqual(Self.horizontalAlignments(book)[styles["I\(u3 + 1)"]!], "center")
    XCTAssertEqual(Self.horizontalAlignments(book)[styles["B\(u3 + 1)"]!], "left")
  }

  func testReportMonthIsTheCampaignsLastAfterItEnds() throws {
    let dir = try report(asOf: "2025-12-15", tables: "T7")
    let csv = try CSVFile(path: "\(dir)/tien-do-thang.csv")
    // June 2025: nothing in the month; April's 9 is in U2's Lũy kế now.
    XCTAssertEqual(csv.rows[2], ["2", "UBND xã Hữu Lễ", "0", "1", "0", "9", "0", "0", ""])
    let book = try XLSXFile(path: "\(dir)/tien-do-thang.xlsx")
    XCTAssertTrue(
      book.cells(sheet: book.sheetNames[0]).values.contains(
        "BÁO CÁO TIẾN ĐỘ THỰC HIỆN PHONG TRÀO THI ĐUA THÁNG 6/2025"))
  }

  /// Nghị định 30/2020: a day below 10 and the months 1 and 2 take a leading zero, no other.
  func testDateLinePadsDaysBelowTenAndMonthsOneAndTwo() throws {
    let expected = [
      "2025-01-05": "ngày 05 tháng 01 năm 2025", "2025-01-15": "ngày 15 tháng 01 năm 2025",
      "2025-02-05": "ngày 05 tháng 02 năm 2025", "2025-02-15": "ngày 15 tháng 02 năm 2025",
      "2025-03-05": "ngày 05 tháng 3 năm 2025", "2025-03-15": "ngày 15 tháng 3 năm 2025",
      "2025-12-05": "ngày 05 tháng 12 năm 2025", "2025-12-15": "ngày 15 tháng 12 năm 2025",
    ]
    for (asOf, line) in expected {
      let dir = try report(asOf: asOf, tables: "T7")
      for file in ["tien-do-thang.xlsx"] {
        let book = try XLSXFile(path: "\(dir)/\(file)")
        let lines = book.cells(sheet: book.sheetNames[0]).values.filter { $0.contains(", ngày ") }
        XCTAssertEqual(lines, ["Văn Quan, \(line)"], asOf)
      }
    }
  }

  /// Style index → number format code (`cellXfs` of styles.xml, built-in 0 as "General").
  /// Each cell style's horizontal alignment (`alignment horizontal=`), by its index in `cellXfs`.
  static func horizontalAlignments(_ book: XLSXFile) -> [Int: String] {
    let styles = book.text("xl/styles.xml")
    guard let a = styles.range(of: "<cellXfs"), let b = styles.range(of: "</cellXfs>") else { return [:] }
    let xfs = styles[a.upperBound..<b.lowerBound].components(separatedBy: "<xf ").dropFirst()
    var out: [Int: String] = [:]
    for (i, xf) in xfs.enumerated() {
      out[i] = xf.range(of: #"horizontal=""#).map { String(xf[$0.upperBound...].prefix { $0 != "\"" }) }
    }
    return out
  }

  static func numberFormats(_ book: XLSXFile) -> [Int: String] {
    let styles = book.text("xl/styles.xml")
    var codes: [String: String] = ["0": "General", "1": "0", "2": "0.00"]
    for f in XLSXFile.elements(named: "numFmt", in: styles) {
      if let id = f["numFmtId"], let code = f["formatCode"] { codes[id] = code }
    }
    guard let a = styles.range(of: "<cellXfs"), let b = styles.range(of: "</cellXfs>") else { return [:] }
    let xfs = XLSXFile.elements(named: "xf", in: String(styles[a.lowerBound..<b.upperBound]))
    var out: [Int: String] = [:]
    for (i, xf) in xfs.enumerated() { out[i] = codes[xf["numFmtId"] ?? "0"] ?? "?" }
    return out
  }
}
