import Core
import Foundation
import Tabular
import TestSupport
import ThiduaKit
import XCTest

/// Every warning kind of DATA.md / REPORTS.md T6 on one fixture: listed in
/// kiem-tra.csv and on standard error, never stopping the run.
final class WarningTests: XCTestCase {
  let asOf = CalendarDay(year: 2025, month: 10, day: 31)!

  /// U3 and U2 are `xã`: GKH needs 1–2 collectives and 2–4 individuals each
  /// (U2 has none: two findings); BKT allows none anywhere (U2 has N3); U1 may
  /// propose at most one individual for GKH (it has N4, N5).
  static let quotas = """
    ma_phong_trao,ma_hinh_thuc,pham_vi,toi_thieu_tap_the,toi_da_tap_the,toi_thieu_ca_nhan,toi_da_ca_nhan
    PT1,GKH,Xã,1,2,2,4
    PT1,BKT,*,0,0,0,0
    PT1,GKH,U1,,,0,1
    """

  func folder() throws -> FixtureFolder {
    try FixtureFolder([
      "chi_tieu.csv": Self.quotas,
      "de_nghi.csv": FixtureFolder.nominations(
        adding: [
          "N8,PT1,U2,cá nhân,NÔNG  THỊ ÁNH,Hội viên,Nữ,Tày,,GKX,đề nghị,01/03/2025,,,",
          "N9,PT1,U1,tập thể,Tổ hòa giải,,,,,GKX,đã khen thưởng,01/03/2025,,01/04/2025,",
        ]),
    ])
  }

  func testEveryWarningKindInT6AndOnStandardError() throws {
    let out = FixtureFolder.temporaryOutput()
    let outcome = Commands.report(
      data: try folder().path, campaigns: ["PT1"], asOf: asOf, out: out, definitions: .builtIn)
    XCTAssertEqual(outcome.exitCode, 0, outcome.stderr.joined(separator: "\n"))
    let csv = try CSVFile(path: "\(out)/PT1/kiem-tra.csv")
    let found = csv.rows.map { "\($0[1])|\($0[3])|\($0[4])" }
    XCTAssertEqual(
      Set(found),
      [
        "Ngoài thời gian phong trào|U3|N6", "Quá hạn đề nghị|U3|N6", "Thiếu quyết định khen thưởng|U1|N9",
        "Trùng người được đề nghị|U3, U2|N1, N8", "Chưa đăng ký thi đua|U2|N3, N8",
        "Chưa đạt chỉ tiêu|U2|", "Vượt chỉ tiêu|U2|", "Vượt chỉ tiêu|U1|",
      ])
    // U2 misses both GKH minimums: two rows.
    XCTAssertEqual(found.filter { $0 == "Chưa đạt chỉ tiêu|U2|" }.count, 2)
    XCTAssertEqual(csv.rows.count, 9)
    XCTAssertTrue(csv.rows.allSatisfy { $0[0] == "Cảnh báo" && $0[2] == "PT1" })
    // Standard error: one line per warning, located, with the nomination id.
    let warnings = outcome.stderr.filter { $0.contains("cảnh báo:") }
    XCTAssertEqual(warnings.count, 9, warnings.joined(separator: "\n"))
    XCTAssertTrue(
      warnings.contains { $0.hasPrefix("de_nghi.csv:7: ngay_de_nghi: cảnh báo:") && $0.contains("N6") })
    XCTAssertTrue(
      warnings.contains { $0.hasPrefix("de_nghi.csv:10: so_quyet_dinh: cảnh báo:") && $0.contains("N9") })
    XCTAssertTrue(
      warnings.contains { $0.hasPrefix("chi_tieu.csv:4: pham_vi: cảnh báo:") && $0.contains("U1") })
  }

  func testCheckCommandPrintsTheSameWarningsAndWritesNothing() throws {
    let f = try folder()
    let before = snapshot(f.path)
    let outcome = Commands.check(data: f.path, asOf: asOf)
    XCTAssertEqual(outcome.exitCode, 0)
    XCTAssertEqual(outcome.stdout, [])
    // PT1's nine, and PT2's: U2 nominates N7 without registering for PT2.
    let warnings = outcome.stderr.filter { $0.contains("cảnh báo:") }
    XCTAssertEqual(warnings.count, 10, warnings.joined(separator: "\n"))
    XCTAssertTrue(warnings.contains { $0.contains("N7") })
    XCTAssertEqual(snapshot(f.path), before, "input files are never changed")
  }

  /// Checks look only at nominations counted at as-of.
  func testChecksFollowAsOf() throws {
    let outcome = Commands.check(data: try folder().path, asOf: CalendarDay(year: 2025, month: 7, day: 1)!)
    XCTAssertFalse(outcome.stderr.contains { $0.contains("N6") })
  }
}
