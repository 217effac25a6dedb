import Core
import Foundation
import Tabular
import ThiduaKit
import XCTest

/// DATA.md "What bad input gets": each error kind on a fixture folder that has
/// just that error, with the `file:line: column:` the user must see, exit
/// status 1 and nothing written.
final class InputErrorTests: XCTestCase {
  let asOf = CalendarDay(year: 2025, month: 10, day: 31)!

  /// Runs `report` on a folder with `changes`; asserts exit 1, no output, and
  /// that every expected fragment appears in one line of standard error.
  func assertError(
    _ changes: [String: String?], expect fragments: [String], file: StaticString = #filePath,
    line: UInt = #line
  ) throws {
    let folder = try FixtureFolder(changes)
    let out = FixtureFolder.temporaryOutput()
    let outcome = Commands.report(
      data: folder.path, campaigns: [], asOf: asOf, out: out, definitions: .builtIn)
    XCTAssertEqual(outcome.exitCode, 1, outcome.stderr.joined(separator: "\n"), file: file, line: line)
    XCTAssertEqual(outcome.stdout, [], file: file, line: line)
    XCTAssertFalse(
      FileManager.default.fileExists(atPath: out), "no output folder on error", file: file, line: line)
    for fragment in fragments {
      XCTAssertTrue(
        outcome.stderr.contains { $0.contains(fragment) },
        "expected «\(fragment)» in:\n\(outcome.stderr.joined(separator: "\n"))", file: file, line: line)
    }
  }

  func testMissingRequiredColumnNamesFileAndColumn() throws {
    let header = FixtureFolder.nominations.components(separatedBy: "\n")[0].replacingOccurrences(
      of: ",ten,", with: ",ho_ten_khac,")
    try assertError(
      ["de_nghi.csv": FixtureFolder.nominations(replacingLine: 1, with: header)],
      expect: ["de_nghi.csv:1: ten: lỗi: thiếu cột bắt buộc"])
  }

  func testMissingRequiredValue() throws {
    try assertError(
      [
        "de_nghi.csv": FixtureFolder.nominations(
          replacingLine: 3,
          with: "N2,PT1,U3,tập thể,,,,,,GKH,đã khen thưởng,10/02/2025,12/QĐ-UBND,20/03/2025,")
      ], expect: ["de_nghi.csv:3: ten: lỗi: thiếu giá trị bắt buộc"])
  }

  func testUnparseableDateShowsTheValue() throws {
    try assertError(
      [
        "de_nghi.csv": FixtureFolder.nominations(
          replacingLine: 4, with: "N3,PT1,U2,cá nhân,Hoàng Văn Bình,,Nam,Kinh,,BKT,đề nghị,31/02/2025,,,")
      ], expect: ["de_nghi.csv:4: ngay_de_nghi: lỗi: ngày không hợp lệ: \"31/02/2025\""])
  }

  func testUnparseableNumber() throws {
    try assertError(
      ["dang_ky.csv": FixtureFolder.registrations + "\nPT1,U2,07/01/2025,nhiều,"],
      expect: ["dang_ky.csv:4: so_nguoi_tham_gia: lỗi: số không hợp lệ: \"nhiều\""])
  }

  func testDuplicateNominationID() throws {
    try assertError(
      [
        "de_nghi.csv": FixtureFolder.nominations(
          adding: ["N1,PT1,U2,tập thể,Chi bộ thôn,,,,,GKH,đề nghị,10/02/2025,,,"])
      ], expect: ["de_nghi.csv:9: ma_de_nghi: lỗi: trùng mã \"N1\" (đã có ở dòng 2)"])
  }

  func testUnknownUnitClusterCampaignAndAward() throws {
    try assertError(
      [
        "de_nghi.csv": FixtureFolder.nominations(
          adding: [
            "N8,PT1,U9,tập thể,Chi bộ thôn,,,,,GKH,đề nghị,10/02/2025,,,",
            "N9,PT9,U1,tập thể,Chi bộ thôn,,,,,GKH,đề nghị,10/02/2025,,,",
            "N10,PT1,U1,tập thể,Chi bộ thôn,,,,,XYZ,đề nghị,10/02/2025,,,",
          ]),
        "don_vi.csv": FixtureFolder.units + "\nU4,UBND xã Yên Phúc,C9,xã,xã",
      ],
      expect: [
        "don_vi.csv:5: ma_cum: lỗi: cụm/khối không tồn tại trong cum_khoi.csv: \"C9\"",
        "de_nghi.csv:9: ma_don_vi: lỗi: đơn vị không tồn tại",
        "de_nghi.csv:10: ma_phong_trao: lỗi: phong trào",
        "de_nghi.csv:11: ma_hinh_thuc: lỗi: hình thức khen thưởng không tồn tại",
      ])
  }

  func testInvalidEnumeratedValue() throws {
    try assertError(
      [
        "de_nghi.csv": FixtureFolder.nominations(
          adding: ["N8,PT1,U1,đơn vị,Chi bộ thôn,,,,,GKH,chờ,10/02/2025,,,"])
      ],
      expect: [
        "de_nghi.csv:9: doi_tuong: lỗi: giá trị không hợp lệ: \"đơn vị\"", "de_nghi.csv:9: trang_thai: lỗi",
      ])
  }

  func testMissingRequiredFile() throws {
    try assertError(["don_vi.csv": nil], expect: ["don_vi.csv: lỗi: thiếu tệp bắt buộc"])
  }

  func testInvalidTOMLNamesTheLine() throws {
    try assertError(
      ["to_chuc.toml": "co_quan_chu_quan = \"UBND\"\nnguoi_ky = \"Hoàng Văn Nam"],
      expect: ["to_chuc.toml:2: lỗi: tệp TOML không hợp lệ"])
  }

  func testNonStringTOMLValueNamesTheLine() throws {
    try assertError(
      ["to_chuc.toml": "co_quan_chu_quan = \"UBND\"\n\nnguoi_ky = 42"],
      expect: ["to_chuc.toml:3: nguoi_ky: lỗi: giá trị phải là một chuỗi"])
  }

  /// All errors are reported, not only the first, grouped by file.
  func testEveryErrorIsReportedGroupedByFile() throws {
    let folder = try FixtureFolder([
      "de_nghi.csv": FixtureFolder.nominations(
        adding: [
          "N8,PT1,U9,tập thể,Chi bộ thôn,,,,,GKH,đề nghị,10/02/2025,,,",
          "N9,PT1,U1,tập thể,Chi bộ thôn,,,,,GKH,đề nghị,1/13/2025,,,",
        ]),
      "dang_ky.csv": FixtureFolder.registrations + "\nPT1,U7,07/01/2025,3,",
    ])
    let outcome = Commands.check(data: folder.path, asOf: asOf)
    XCTAssertEqual(outcome.exitCode, 1)
    let errors = outcome.stderr.filter { $0.contains(": lỗi: ") }
    XCTAssertEqual(errors.count, 3, errors.joined(separator: "\n"))
    XCTAssertTrue(errors[0].hasPrefix("dang_ky.csv:4:"))
    XCTAssertTrue(errors[1].hasPrefix("de_nghi.csv:9:"))
    XCTAssertTrue(errors[2].hasPrefix("de_nghi.csv:10:"))
  }

  /// A failed run leaves the earlier outputs byte for byte as they were.
  func testFailedRunLeavesEarlierOutputs() throws {
    let good = try FixtureFolder()
    let out = FixtureFolder.temporaryOutput()
    let first = Commands.report(
      data: good.path, campaigns: ["PT1"], asOf: asOf, out: out, definitions: .builtIn)
    XCTAssertEqual(first.exitCode, 0, first.stderr.joined(separator: "\n"))
    let before = snapshot(out)
    XCTAssertEqual(before.count, 10)
    let bad = try FixtureFolder(["don_vi.csv": FixtureFolder.units + "\nU1,Trùng,C1,,"])
    let second = Commands.report(
      data: bad.path, campaigns: ["PT1"], asOf: asOf, out: out, definitions: .builtIn)
    XCTAssertEqual(second.exitCode, 1)
    XCTAssertEqual(snapshot(out), before)
  }

  func testMissingDataFolderIsExit2() {
    let outcome = Commands.check(data: "/nonexistent/thidua", asOf: asOf)
    XCTAssertEqual(outcome.exitCode, 2)
  }

  func testUnknownCampaignOnCommandLineIsExit2() throws {
    let folder = try FixtureFolder()
    let out = FixtureFolder.temporaryOutput()
    let outcome = Commands.report(
      data: folder.path, campaigns: ["KHONG"], asOf: asOf, out: out, definitions: .builtIn)
    XCTAssertEqual(outcome.exitCode, 2)
    XCTAssertFalse(FileManager.default.fileExists(atPath: out))
  }

  func testUnknownColumnIsAWarningNotAnError() throws {
    let csv = FixtureFolder.units.replacingOccurrences(of: "cap\n", with: "cap,ghi_chu\n")
    let folder = try FixtureFolder(["don_vi.csv": csv])
    let outcome = Commands.check(data: folder.path, asOf: asOf)
    XCTAssertEqual(outcome.exitCode, 0, outcome.stderr.joined(separator: "\n"))
    XCTAssertTrue(
      outcome.stderr.contains("don_vi.csv:1: ghi_chu: cảnh báo: cột không có trong mẫu, bị bỏ qua"))
  }
}
