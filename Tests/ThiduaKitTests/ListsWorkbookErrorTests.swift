import Core
import Foundation
import ThiduaKit
import XCTest

/// A workbook list's errors name their cell, with the sheet when the workbook has two.
final class ListsWorkbookErrorTests: XCTestCase {
  func testAWorkbookListsErrorsNameTheirCells() throws {
    let broken = Repository.root.appendingPathComponent(
      "Tests/ThiduaKitTests/Fixtures/lists/errors/PHÒNG NỘI VỤ.xlsx")
    let folder = try ListsFixture()
    let target = folder.path + "/de_nghi/PT1/PHÒNG NỘI VỤ.xlsx"
    try FileManager.default.removeItem(atPath: target)
    try FileManager.default.copyItem(atPath: broken.path, toPath: target)
    let out = FixtureFolder.temporaryOutput()
    let outcome = Commands.report(
      data: folder.path, campaigns: [], asOf: ValueParser.date("2025-10-31")!, out: out, definitions: .builtIn
    )
    XCTAssertEqual(outcome.exitCode, 1, outcome.stderr.joined(separator: "\n"))
    XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    let errors = outcome.stderr.filter { $0.contains(": lỗi: ") }
    XCTAssertEqual(errors.count, 2, errors.joined(separator: "\n"))
    XCTAssertEqual(
      errors.first,
      "de_nghi/PT1/PHÒNG NỘI VỤ.xlsx:DANHSACH!F9: Đối tượng (doi_tuong): lỗi: đối tượng \"Tập thể\" khác với "
        + "dòng tiêu đề \"B. Cá nhân: 2\" ở dòng 8")
    XCTAssertTrue(
      errors.last?.hasPrefix(
        "de_nghi/PT1/PHÒNG NỘI VỤ.xlsx:DANHSACH!D10: Hình thức (ma_hinh_thuc): lỗi: hình thức khen thưởng không "
          + "tồn tại trong danh mục mặc định: \"Bằng khen của Bộ trưởng\" (danh mục: ") == true,
      errors.joined(separator: "\n"))
  }
}
