import Core
import Foundation
import TestSupport
import ThiduaKit
import XCTest

/// DATA.md "Lists sent by units" and REPORTS.md T6's lists not sent, on the lists
/// fixture (`Fixtures/lists`, made by its generate.py): PT1's nominations come from
/// de_nghi.csv (X4, and CQ2 after the as-of date) and from three lists: X1's CSV by name
/// (headings, award names, no ids or dates: the receipt register's), X2's CSV by id (every
/// column, provincial codes), CQ1's workbook by name in capitals (merged title and
/// heading, a heading in the STT cell, two sheets; its receipt after the deadline). X3 sent nothing. Every figure
/// below is counted by hand from the fixture's rows.
final class ListsFixtureTests: XCTestCase {
  func report(_ folder: String, asOf: String, campaigns: [String] = ["PT1"]) throws -> (
    out: String, stderr: [String]
  ) {
    let out = FixtureFolder.temporaryOutput()
    let outcome = Commands.report(
      data: folder, campaigns: campaigns, asOf: ValueParser.date(asOf)!, out: out, definitions: .builtIn)
    XCTAssertEqual(outcome.exitCode, 0, outcome.stderr.joined(separator: "\n"))
    return (out, outcome.stderr)
  }

  func testT1CountsTheListsAwardedRows() throws {
    let (out, _) = try report(ListsFixture.source, asOf: "2025-10-31")
    let t1 = try CSVFile(path: out + "/PT1/tong-hop-khen-thuong.csv")
    // Awards used by PT1's counted nominations: BKT (X1, X2), GKH, GKX (X2's household).
    XCTAssertEqual(
      t1.header,
      ["STT", "Đơn vị"]
        + [
          "Bằng khen của Chủ tịch UBND tỉnh", "Giấy khen của Chủ tịch UBND huyện",
          "Giấy khen của Chủ tịch UBND xã",
        ]
        .flatMap { a in ["Tập thể", "Cá nhân", "Hộ gia đình"].map { "\(a) - \($0)" } }
        + ["Tổng số - Tập thể", "Tổng số - Cá nhân", "Tổng số - Hộ gia đình", "Tổng số - Cộng"]
        + [
          "Trong đó (cá nhân) - Nữ", "Trong đó (cá nhân) - Lao động trực tiếp",
          "Trong đó (cá nhân) - Dân tộc thiểu số",
        ])
    func zeros(_ n: Int) -> [String] { Array(repeating: "0", count: n) }
    // Awarded as of 31/10: X2's HL-01 (collective, GKH) and HL-02 (individual, GKH, Tày,
    // direct worker); X4's N1 (individual, GKH, Tày, direct worker); CQ1's Trần Thị Hoa
    // (individual, GKH, no gender column). X1's five rows are all "đề nghị".
    XCTAssertEqual(
      t1.rows,
      [
        ["I", "Cụm các xã"] + Array(repeating: "", count: 16),
        ["1", "UBND xã Tri Lễ"] + zeros(16),
        ["2", "UBND xã Hữu Lễ"] + zeros(3) + ["1", "1"] + zeros(4) + ["1", "1", "0", "2", "0", "1", "1"],
        ["3", "UBND xã Tân Đoàn"] + zeros(16),
        ["4", "UBND xã Điềm He"] + zeros(4) + ["1"] + zeros(5) + ["1", "0", "1", "0", "1", "1"],
        ["", "Cộng Cụm các xã"] + zeros(3) + ["1", "2"] + zeros(4) + ["1", "2", "0", "3", "0", "2", "2"],
        ["II", "Khối cơ quan"] + Array(repeating: "", count: 16),
        ["1", "Phòng Nội vụ"] + zeros(4) + ["1"] + zeros(5) + ["1", "0", "1", "0", "0", "0"],
        ["2", "Phòng Giáo dục và Đào tạo"] + zeros(16),
        ["", "Cộng Khối cơ quan"] + zeros(4) + ["1"] + zeros(5) + ["1", "0", "1", "0", "0", "0"],
        ["", "TỔNG CỘNG"] + zeros(3) + ["1", "3"] + zeros(4) + ["1", "3", "0", "4", "0", "2", "2"],
      ])
  }

  func testTheFactTableHasEveryListRow() throws {
    let (out, _) = try report(ListsFixture.source, asOf: "2025-10-31")
    let facts = try CSVFile(path: out + "/PT1/so-lieu.csv").rows.map { $0[2...].joined(separator: " ") }
    XCTAssertEqual(
      facts,
      [
        // X1: collectives Thôn Nà Pàn (by name), Hội Phụ nữ (GKH); Ánh (x, Tày) and Mai
        // (x, Nùng) GKH by name in two spellings; Bình BKT by name.
        "X1 BKT ca_nhan de_nghi 1 0 0 0", "X1 GKH tap_the de_nghi 2 0 0 0", "X1 GKH ca_nhan de_nghi 2 2 0 2",
        "X2 BKT ca_nhan dang_tham_dinh 1 1 0 1", "X2 GKH tap_the da_khen_thuong 1 0 0 0",
        "X2 GKH ca_nhan da_khen_thuong 1 0 1 1", "X2 GKX ho_gia_dinh de_nghi 1 0 0 0",
        "X4 GKH tap_the de_nghi 1 0 0 0", "X4 GKH ca_nhan da_khen_thuong 1 0 1 1",
        "CQ1 GKH tap_the de_nghi 1 0 0 0", "CQ1 GKH ca_nhan de_nghi 1 0 0 0",
        "CQ1 GKH ca_nhan da_khen_thuong 1 0 0 0",
      ])
  }

  func testT5ListsTheListsAwardedRowsWithTheirTexts() throws {
    let (out, _) = try report(ListsFixture.source, asOf: "2025-10-31")
    let t5 = try CSVFile(path: out + "/PT1/danh-sach.csv")
    XCTAssertEqual(
      t5.rows,
      [
        ["I", "Giấy khen của Chủ tịch UBND huyện", "", "", "", "", ""],
        ["", "Tập thể: 1", "", "", "", "", ""],
        [
          "1", "Thôn Còn Quyền", "", "UBND xã Hữu Lễ", "35/QĐ-UBND", "30/05/2025",
          "Thôn nông thôn mới kiểu mẫu",
        ],
        ["", "Cá nhân: 3", "", "", "", "", ""],
        // Hoa < Sơn < Tú (given names).
        ["1", "Trần Thị Hoa", "Chuyên viên", "Phòng Nội vụ", "", "", ""],
        [
          "2", "Hà Văn Sơn", "Trưởng thôn", "UBND xã Điềm He", "20/QĐ-UBND", "15/04/2025",
          "Vận động hiến đất",
        ],
        ["3", "Lương Văn Tú", "Nông dân", "UBND xã Hữu Lễ", "35/QĐ-UBND", "30/05/2025", "Làm kinh tế giỏi"],
      ])
  }

  func testT6NamesTheListsCellsAndTheUnitsThatSentNothing() throws {
    let (out, stderr) = try report(ListsFixture.source, asOf: "2025-10-31")
    let t6 = try CSVFile(path: out + "/PT1/kiem-tra.csv")
    let cqBook = "de_nghi/PT1/PHÒNG NỘI VỤ.xlsx:DANHSACH!"
    XCTAssertEqual(
      t6.rows.map { [$0[1], $0[3], $0[4], $0[6]] },
      [
        // CQ1's rows are dated by its receipt, 20/06, after the deadline 15/06.
        ["Quá hạn đề nghị", "CQ1", "PT1/CQ1/1", cqBook + "B7"],
        ["Quá hạn đề nghị", "CQ1", "PT1/CQ1/2", cqBook + "B9"],
        ["Thiếu quyết định khen thưởng", "CQ1", "PT1/CQ1/2", cqBook + "B9"],
        ["Quá hạn đề nghị", "CQ1", "PT1/CQ1/3", cqBook + "B10"],
        // The same person in two units' lists.
        ["Trùng người được đề nghị", "X1, X2", "PT1/X1/3, HL-03", "de_nghi/PT1/UBND xã Tri Lễ.csv:10"],
        // X3 sent nothing; CQ2's only nomination is dated after the as-of date.
        ["Quá hạn gửi danh sách đề nghị", "X3", "", "de_nghi/PT1"],
        ["Quá hạn gửi danh sách đề nghị", "CQ2", "", "de_nghi/PT1"],
      ])
    XCTAssertTrue(
      stderr.contains(
        "de_nghi/PT1: cảnh báo: Quá hạn gửi danh sách đề nghị: đơn vị X3 (UBND xã Tân Đoàn), hạn 15/06/2025 "
          + "đã qua — chưa có danh sách trong de_nghi/PT1/, chưa có đề nghị trong de_nghi.csv"),
      stderr.joined(separator: "\n"))
    // PT2 has no folder de_nghi/PT2/: nobody is reminded.
    let (out2, _) = try report(ListsFixture.source, asOf: "2025-10-31", campaigns: ["PT2"])
    XCTAssertEqual(try CSVFile(path: out2 + "/PT2/kiem-tra.csv").rows.count, 0)
  }

  /// Before the deadline the reminder says "Chưa gửi"; CQ1's list, received later, is
  /// there, so CQ1 is not reminded although none of its rows is counted yet.
  func testBeforeTheDeadlineTheReminderIsNotSent() throws {
    let (out, _) = try report(ListsFixture.source, asOf: "2025-06-10")
    let t6 = try CSVFile(path: out + "/PT1/kiem-tra.csv")
    XCTAssertEqual(
      t6.rows.map { [$0[1], $0[3], $0[4]] },
      [
        ["Trùng người được đề nghị", "X1, X2", "PT1/X1/3, HL-03"],
        ["Chưa gửi danh sách đề nghị", "X3", ""], ["Chưa gửi danh sách đề nghị", "CQ2", ""],
      ])
    XCTAssertEqual(
      t6.rows.last?[5],
      "Chưa gửi danh sách đề nghị: đơn vị CQ2 (Phòng Giáo dục và Đào tạo), hạn 15/06/2025 — chưa có danh "
        + "sách trong de_nghi/PT1/, chưa có đề nghị trong de_nghi.csv")
  }

  /// With dang_ky.csv only the registered units are expected; registration and quota
  /// rules see the lists' rows like de_nghi.csv's.
  func testRegistrationsAndQuotasHoldAcrossListsAndDeNghi() throws {
    let folder = try ListsFixture([
      "dang_ky.csv": "ma_phong_trao,ma_don_vi\nPT1,X1\nPT1,X2\nPT1,X3\nPT1,X4\n",
      "chi_tieu.csv": "ma_phong_trao,ma_hinh_thuc,pham_vi,toi_da_ca_nhan\nPT1,GKH,xã,1\n",
    ])
    let (out, _) = try report(folder.path, asOf: "2025-10-31")
    let t6 = try CSVFile(path: out + "/PT1/kiem-tra.csv").rows
    let kinds = t6.map { [$0[1], $0[3], $0[6]] }
    XCTAssertTrue(
      kinds.contains(["Chưa đăng ký thi đua", "CQ1", "de_nghi/PT1/PHÒNG NỘI VỤ.xlsx:DANHSACH!B7"]), "\(kinds)"
    )
    // GKH individuals: X1 2 (Ánh, Mai), X2 1, X4 1: only X1 exceeds 1.
    XCTAssertEqual(t6.filter { $0[1] == "Vượt chỉ tiêu" }.map { $0[3] }, ["X1"])
    // CQ2 is not registered: only X3 is reminded.
    XCTAssertEqual(t6.filter { $0[1] == "Quá hạn gửi danh sách đề nghị" }.map { $0[3] }, ["X3"])
  }

  /// A list's rows keep the unit's order; the default ids number the data rows from 1.
  func testListRowsKeepTheirOrderAndDefaultIDs() throws {
    let loaded = try DataFolderLoader.load(folder: ListsFixture.source)
    XCTAssertEqual(loaded.diagnostics.filter { $0.severity == .error }, [])
    let data = loaded.dataSet
    let lists = data.nominations.filter { $0.source != 0 }
    XCTAssertEqual(
      lists.map(\.id),
      ["PT1/X1/1", "PT1/X1/2", "PT1/X1/3", "PT1/X1/4", "PT1/X1/5", "HL-01", "HL-02", "HL-03", "HL-04"]
        + ["PT1/CQ1/1", "PT1/CQ1/2", "PT1/CQ1/3"])
    XCTAssertEqual(
      lists.map { data.texts.name(of: $0) }.prefix(5),
      ["Thôn Nà Pàn", "Hội Phụ nữ xã", "Nông Thị Ánh", "Hoàng Văn Bình", "Lý Thị Mai"])
    XCTAssertEqual(lists.map(\.line), [7, 8, 10, 11, 12, 2, 3, 4, 5, 7, 9, 10])
    XCTAssertEqual(lists.map { data.file(of: $0) }.first, "de_nghi/PT1/UBND xã Tri Lễ.csv")
    XCTAssertEqual(
      data.lists.map(\.file),
      ["de_nghi/PT1/UBND xã Tri Lễ.csv", "de_nghi/PT1/X2.csv", "de_nghi/PT1/PHÒNG NỘI VỤ.xlsx"])
    XCTAssertEqual(data.lists.map(\.letterNumber), ["15/TTr-UBND", "", "08/TTr-PNV"])
    XCTAssertEqual(lists.map { "\($0.submitted)" }.first, "10/05/2025")
    XCTAssertEqual(
      lists.map(\.kind),
      [
        .collective, .collective, .individual, .individual, .individual, .collective, .individual,
        .individual, .household, .collective, .individual, .individual,
      ])
  }

  /// A list with no rows in it is not a list sent: the blank templates `init --xlsx --from`
  /// writes (`de_nghi/PT1/X3.xlsx`), and a CSV of headings only, put back unfilled, read
  /// without an error and leave X3 and CQ2 reminded.
  func testABlankTemplateIsNotAListSent() throws {
    let made = FixtureFolder.temporaryOutput()
    let initRun = try runThidua(["init", made, "--xlsx", "--from", ListsFixture.source])
    XCTAssertEqual(initRun.status, 0, initRun.stderr)
    let folder = try ListsFixture([
      "de_nghi/PT1/CQ2.csv": "STT,Họ và tên,Hình thức khen thưởng\nI,TẬP THỂ,\n1,,\n2,,\nII,CÁ NHÂN,\n1,,\n"
    ])
    try FileManager.default.copyItem(
      atPath: made + "/de_nghi/PT1/X3.xlsx", toPath: folder.path + "/de_nghi/PT1/X3.xlsx")
    let (out, stderr) = try report(folder.path, asOf: "2025-10-31")
    XCTAssertFalse(stderr.contains { $0.contains(": lỗi: ") }, stderr.joined(separator: "\n"))
    let t6 = try CSVFile(path: out + "/PT1/kiem-tra.csv").rows
    XCTAssertEqual(t6.filter { $0[6] == "de_nghi/PT1" }.map { $0[3] }, ["X3", "CQ2"])
  }
}
