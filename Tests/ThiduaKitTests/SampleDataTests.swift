import Core
import Foundation
import Tabular
import TestSupport
import ThiduaKit
import XCTest

/// The sample district (sample-data/: Windows-1258, UTF-16 and UTF-8 files)
/// end to end: the tables agree with the fact table they are built from.
final class SampleDataTests: XCTestCase {
  static let asOf = CalendarDay(year: 2025, month: 10, day: 31)!
  static var out: String = ""

  override class func setUp() {
    super.setUp()
    out = FixtureFolder.temporaryOutput()
    let outcome = Commands.report(
      data: Repository.sampleData, campaigns: [], asOf: asOf, out: out, definitions: .builtIn)
    precondition(outcome.exitCode == 0, outcome.stderr.joined(separator: "\n"))
  }

  func campaigns() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: Self.out).filter { !$0.hasPrefix(".") }.sorted()
  }

  func testBothCampaignsWritten() throws {
    XCTAssertEqual(try campaigns(), ["LVT115", "NTM2025"])
  }

  /// T1's grand total equals the sum of so-lieu.csv's awarded rows, per award and kind.
  func testT1GrandTotalEqualsAwardedFacts() throws {
    for c in try campaigns() {
      let facts = try CSVFile(path: "\(Self.out)/\(c)/so-lieu.csv").records
      let t1 = try CSVFile(path: "\(Self.out)/\(c)/tong-hop-khen-thuong.csv")
      let total = try XCTUnwrap(t1.rows.last)
      XCTAssertEqual(total[1], "TỔNG CỘNG")
      var sums: [String: Int] = [:]
      var women = 0
      for f in facts where f["trang_thai"] == "da_khen_thuong" {
        sums["\(f["ma_hinh_thuc"]!)|\(f["doi_tuong"]!)", default: 0] += Int(f["so_luong"]!)!
        women += Int(f["nu"]!)!
      }
      let catalogue = Dictionary(uniqueKeysWithValues: AwardForm.builtIn.map { ($0.name, $0.code) })
      let kinds = ["Tập thể": "tap_the", "Cá nhân": "ca_nhan", "Hộ gia đình": "ho_gia_dinh"]
      var checked = 0
      for (i, h) in t1.header.enumerated() {
        let parts = h.components(separatedBy: " - ")
        guard parts.count == 2, let code = catalogue[parts[0]], let kind = kinds[parts[1]] else { continue }
        XCTAssertEqual(Int(total[i]), sums["\(code)|\(kind)", default: 0], "\(c) \(h)")
        checked += 1
      }
      XCTAssertGreaterThan(checked, 6)
      XCTAssertEqual(Int(total[t1.column("Tổng số - Cộng")!]), sums.values.reduce(0, +))
      XCTAssertEqual(Int(total[t1.column("Trong đó (cá nhân) - Nữ")!]), women)
    }
  }

  /// T2 and T3 totals equal the fact table's; T4's nomination Lũy kế is
  /// the count submitted within the report's months.
  func testT2T3T4TotalsAgreeWithFacts() throws {
    for c in try campaigns() {
      let facts = try CSVFile(path: "\(Self.out)/\(c)/so-lieu.csv").records
      func sum(_ status: String?) -> Int {
        facts.filter { status == nil || $0["trang_thai"] == status }.reduce(0) { $0 + Int($1["so_luong"]!)! }
      }
      let t2 = try CSVFile(path: "\(Self.out)/\(c)/de-nghi.csv")
      let t2Total = try XCTUnwrap(t2.rows.last)
      XCTAssertEqual(Int(t2Total[2]), sum(nil))
      XCTAssertEqual(Int(t2Total[3]), sum("de_nghi") + sum("dang_tham_dinh"))
      XCTAssertEqual(Int(t2Total[4]), sum("da_khen_thuong"))
      XCTAssertEqual(Int(t2Total[5]), sum("khong_dat"))
      let t3 = try CSVFile(path: "\(Self.out)/\(c)/tham-gia.csv")
      let t3Total = try XCTUnwrap(t3.rows.last)
      XCTAssertEqual(Int(t3Total[t3.column("Số đề nghị")!]), sum(nil))
      XCTAssertEqual(Int(t3Total[t3.column("Số được khen thưởng")!]), sum("da_khen_thuong"))
      XCTAssertEqual(Int(t3Total[t3.column("Số đơn vị")!]), 39)
      let t4 = try CSVFile(path: "\(Self.out)/\(c)/tien-do.csv")
      let t4Total = try XCTUnwrap(t4.rows.last)
      let cumulative = try XCTUnwrap(t4.column("Đề nghị khen thưởng - Lũy kế"))
      let monthly = (2..<cumulative).map { Int(t4Total[$0])! }.reduce(0, +)
      XCTAssertEqual(Int(t4Total[cumulative]), monthly)
      XCTAssertLessThanOrEqual(monthly, sum(nil))
    }
  }

  /// T5 lists exactly the awarded, as many as the fact table counts.
  func testT5ListsEveryAwardedNomination() throws {
    for c in try campaigns() {
      let facts = try CSVFile(path: "\(Self.out)/\(c)/so-lieu.csv").records
      let awarded = facts.filter { $0["trang_thai"] == "da_khen_thuong" }.reduce(0) {
        $0 + Int($1["so_luong"]!)!
      }
      let t5 = try CSVFile(path: "\(Self.out)/\(c)/danh-sach.csv")
      XCTAssertEqual(t5.rows.filter { Int($0[0]) != nil }.count, awarded)
    }
  }

  /// The workbook: sheets T1–T6 then the charts, Vietnamese names ≤ 31
  /// characters, and T1's grand total equal to the CSV's.
  func testWorkbookSheetsAndT1AgreeWithCSV() throws {
    for c in try campaigns() {
      let book = try XLSXFile(path: "\(Self.out)/\(c)/tong-ket.xlsx")
      XCTAssertEqual(
        book.sheetNames,
        [
          "Biểu 01 - Khen thưởng", "Biểu 02 - Đề nghị", "Biểu 03 - Tham gia", "Biểu 04 - Tiến độ",
          "Biểu 05 - Danh sách", "Biểu 06 - Kiểm tra", "Biểu đồ",
        ])
      XCTAssertTrue(book.sheetNames.allSatisfy { $0.count <= 31 })
      let csvTotal = try XCTUnwrap(try CSVFile(path: "\(Self.out)/\(c)/tong-hop-khen-thuong.csv").rows.last)
      let grid = book.grid(sheet: book.sheetNames[0])
      let row = try XCTUnwrap(grid.first { $0.count > 1 && $0[1] == "TỔNG CỘNG" })
      XCTAssertEqual(Array(row.prefix(csvTotal.count).dropFirst(2)), Array(csvTotal.dropFirst(2)))
      XCTAssertTrue(book.parts.keys.contains { $0.hasPrefix("xl/charts/chart") })
    }
  }

  /// The planted warnings of sample-data/README.md are found.
  func testPlantedWarnings() throws {
    let t6 = try CSVFile(path: "\(Self.out)/LVT115/kiem-tra.csv")
    let ids = Set(t6.rows.map { $0[4] })
    for id in ["LVT-001", "LVT-146", "LVT-047", "LVT-129, LVT-145", "LVT-114"] {
      XCTAssertTrue(ids.contains { $0.contains(id) }, id)
    }
  }

  /// sample-data/de_nghi/NTM2025/: the two units' lists count like de_nghi.csv's rows (10
  /// of NTM2025's 130 nominations: so-lieu.csv's XA-TRILE and XA-HUULE rows), their
  /// awarded rows are in T5, and the two registered agencies that sent nothing are T6's
  /// reminders (as of 31/10/2025, before the deadline 15/11/2025).
  func testUnitsListsAndReminders() throws {
    let facts = try CSVFile(path: "\(Self.out)/NTM2025/so-lieu.csv").records
    func count(_ unit: String) -> Int {
      facts.filter { $0["ma_don_vi"] == unit }.reduce(0) { $0 + Int($1["so_luong"]!)! }
    }
    XCTAssertEqual(count("XA-TRILE"), 5)
    XCTAssertEqual(count("XA-HUULE"), 5)
    // 130 in all, 7 of them submitted in November: 123 counted at 31/10, as when all were in de_nghi.csv.
    XCTAssertEqual(facts.reduce(0) { $0 + Int($1["so_luong"]!)! }, 123)
    let t5 = try CSVFile(path: "\(Self.out)/NTM2025/danh-sach.csv").rows
    XCTAssertTrue(
      t5.contains { $0[1] == "Lương Văn Đức" && $0[3] == "UBND xã Tri Lễ" && $0[4] == "1394/QĐ-UBND" })
    let t6 = try CSVFile(path: "\(Self.out)/NTM2025/kiem-tra.csv").rows
    XCTAssertEqual(
      t6.filter { $0[6] == "de_nghi/NTM2025" }.map { [$0[1], $0[3]] },
      [["Chưa gửi danh sách đề nghị", "DV02"], ["Chưa gửi danh sách đề nghị", "DV06"]])
    let lvt = try CSVFile(path: "\(Self.out)/LVT115/kiem-tra.csv").rows
    XCTAssertFalse(lvt.contains { $0[1].contains("danh sách đề nghị") }, "LVT115 has no de_nghi/LVT115/")
  }
}
