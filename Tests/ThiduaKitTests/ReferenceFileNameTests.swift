import Foundation
import TestSupport
import XCTest

@testable import ThiduaKit

/// A message about an unknown id sends the user to the file that was read: `don_vi.xlsx`
/// when the roster came as a workbook, not the contract's `don_vi.csv` (DATA.md
/// "Spreadsheets": a table is `X.csv` or `X.xlsx`).
final class ReferenceFileNameTests: XCTestCase {
  /// sample-data's campaigns, clusters and units as workbooks (Fixtures/xlsx/sample-openpyxl),
  /// beside CSV files that name one id that is in none of them.
  func folder() throws -> String {
    let dir = try ScratchSpace.folder("reference-names").path
    let fixture = (WorkbookFolderTests.fixtures as NSString).appendingPathComponent("sample-openpyxl")
    for name in ["phong_trao.xlsx", "cum_khoi.xlsx", "don_vi.xlsx"] {
      try FileManager.default.copyItem(
        atPath: (fixture as NSString).appendingPathComponent(name),
        toPath: (dir as NSString).appendingPathComponent(name))
    }
    let files = [
      "de_nghi.csv": """
      ma_de_nghi,ma_phong_trao,ma_don_vi,doi_tuong,ten,ma_hinh_thuc,trang_thai,ngay_de_nghi
      N1,LVT115,TT-VANQUAN,cá nhân,Chu Thị Ngân,GKH,đề nghị,16/01/2025
      N2,LVT115,DN-KHONG-CO,cá nhân,Hoàng Văn Đức,GKH,đề nghị,05/05/2025
      N3,PT-KHONG-CO,TT-VANQUAN,cá nhân,Lê Văn An,GKH,đề nghị,05/05/2025
      """,
      "dang_ky.csv": """
      ma_phong_trao,ma_don_vi,ngay_dang_ky,so_nguoi_tham_gia,noi_dung
      LVT115,DK-KHONG-CO,05/01/2025,10,
      """,
      "tien_do.csv": """
      ma_phong_trao,ma_don_vi,ky,chi_tieu,gia_tri
      LVT115,TD-KHONG-CO,01/2025,Mô hình tiêu biểu,2
      """,
    ]
    for (name, text) in files {
      try Data((text + "\n").utf8).write(
        to: URL(fileURLWithPath: (dir as NSString).appendingPathComponent(name)))
    }
    return dir
  }

  func testUnknownIDsNameTheWorkbooksTheRosterCameFrom() throws {
    let dir = try folder()
    // The ordinary read, and `de_nghi.csv` in two halves read a few bytes at a time.
    for settings in [
      ReadSettings.standard, ReadSettings(chunkSize: 7, halvesMinimumBytes: 0, splitFraction: 0.5),
    ] {
      let result = try DataFolderLoader.load(folder: dir, needs: nil, settings: settings)
      let messages = result.diagnostics.map { "\($0.file): \($0.message)" }
      let all = messages.joined(separator: "\n")
      for expected in [
        "de_nghi.csv: đơn vị không tồn tại trong don_vi.xlsx: \"DN-KHONG-CO\"",
        "de_nghi.csv: phong trào không tồn tại trong phong_trao.xlsx: \"PT-KHONG-CO\"",
        "dang_ky.csv: đơn vị không tồn tại trong don_vi.xlsx: \"DK-KHONG-CO\"",
        "tien_do.csv: đơn vị không tồn tại trong don_vi.xlsx: \"TD-KHONG-CO\"",
      ] {
        XCTAssertTrue(messages.contains(expected), "missing \(expected) in:\n\(all)")
      }
      XCTAssertFalse(all.contains("don_vi.csv") || all.contains("phong_trao.csv"), all)
      XCTAssertEqual(result.dataSet.nominations.map(\.id), ["N1"])
    }
  }
}
