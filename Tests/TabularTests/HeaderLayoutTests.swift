import XCTest

@testable import Tabular

final class HeaderLayoutTests: XCTestCase {
  func testGroupsMergeAcrossAndLeavesDown() {
    let layout = HeaderLayout(columns: Samples.awards.columns)
    XCTAssertEqual(layout.depth, 2)
    let blocks = layout.blocks.map {
      "\($0.label)@\($0.firstLevel),\($0.firstColumn)-\($0.lastLevel),\($0.lastColumn)"
    }
    XCTAssertEqual(
      blocks,
      [
        "STT@0,0-1,0", "Đơn vị@0,1-1,1", "Bằng khen của Chủ tịch UBND tỉnh@0,2-0,3", "Tổng số@0,4-0,5",
        "Tỷ lệ (%)@0,6-1,6", "Ngày quyết định@0,7-1,7",
        "Tập thể@1,2-1,2", "Cá nhân@1,3-1,3", "Tập thể@1,4-1,4", "Cá nhân@1,5-1,5",
      ])
  }

  func testSameLabelUnderDifferentParentsStaysApart() {
    let columns = [
      Column(["A", "X", "1"], kind: .integer), Column(["A", "X", "2"], kind: .integer),
      Column(["B", "X", "1"], kind: .integer), Column(["B", "X", "1"], kind: .integer),
    ]
    let layout = HeaderLayout(columns: columns)
    let level1 = layout.blocks.filter { $0.firstLevel == 1 }.map { "\($0.firstColumn)-\($0.lastColumn)" }
    XCTAssertEqual(level1, ["0-1", "2-3"])
    // Equal leaves are separate columns.
    XCTAssertEqual(layout.blocks.filter { $0.firstLevel == 2 }.count, 4)
  }

  func testSignatureNamesAlign() {
    let block = SignatureBlock(
      left: ["NGƯỜI LẬP BIỂU", "Lê Thị Hoa"],
      right: ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Hoàng Văn Nam"], room: 4)
    XCTAssertEqual(block.left.count, block.right.count)
    XCTAssertEqual(block.left.last?.text, "Lê Thị Hoa")
    XCTAssertEqual(block.right.last?.text, "Hoàng Văn Nam")
  }

  func testSheetNames() {
    var names = SheetNames(unnamed: "Trang {n}")
    XCTAssertEqual(names.claim("Tổng hợp [T1]: khen thưởng / đề nghị * ?", index: 0).utf16.count <= 31, true)
    XCTAssertEqual(names.claim("'a'", index: 1), "a")
    XCTAssertEqual(names.claim("A", index: 2), "A (2)")
    XCTAssertEqual(names.claim("", index: 3), "Trang 4")
    let long = names.claim(String(repeating: "Đ", count: 40), index: 4)
    XCTAssertEqual(long.count, 31)
  }
}
