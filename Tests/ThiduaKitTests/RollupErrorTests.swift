import Core
import Foundation
import Tabular
import TestSupport
import ThiduaKit
import XCTest

/// Every error of REPORTS.md "Roll-up" stops the run (exit 1, nothing
/// written), named with its file and line; the warnings do not.
final class RollupErrorTests: XCTestCase {
  static let header =
    "ma_phong_trao,ma_cum,ma_don_vi,ma_hinh_thuc,doi_tuong,trang_thai,so_luong,nu,lao_dong_truc_tiep,dan_toc_thieu_so"
  static let good = "PT1,C2,U3,GKH,ca_nhan,da_khen_thuong,3,1,0,2"

  /// A province of two offices (A1 "Xã An Sơn", A2 "Xã Bình Phúc") that received
  /// `files` (path under `<from>/TINH2025/` → text).
  func run(_ files: [String: String]) throws -> (RunOutcome, String, String) {
    let root = ScratchSpace.path("rollup")
    try ProvinceFixture.writeRoster(
      to: "\(root)/tinh", offices: [("A1", "Xã An Sơn", "C1"), ("A2", "Xã Bình Phúc", "C1")],
      clusters: [("C1", "Cụm 1")])
    for (path, text) in files {
      let full = "\(root)/nhan/TINH2025/\(path)"
      try FileManager.default.createDirectory(
        atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }
    let out = "\(root)/out"
    let outcome = Commands.tongHop(
      data: "\(root)/tinh", from: "\(root)/nhan", campaigns: [], asOf: ProvinceFixture.asOf, out: out,
      definitions: .builtIn)
    return (outcome, out, "\(root)/nhan/TINH2025")
  }

  /// Runs with one office's `so-lieu.csv` and checks the run stopped with `message` at `location`.
  func assertError(
    _ files: [String: String], _ location: String, _ message: String, file: StaticString = #filePath,
    line: UInt = #line
  ) throws {
    let (outcome, out, received) = try run(files)
    XCTAssertEqual(outcome.exitCode, 1, file: file, line: line)
    XCTAssertEqual(outcome.stdout, [], file: file, line: line)
    XCTAssertFalse(FileManager.default.fileExists(atPath: out), "nothing written", file: file, line: line)
    let wanted = "\(received)/\(location)"
    XCTAssertTrue(
      outcome.stderr.contains { $0.hasPrefix(wanted) && $0.contains("lỗi") && $0.contains(message) },
      "\(wanted) … \(message) in:\n" + outcome.stderr.joined(separator: "\n"), file: file, line: line)
  }

  func facts(_ rows: String...) -> String { ([Self.header] + rows).joined(separator: "\r\n") + "\r\n" }

  func testTheGoodCaseRuns() throws {
    let (outcome, out, _) = try run(["A1/so-lieu.csv": facts(Self.good)])
    XCTAssertEqual(outcome.exitCode, 0, outcome.stderr.joined(separator: "\n"))
    let rows = try CSVFile(path: "\(out)/TINH2025/so-lieu.csv").rows.map { $0.joined(separator: ",") }
    XCTAssertEqual(rows, ["TINH2025,C1,A1,GKH,ca_nhan,da_khen_thuong,3,1,0,2"])
  }

  func testHeaderNotTheFactTable() throws {
    try assertError(
      ["A1/so-lieu.csv": "ma_don_vi,so_luong\r\nU3,4\r\n"], "A1/so-lieu.csv:1:", "không phải của bảng số liệu"
    )
    try assertError(["A1/so-lieu.csv": ""], "A1/so-lieu.csv:", "không phải của bảng số liệu")
  }

  func testCountNotWhole() throws {
    for bad in ["1,5", "-1", "abc", ""] {
      let row = "PT1,C2,U3,GKH,ca_nhan,da_khen_thuong,\"\(bad)\",0,0,0"
      try assertError(
        ["A1/so-lieu.csv": facts(Self.good, row)], "A1/so-lieu.csv:3: so_luong:", "số nguyên không âm")
    }
    try assertError(
      ["A1/so-lieu.csv": facts("PT1,C2,U3,GKH,ca_nhan,da_khen_thuong,3,x,0,0")], "A1/so-lieu.csv:2: nu:",
      "số nguyên không âm")
  }

  func testBreakdownAboveCount() throws {
    try assertError(
      ["A1/so-lieu.csv": facts("PT1,C2,U3,GKH,ca_nhan,da_khen_thuong,3,0,4,0")],
      "A1/so-lieu.csv:2: lao_dong_truc_tiep:", "lớn hơn so_luong")
    try assertError(
      ["A2/so-lieu.csv": facts(Self.good, "PT1,C2,U3,GKH,ca_nhan,de_nghi,1,2,0,0")], "A2/so-lieu.csv:3: nu:",
      "lớn hơn so_luong")
  }

  func testAwardNotInTheUpperCatalogue() throws {
    try assertError(
      ["A1/so-lieu.csv": facts("PT1,C2,U3,GKXA,ca_nhan,da_khen_thuong,3,0,0,0")],
      "A1/so-lieu.csv:2: ma_hinh_thuc:", "GKXA")
    // In a list too: an award heading the upper catalogue does not have.
    let list =
      "STT,Tên tập thể / Họ và tên,\"Chức vụ, đơn vị công tác\",Đơn vị đề nghị,Số quyết định,Ngày quyết định,Tóm tắt thành tích\r\n"
      + "I,Giấy khen của Chủ tịch UBND phường,,,,,\r\n,Cá nhân: 1,,,,,\r\n1,Lê Văn A,,UBND xã,1/QĐ,01/02/2025,\r\n"
    try assertError(
      ["A1/so-lieu.csv": facts(Self.good), "A1/danh-sach.csv": list], "A1/danh-sach.csv:2: ma_hinh_thuc:",
      "Giấy khen của Chủ tịch UBND phường")
  }

  func testUnknownKindOrStatus() throws {
    try assertError(
      ["A1/so-lieu.csv": facts("PT1,C2,U3,GKH,nhom,da_khen_thuong,3,0,0,0")], "A1/so-lieu.csv:2: doi_tuong:",
      "nhom")
    try assertError(
      ["A1/so-lieu.csv": facts("PT1,C2,U3,GKH,ca_nhan,da_duyet,3,0,0,0")], "A1/so-lieu.csv:2: trang_thai:",
      "da_duyet")
  }

  func testListHeaderNotTheList() throws {
    try assertError(
      ["A1/so-lieu.csv": facts(Self.good), "A1/danh-sach.csv": "STT,Họ và tên\r\n1,Lê Văn A\r\n"],
      "A1/danh-sach.csv:1:", "không phải của danh sách khen thưởng")
  }

  func testFolderMatchingNoOffice() throws {
    try assertError(["Xã Cao Lộc/so-lieu.csv": facts(Self.good)], "Xã Cao Lộc:", "không khớp")
  }

  func testTwoFoldersForOneOffice() throws {
    // One by id, one by the office's name: the same office twice.
    try assertError(
      ["A2/so-lieu.csv": facts(Self.good), "xa binh phuc/so-lieu.csv": facts(Self.good)], "xa binh phuc:",
      "hai thư mục cho cùng đơn vị A2")
  }

  /// Warnings: an office that sent nothing; a folder of a campaign the upper level does not have.
  func testWarningsDoNotStopTheRun() throws {
    let (outcome, out, received) = try run([
      "A2/so-lieu.csv": facts(Self.good), "../KHAC/A1/so-lieu.csv": facts(Self.good),
    ])
    XCTAssertEqual(outcome.exitCode, 0, outcome.stderr.joined(separator: "\n"))
    let from = (received as NSString).deletingLastPathComponent
    XCTAssertTrue(outcome.stderr.contains { $0.hasPrefix("\(received)/A1: cảnh báo: Chưa gửi báo cáo") })
    XCTAssertTrue(outcome.stderr.contains { $0.hasPrefix("\(from)/KHAC: cảnh báo:") })
    let checks = try CSVFile(path: "\(out)/TINH2025/kiem-tra.csv")
    XCTAssertEqual(
      checks.rows.map { [$0[0], $0[1], $0[3]] },
      [["Cảnh báo", "Thư mục phong trào không xác định", ""], ["Cảnh báo", "Chưa gửi báo cáo", "A1"]])
  }
}
