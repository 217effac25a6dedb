import Foundation
import TestSupport
import XCTest

/// A small, valid data folder written to a temporary directory, which each
/// test changes in one place (a file, a line) to show one rule.
///
/// Roster: cluster C2 (units U3, U2) before block C1 (unit U1) — file order,
/// not id order, so roster order is visible in every table.
struct FixtureFolder {
  let url: URL
  var path: String { url.path }

  static let campaigns = """
    ma_phong_trao,ten_phong_trao,chu_de,ngay_bat_dau,ngay_ket_thuc,han_de_nghi
    PT1,Phong trào thi đua thử nghiệm năm 2025,Đoàn kết,01/01/2025,30/06/2025,15/06/2025
    PT2,Đợt thi đua thứ hai,,01/03/2025,31/12/2025,
    """

  static let clusters = """
    ma_cum,ten_cum,loai,truong_cum,pho_cum
    C2,Cụm thi đua số 2,cụm,U3,U2
    C1,Khối cơ quan,khối,U1,
    """

  static let units = """
    ma_don_vi,ten_don_vi,ma_cum,loai_don_vi,cap
    U3,UBND xã Tri Lễ,C2,xã,xã
    U1,Phòng Nội vụ,C1,cơ quan,huyện
    U2,UBND xã Hữu Lễ,C2,xã,xã
    """

  static let registrations = """
    ma_phong_trao,ma_don_vi,ngay_dang_ky,so_nguoi_tham_gia,noi_dung
    PT1,U3,05/01/2025,1.200,Đăng ký 03 công trình
    PT1,U1,06/01/2025,35,Đăng ký 01 sáng kiến
    """

  /// Line numbers matter to the tests: N1 is on line 2, N2 on line 3, …
  static let nominations = """
    ma_de_nghi,ma_phong_trao,ma_don_vi,doi_tuong,ten,chuc_vu,gioi_tinh,dan_toc,lao_dong_truc_tiep,ma_hinh_thuc,trang_thai,ngay_de_nghi,so_quyet_dinh,ngay_quyet_dinh,thanh_tich
    N1,PT1,U3,cá nhân,Nông Thị Ánh,Nông dân thôn Nà Pàn,Nữ,Tày,x,GKH,đã khen thưởng,10/02/2025,12/QĐ-UBND,20/03/2025,Tích cực hiến đất
    N2,PT1,U3,tập thể,Thôn Nà Pàn,,,,,GKH,đã khen thưởng,10/02/2025,12/QĐ-UBND,20/03/2025,Thôn văn hóa
    N3,PT1,U2,cá nhân,Hoàng Văn Bình,Trưởng thôn,Nam,Kinh,,BKT,đang thẩm định,11/02/2025,,,
    N4,PT1,U1,cá nhân,Lương Thị Hằng,Chuyên viên,Nữ,Nùng,,GKH,đã khen thưởng,12/03/2025,30/QĐ-UBND,15/07/2025,Hoàn thành xuất sắc
    N5,PT1,U1,cá nhân,Trần Dũng,Công chức,Nam,Kinh,,GKH,không đạt,12/03/2025,,,
    N6,PT1,U3,cá nhân,Lê Đức,Giáo viên,Nam,Tày,1,GKH,đề nghị,01/08/2025,,,
    N7,PT2,U2,cá nhân,Vi Văn Páo,Nông dân,Nam,Dao,x,GKX,đã khen thưởng,15/04/2025,5/QĐ-UBND,20/04/2025,Trồng rừng
    """

  static let progress = """
    ma_phong_trao,ma_don_vi,ky,chi_tieu,gia_tri
    PT1,U3,01/2025,Mô hình tiêu biểu,2
    PT1,U3,02/2025,Mô hình tiêu biểu,1
    PT1,U1,02/2025,Sáng kiến,3
    PT1,U3,Tháng 3/2025,Sáng kiến,"1,5"
    PT1,U2,07/2025,Mô hình tiêu biểu,9
    """

  static let organisation = """
    co_quan_chu_quan = "UBND HUYỆN VĂN QUAN"
    co_quan_ban_hanh = "PHÒNG NỘI VỤ"
    dia_danh = "Văn Quan"
    chuc_vu_nguoi_ky = "KT. TRƯỞNG PHÒNG\\nPHÓ TRƯỞNG PHÒNG"
    nguoi_ky = "Hoàng Văn Nam"
    nguoi_lap_bieu = "Lê Thị Hoa"
    """

  static let base: [String: String] = [
    "phong_trao.csv": campaigns, "cum_khoi.csv": clusters, "don_vi.csv": units, "dang_ky.csv": registrations,
    "de_nghi.csv": nominations, "tien_do.csv": progress, "to_chuc.toml": organisation,
  ]

  /// Writes the base folder, with `changes` replacing whole files (nil removes one).
  init(_ changes: [String: String?] = [:]) throws {
    url = ScratchSpace.url("fixture")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    var files = Self.base.mapValues { Optional($0) }
    for (k, v) in changes { files[k] = v }
    for (name, text) in files {
      guard let text else { continue }
      try Data((text + "\n").utf8).write(to: url.appendingPathComponent(name))
    }
  }

  /// The base nominations with one line (1 = header) replaced.
  static func nominations(replacingLine n: Int, with line: String) -> String {
    var lines = nominations.components(separatedBy: "\n")
    lines[n - 1] = line
    return lines.joined(separator: "\n")
  }

  /// The base nominations with lines appended.
  static func nominations(adding extra: [String]) -> String {
    ([nominations] + extra).joined(separator: "\n")
  }

  static func temporaryOutput() -> String {
    ScratchSpace.path("out")
  }
}

/// Every file below a folder, relative path → bytes.
func snapshot(_ folder: String) -> [String: Data] {
  var out: [String: Data] = [:]
  guard let e = FileManager.default.enumerator(atPath: folder) else { return out }
  while let rel = e.nextObject() as? String {
    let p = (folder as NSString).appendingPathComponent(rel)
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), !isDir.boolValue {
      out[rel] = FileManager.default.contents(atPath: p)
    }
  }
  return out
}
