import Core
import Foundation
import ThiduaKit
import XCTest

/// Each rule of DATA.md "Lists sent by units" broken once in the lists fixture: exit 1,
/// nothing written, and a message naming the list's file and line.
final class ListsErrorTests: XCTestCase {
  func assertError(
    _ changes: [String: String?], expect expected: [String], file: StaticString = #filePath,
    line: UInt = #line
  ) throws {
    let folder = try ListsFixture(changes)
    let out = FixtureFolder.temporaryOutput()
    let outcome = Commands.report(
      data: folder.path, campaigns: [], asOf: ValueParser.date("2025-10-31")!, out: out, definitions: .builtIn
    )
    XCTAssertEqual(outcome.exitCode, 1, outcome.stderr.joined(separator: "\n"), file: file, line: line)
    XCTAssertEqual(outcome.stdout, [], file: file, line: line)
    XCTAssertFalse(FileManager.default.fileExists(atPath: out), "nothing written", file: file, line: line)
    let errors = outcome.stderr.filter { $0.contains(": lỗi: ") }
    XCTAssertEqual(errors, expected, file: file, line: line)
  }

  static let triLe = "de_nghi/PT1/UBND xã Tri Lễ.csv"

  func testAFileNameThatIsNoUnitNamesTheNearestUnits() throws {
    try assertError(
      [Self.triLe: nil, "de_nghi/PT1/UBND xa Tri Le 2.csv": try ListsFixture.text(Self.triLe)],
      expect: [
        "de_nghi/PT1/UBND xa Tri Le 2.csv: lỗi: tên tệp \"UBND xa Tri Le 2\" không phải mã hay tên một đơn vị "
          + "trong don_vi.csv (gần nhất: X1 (UBND xã Tri Lễ), X2 (UBND xã Hữu Lễ), X3 (UBND xã Tân Đoàn))"
      ])
  }

  func testAFileNameTwoUnitsShareIsAnError() throws {
    let units = try ListsFixture.text("don_vi.csv") + "X5,UBND xã Tri Lễ,C1,xã,xã\n"
    try assertError(
      ["don_vi.csv": units],
      expect: [
        Self.triLe + ": lỗi: tên tệp \"UBND xã Tri Lễ\" không phải mã hay tên một đơn vị trong don_vi.csv "
          + "(khớp 2 đơn vị: X1 (UBND xã Tri Lễ), X5 (UBND xã Tri Lễ))"
      ])
  }

  func testTwoListsOfOneUnit() throws {
    try assertError(
      ["de_nghi/PT1/X1.csv": try ListsFixture.text(Self.triLe)],
      expect: [
        // Files are taken in byte order of their names: "UBND…" before "X1".
        "de_nghi/PT1/X1.csv: lỗi: đơn vị X1 đã có danh sách \(Self.triLe) trong phong trào này; gộp làm một tệp"
      ])
  }

  func testAFolderThatIsNoCampaign() throws {
    try assertError(
      ["de_nghi/PT9/X1.csv": try ListsFixture.text(Self.triLe)],
      expect: [
        "de_nghi/PT9: lỗi: thư mục danh sách đề nghị của phong trào không tồn tại trong phong_trao.csv: \"PT9\""
      ])
  }

  func testARowWhoseKindDisagreesWithItsHeading() throws {
    let list =
      "STT,Họ và tên,Đối tượng,Hình thức khen thưởng,Ngày đề nghị\nI. TẬP THỂ,,,,\n"
      + "1,Thôn Nà Pàn,tập thể,GKH,01/05/2025\n2,Nông Văn Dũng,cá nhân,GKH,01/05/2025\n"
    try assertError(
      ["de_nghi/PT1/X3.csv": list],
      expect: [
        "de_nghi/PT1/X3.csv:4: Đối tượng (doi_tuong): lỗi: đối tượng \"cá nhân\" khác với dòng tiêu đề "
          + "\"I. TẬP THỂ\" ở dòng 2"
      ])
  }

  func testARowWithNoKind() throws {
    let list = "Họ và tên,Hình thức khen thưởng,Ngày đề nghị\nNông Văn Dũng,GKH,01/05/2025\n"
    try assertError(
      ["de_nghi/PT1/X3.csv": list],
      expect: [
        "de_nghi/PT1/X3.csv:2: doi_tuong: lỗi: thiếu đối tượng: ghi cột doi_tuong (tập thể, cá nhân, hộ gia đình) "
          + "hoặc đặt dòng tiêu đề nhóm (\"I. TẬP THỂ\", \"II. CÁ NHÂN\") phía trên"
      ])
  }

  func testAListWithNoDateAndNoReceiptIsOneError() throws {
    let list = "STT,Họ và tên,Hình thức khen thưởng\nCá nhân,,\n1,Nông Văn Dũng,GKH\n2,Lục Văn Hùng,GKH\n"
    try assertError(
      ["de_nghi/PT1/X3.csv": list],
      expect: [
        "de_nghi/PT1/X3.csv: ngay_de_nghi: lỗi: danh sách không ghi ngày đề nghị (2 dòng (từ dòng 3)) và đơn vị X3 "
          + "chưa có ngày nhận trong de_nghi/PT1/tiep_nhan.csv: ghi ngày vào cột ngay_de_nghi của danh sách, "
          + "hoặc ghi ma_don_vi và ngay_nhan vào de_nghi/PT1/tiep_nhan.csv"
      ])
  }

  func testAnIDOfDeNghiCsvUsedInAList() throws {
    let list = try ListsFixture.text("de_nghi/PT1/X2.csv").replacingOccurrences(of: "HL-03;", with: "N1;")
    try assertError(
      ["de_nghi/PT1/X2.csv": list],
      expect: ["de_nghi/PT1/X2.csv:4: ma_de_nghi: lỗi: trùng mã \"N1\" (đã có ở de_nghi.csv:2)"])
  }

  func testAnIDOfAnotherList() throws {
    let list = try ListsFixture.text("de_nghi/PT1/X2.csv").replacingOccurrences(
      of: "HL-04;", with: "PT1/X1/2;")
    try assertError(
      ["de_nghi/PT1/X2.csv": list],
      expect: [
        "de_nghi/PT1/X2.csv:5: ma_de_nghi: lỗi: trùng mã \"PT1/X1/2\" (đã có ở de_nghi/PT1/UBND xã Tri Lễ.csv:8)"
      ])
  }

  func testAnUnknownAwardNameListsTheCatalogue() throws {
    let list = try ListsFixture.text(Self.triLe).replacingOccurrences(
      of: "Bằng khen của Chủ tịch UBND tỉnh", with: "Bằng khen của Bộ trưởng")
    let folder = try ListsFixture([Self.triLe: list])
    let outcome = Commands.report(
      data: folder.path, campaigns: [], asOf: ValueParser.date("2025-10-31")!,
      out: FixtureFolder.temporaryOutput(), definitions: .builtIn)
    XCTAssertEqual(outcome.exitCode, 1)
    let errors = outcome.stderr.filter { $0.contains(": lỗi: ") }
    XCTAssertEqual(errors.count, 1)
    XCTAssertTrue(
      errors[0].hasPrefix(
        Self.triLe
          + ":11: Hình thức khen thưởng (ma_hinh_thuc): lỗi: hình thức khen thưởng không tồn tại trong "
          + "danh mục mặc định: \"Bằng khen của Bộ trưởng\" (danh mục: HCLD3 (Huân chương Lao động hạng Ba)"),
      errors[0])
  }

  func testAUnitColumnThatDisagreesWithThePath() throws {
    let list =
      "Mã đơn vị,Họ và tên,Đối tượng,Hình thức khen thưởng,Ngày đề nghị\nX1,Nông Văn Dũng,cá nhân,GKH,01/05/2025\n"
    try assertError(
      ["de_nghi/PT1/X3.csv": list],
      expect: [
        "de_nghi/PT1/X3.csv:2: Mã đơn vị (ma_don_vi): lỗi: đơn vị \"X1\" khác với đơn vị của danh sách theo "
          + "đường dẫn tệp: \"X3\""
      ])
  }

  func testAListWithNoHeaderRow() throws {
    try assertError(
      ["de_nghi/PT1/X3.csv": "Danh sách\nNông Văn Dũng,cá nhân\n"],
      expect: [
        "de_nghi/PT1/X3.csv: lỗi: không thấy dòng tiêu đề của danh sách (trong 30 dòng đầu, một dòng có cột "
          + "\"Họ và tên\" hoặc \"ten\" và cột \"Hình thức khen thưởng\" hoặc \"ma_hinh_thuc\")"
      ])
  }

  func testAnOldExcelFile() throws {
    try assertError(
      ["de_nghi/PT1/X3.xls": "not a workbook"],
      expect: [
        "de_nghi/PT1/X3.xls: lỗi: tệp de_nghi/PT1/X3.xls là bảng tính Excel 97-2003 (.xls), không phải .xlsx; "
          + "hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx (Excel Workbook)"
      ])
  }

  func testAReceiptForNoUnit() throws {
    let receipts = try ListsFixture.text("de_nghi/PT1/tiep_nhan.csv") + ",Phòng Tài chính,01/06/2025,\n"
    try assertError(
      ["de_nghi/PT1/tiep_nhan.csv": receipts],
      expect: [
        "de_nghi/PT1/tiep_nhan.csv:4: ten_don_vi: lỗi: không phải tên một đơn vị trong don_vi.csv: \"Phòng Tài chính\" "
          + "(gần nhất: CQ1 (Phòng Nội vụ), X1 (UBND xã Tri Lễ), X2 (UBND xã Hữu Lễ))"
      ])
  }

  func testABadDateInAList() throws {
    let list = try ListsFixture.text("de_nghi/PT1/X2.csv").replacingOccurrences(
      of: "25/04/2025", with: "31/04/2025")
    try assertError(
      ["de_nghi/PT1/X2.csv": list],
      expect: [
        "de_nghi/PT1/X2.csv:5: Ngày đề nghị (ngay_de_nghi): lỗi: ngày không hợp lệ: \"31/04/2025\" (cần dạng dd/mm/yyyy)"
      ])
  }
}
