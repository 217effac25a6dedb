import Core
import Foundation
import Tabular
import TestSupport
import ThiduaKit
import XCTest

/// The numbers of REPORTS.md on the fixture folder, computed by hand in the
/// comments, read back from the CSV and XLSX files actually written.
final class ReportContentTests: XCTestCase {
  let asOf = CalendarDay(year: 2025, month: 10, day: 31)!

  func report(
    _ folder: FixtureFolder, campaign: String = "PT1", asOf: CalendarDay? = nil,
    file: StaticString = #filePath,
    line: UInt = #line
  ) throws -> String {
    let out = FixtureFolder.temporaryOutput()
    let outcome = Commands.report(
      data: folder.path, campaigns: [campaign], asOf: asOf ?? self.asOf, out: out, definitions: .builtIn)
    XCTAssertEqual(outcome.exitCode, 0, outcome.stderr.joined(separator: "\n"), file: file, line: line)
    return (out as NSString).appendingPathComponent(campaign)
  }

  func testWritesTheTenFilesAndListsThemOnStandardOutput() throws {
    let out = FixtureFolder.temporaryOutput()
    let outcome = Commands.report(
      data: try FixtureFolder().path, campaigns: [], asOf: asOf, out: out, definitions: .builtIn)
    XCTAssertEqual(outcome.exitCode, 0)
    let names = [
      "tong-ket.xlsx", "so-lieu.csv", "tong-hop-khen-thuong.csv", "de-nghi.csv", "tham-gia.csv",
      "tien-do.csv",
      "danh-sach.csv", "kiem-tra.csv", "tien-do-thang.xlsx", "tien-do-thang.csv",
    ]
    for c in ["PT1", "PT2"] {
      for n in names {
        let p = "\(out)/\(c)/\(n)"
        XCTAssertTrue(FileManager.default.fileExists(atPath: p), p)
        XCTAssertTrue(outcome.stdout.contains(p), "stdout lists \(p)")
      }
    }
    XCTAssertEqual(outcome.stdout.count, 20)
  }

  /// Roster order (C2: U3, U2; then C1: U1), catalogue order (BKT before GKH),
  /// kinds, statuses; N6 (submitted 01/08) counts; N4's decision (15/07) is before as-of.
  func testFactTableExactly() throws {
    let dir = try report(try FixtureFolder())
    let csv = try CSVFile(path: "\(dir)/so-lieu.csv")
    XCTAssertTrue(csv.hasBOM)
    XCTAssertTrue(csv.usesCRLF)
    XCTAssertEqual(
      csv.header,
      [
        "ma_phong_trao", "ma_cum", "ma_don_vi", "ma_hinh_thuc", "doi_tuong", "trang_thai", "so_luong", "nu",
        "lao_dong_truc_tiep", "dan_toc_thieu_so",
      ])
    XCTAssertEqual(
      csv.rows.map { $0.joined(separator: ",") },
      [
        "PT1,C2,U3,GKH,tap_the,da_khen_thuong,1,0,0,0",
        "PT1,C2,U3,GKH,ca_nhan,de_nghi,1,0,1,1",
        "PT1,C2,U3,GKH,ca_nhan,da_khen_thuong,1,1,1,1",
        "PT1,C2,U2,BKT,ca_nhan,dang_tham_dinh,1,0,0,0",
        "PT1,C1,U1,GKH,ca_nhan,da_khen_thuong,1,1,0,1",
        "PT1,C1,U1,GKH,ca_nhan,khong_dat,1,0,0,0",
      ])
  }

  /// As of 01/07: N6 (submitted 01/08) is not counted, and N4, decided 15/07, is still under review.
  func testAsOfRules() throws {
    let dir = try report(try FixtureFolder(), asOf: CalendarDay(year: 2025, month: 7, day: 1)!)
    let rows = try CSVFile(path: "\(dir)/so-lieu.csv").rows.map { $0.joined(separator: ",") }
    XCTAssertFalse(rows.contains { $0.contains(",de_nghi,") })
    XCTAssertTrue(rows.contains("PT1,C1,U1,GKH,ca_nhan,dang_tham_dinh,1,1,0,1"))
    XCTAssertFalse(rows.contains { $0.hasPrefix("PT1,C1,U1,GKH,ca_nhan,da_khen_thuong") })
  }

  func testAwardsSummaryT1() throws {
    let dir = try report(try FixtureFolder())
    let csv = try CSVFile(path: "\(dir)/tong-hop-khen-thuong.csv")
    XCTAssertEqual(
      csv.header,
      [
        "STT", "Đơn vị", "Bằng khen của Chủ tịch UBND tỉnh - Tập thể",
        "Bằng khen của Chủ tịch UBND tỉnh - Cá nhân",
        "Giấy khen của Chủ tịch UBND huyện - Tập thể", "Giấy khen của Chủ tịch UBND huyện - Cá nhân",
        "Tổng số - Tập thể", "Tổng số - Cá nhân", "Tổng số - Cộng", "Trong đó (cá nhân) - Nữ",
        "Trong đó (cá nhân) - Lao động trực tiếp", "Trong đó (cá nhân) - Dân tộc thiểu số",
      ])
    XCTAssertEqual(
      csv.rows.map { $0.joined(separator: "|") },
      [
        "I|Cụm thi đua số 2||||||||||",
        "1|UBND xã Tri Lễ|0|0|1|1|1|1|2|1|1|1",
        "2|UBND xã Hữu Lễ|0|0|0|0|0|0|0|0|0|0",
        "|Cộng Cụm thi đua số 2|0|0|1|1|1|1|2|1|1|1",
        "II|Khối cơ quan||||||||||",
        "1|Phòng Nội vụ|0|0|0|1|0|1|1|1|0|1",
        "|Cộng Khối cơ quan|0|0|0|1|0|1|1|1|0|1",
        "|TỔNG CỘNG|0|0|1|2|1|2|3|2|1|2",
      ])
  }

  func testHouseholdColumnsOnlyWhenNeeded() throws {
    let folder = try FixtureFolder([
      "de_nghi.csv": FixtureFolder.nominations(
        adding: [
          "N8,PT1,U2,hộ gia đình,Hộ ông Hoàng Văn Tài,,,,,GKH,đã khen thưởng,10/02/2025,9/QĐ,20/03/2025,"
        ])
    ])
    let csv = try CSVFile(path: "\(try report(folder))/tong-hop-khen-thuong.csv")
    XCTAssertTrue(csv.header.contains("Giấy khen của Chủ tịch UBND huyện - Hộ gia đình"))
    XCTAssertTrue(csv.header.contains("Tổng số - Hộ gia đình"))
    XCTAssertEqual(csv.rows.last?.joined(separator: "|"), "|TỔNG CỘNG|0|0|0|1|2|1|1|2|1|4|2|1|2")
  }

  /// T2: U3 has N1, N2 (awarded) and N6 (submitted): rate 66.7; U2 has N3 (under review).
  func testNominationStatusT2() throws {
    let csv = try CSVFile(path: "\(try report(try FixtureFolder()))/de-nghi.csv")
    XCTAssertEqual(
      csv.header,
      [
        "STT", "Đơn vị", "Tổng số đề nghị", "Chờ xử lý", "Đã khen thưởng", "Không đạt",
        "Tỷ lệ khen thưởng (%)",
      ])
    XCTAssertEqual(
      csv.rows.map { $0.joined(separator: "|") },
      [
        "I|Cụm thi đua số 2|||||", "1|UBND xã Tri Lễ|3|1|2|0|66.7", "2|UBND xã Hữu Lễ|1|1|0|0|0.0",
        "|Cộng Cụm thi đua số 2|4|2|2|0|50.0", "II|Khối cơ quan|||||", "1|Phòng Nội vụ|2|0|1|1|50.0",
        "|Cộng Khối cơ quan|2|0|1|1|50.0", "|TỔNG CỘNG|6|2|3|1|50.0",
      ])
  }

  func testRateIsBlankWhereThereAreNoNominations() throws {
    let csv = try CSVFile(path: "\(try report(try FixtureFolder(), campaign: "PT2"))/de-nghi.csv")
    XCTAssertEqual(csv.rows[1].joined(separator: "|"), "1|UBND xã Tri Lễ|0|0|0|0|")
  }

  /// T3: C2 has 2 units, U3 registered (1.200 people); C1 has U1 (35 people).
  func testParticipationT3() throws {
    let csv = try CSVFile(path: "\(try report(try FixtureFolder()))/tham-gia.csv")
    XCTAssertEqual(
      csv.rows.map { $0.joined(separator: "|") },
      [
        "1|Cụm thi đua số 2|2|1|50.0|1200|2|4|2", "2|Khối cơ quan|1|1|100.0|35|1|2|1",
        "|TỔNG CỘNG|3|2|66.7|1235|3|6|3",
      ])
  }

  func testParticipationWithoutRegistrationsLeavesThoseColumnsOut() throws {
    let csv = try CSVFile(path: "\(try report(try FixtureFolder(["dang_ky.csv": nil])))/tham-gia.csv")
    XCTAssertEqual(
      csv.header,
      ["STT", "Cụm, khối thi đua", "Số đơn vị", "Số đơn vị có đề nghị", "Số đề nghị", "Số được khen thưởng"])
    XCTAssertEqual(csv.rows.last?.joined(separator: "|"), "|TỔNG CỘNG|3|3|6|3")
  }

  /// T4: months 01–06/2025 (the campaign ends 30/06); N6 (August) and U2's July figure are left out.
  func testMonthlyProgressT4() throws {
    let csv = try CSVFile(path: "\(try report(try FixtureFolder()))/tien-do.csv")
    XCTAssertEqual(csv.header.count, 2 + 3 * 7)
    XCTAssertEqual(csv.header[2], "Đề nghị khen thưởng - Tháng 01/2025")
    XCTAssertEqual(csv.header[8], "Đề nghị khen thưởng - Lũy kế")
    XCTAssertEqual(csv.header[9], "Mô hình tiêu biểu - Tháng 01/2025")
    XCTAssertEqual(csv.header[16], "Sáng kiến - Tháng 01/2025")
    let byName = Dictionary(csv.rows.map { ($0[1], $0) }, uniquingKeysWith: { a, _ in a })
    XCTAssertEqual(Array(byName["UBND xã Tri Lễ"]![2...8]), ["0", "2", "0", "0", "0", "0", "2"])
    XCTAssertEqual(Array(byName["UBND xã Tri Lễ"]![9...15]), ["2", "1", "0", "0", "0", "0", "3"])
    XCTAssertEqual(Array(byName["UBND xã Tri Lễ"]![16...22]), ["0", "0", "1.5", "0", "0", "0", "1.5"])
    XCTAssertEqual(Array(byName["UBND xã Hữu Lễ"]![9...15]), ["0", "0", "0", "0", "0", "0", "0"])
    XCTAssertEqual(Array(byName["TỔNG CỘNG"]![2...8]), ["0", "3", "2", "0", "0", "0", "5"])
  }

  /// T5: GKH collectives, then individuals by given name: Ánh before Hằng.
  func testAwardedListT5() throws {
    let csv = try CSVFile(path: "\(try report(try FixtureFolder()))/danh-sach.csv")
    XCTAssertEqual(
      csv.header,
      [
        "STT", "Tên tập thể / Họ và tên", "Chức vụ, đơn vị công tác", "Đơn vị đề nghị", "Số quyết định",
        "Ngày quyết định", "Tóm tắt thành tích",
      ])
    XCTAssertEqual(
      csv.rows.map { "\($0[0])|\($0[1])|\($0[3])|\($0[5])" },
      [
        "I|Giấy khen của Chủ tịch UBND huyện||", "|Tập thể: 1||", "1|Thôn Nà Pàn|UBND xã Tri Lễ|20/03/2025",
        "|Cá nhân: 2||", "1|Nông Thị Ánh|UBND xã Tri Lễ|20/03/2025",
        "2|Lương Thị Hằng|Phòng Nội vụ|15/07/2025",
      ])
  }

  /// T6 on the fixture: N6 out of period and after the deadline; U2 nominates unregistered.
  func testChecksT6() throws {
    let csv = try CSVFile(path: "\(try report(try FixtureFolder()))/kiem-tra.csv")
    XCTAssertEqual(
      Array(csv.header.prefix(6)), ["Mức độ", "Loại", "Phong trào", "Đơn vị", "Mã đề nghị", "Nội dung"])
    XCTAssertEqual(
      csv.rows.map { "\($0[1])|\($0[2])|\($0[3])|\($0[4])" },
      [
        "Ngoài thời gian phong trào|PT1|U3|N6", "Quá hạn đề nghị|PT1|U3|N6", "Chưa đăng ký thi đua|PT1|U2|N3",
      ])
  }

  /// T5 order end to end on tricky names (REPORTS.md): given name first, letters before tones.
  func testT5OrderOfTrickyNames() throws {
    let names = [
      "Hoàng Văn Ưng", "Lê Thị Uyên", "Vi Văn Đức", "Nông Văn Dương", "Trần Dũng", "Lương Thị Ánh",
      "Hà Thị Ảnh", "Lộc Văn Anh", "Lê Thị Hằng", "Chu Thị Hạnh", "Bế Văn Hải", "Đinh Thị Hà",
      "Lăng Văn Tuấn",
      "Dương Văn Tú", "Hoàng Văn Bình", "Nông Thị Ánh",
    ]
    let rows = names.enumerated().map { i, n in
      "X\(i),PT2,U1,cá nhân,\(n),,,,,BKT,đã khen thưởng,10/04/2025,1/QĐ,20/04/2025,"
    }
    let folder = try FixtureFolder(["de_nghi.csv": FixtureFolder.nominations(adding: rows)])
    let csv = try CSVFile(path: "\(try report(folder, campaign: "PT2"))/danh-sach.csv")
    let listed = csv.rows.filter { Int($0[0]) != nil }.map { $0[1] }
    XCTAssertEqual(
      listed,
      [
        "Lộc Văn Anh", "Hà Thị Ảnh", "Lương Thị Ánh", "Nông Thị Ánh", "Hoàng Văn Bình", "Trần Dũng",
        "Nông Văn Dương", "Vi Văn Đức", "Đinh Thị Hà", "Bế Văn Hải", "Chu Thị Hạnh", "Lê Thị Hằng",
        "Dương Văn Tú",
        "Lăng Văn Tuấn", "Lê Thị Uyên", "Hoàng Văn Ưng",
        // then the GKX list of PT2
        "Vi Văn Páo",
      ])
  }
}
