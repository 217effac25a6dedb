import Core
import Foundation
import Tabular
import TestSupport
import ThiduaKit
import XCTest

/// A province and its communes (issue 18): six communes' report folders made
/// by `thidua report` on small data folders (two of them sample-data's two
/// campaigns, whose ids are not the province's), one commune that sent
/// nothing, one folder named by the commune's name instead of its id.
///
/// Roster of the province (clusters in file order, not id order):
/// CUM-A: X1 Tri Lễ, X5 Bình Phúc (folder "Xã Bình Phúc"), X7 Tràng Phái (missing);
/// CUM-B: X3 Văn An (sample NTM2025), X2 Hữu Lễ (fixture PT2);
/// KHOI-C: X4 Yên Phúc (sample LVT115), X6 Khánh Khê.
struct ProvinceFixture {
  static let campaign = "TINH2025"
  static let asOf = CalendarDay(year: 2025, month: 10, day: 31)!

  /// id, name, cluster, the folder name received (nil: not sent).
  static let offices: [(id: String, name: String, cluster: String, folder: String?)] = [
    ("X1", "Xã Tri Lễ", "CUM-A", "X1"),
    ("X5", "Xã Bình Phúc", "CUM-A", "Xã Bình Phúc"),
    ("X7", "Xã Tràng Phái", "CUM-A", nil),
    ("X3", "Xã Văn An", "CUM-B", "X3"),
    ("X2", "Xã Hữu Lễ", "CUM-B", "X2"),
    ("X4", "Xã Yên Phúc", "KHOI-C", "X4"),
    ("X6", "Xã Khánh Khê", "KHOI-C", "X6"),
  ]
  static let clusters = [
    ("CUM-A", "Cụm xã phía Bắc"), ("CUM-B", "Cụm xã phía Nam"), ("KHOI-C", "Khối xã vùng cao"),
  ]

  /// The province's own folder (`--data`) and what it received (`--from`).
  let data: String
  let from: String
  /// Each commune's report folder (`<out>/<its campaign>/`), by office id.
  let reports: [String: String]

  /// Builds it once per test run (the communes' reports take a few seconds).
  nonisolated(unsafe) static var shared: ProvinceFixture?
  static func get() throws -> ProvinceFixture {
    if let shared { return shared }
    let made = try ProvinceFixture()
    shared = made
    return made
  }

  private init() throws {
    let root = ScratchSpace.path("province")
    var reports: [String: String] = [:]
    // The communes' data folders and the campaign each reports.
    let households = FixtureFolder.nominations(adding: [
      "H1,PT1,U2,hộ gia đình,Hộ ông Lý Văn Sình,,,,,GKH,đã khen thưởng,05/03/2025,7/QĐ-UBND,10/03/2025,Hiến đất",
      "H2,PT1,U1,hộ gia đình,Hộ bà Hoàng Thị Mai,,,,,GKH,đã khen thưởng,05/03/2025,7/QĐ-UBND,10/03/2025,",
      // the same name as X1's N1, for the tie of equal names (office order)
      "H3,PT1,U2,cá nhân,Nông Thị Ánh,Hội viên,Nữ,Nùng,,GKH,đã khen thưởng,06/03/2025,8/QĐ-UBND,11/03/2025,",
      "H4,PT1,U1,tập thể,Chi hội Phụ nữ thôn Bản Châu,,,,,BKT,đã khen thưởng,06/03/2025,9/QĐ-UBND,12/03/2025,",
    ])
    let more = FixtureFolder.nominations(adding: [
      "K1,PT1,U3,cá nhân,Đàm Văn An,Bí thư chi bộ,Nam,Tày,x,GKX,đã khen thưởng,07/03/2025,3/QĐ-UBND,20/03/2025,",
      "K2,PT1,U3,cá nhân,Đàm Văn An,Trưởng thôn,Nam,Tày,,GKX,đã khen thưởng,07/03/2025,3/QĐ-UBND,20/03/2025,",
      "K3,PT1,U1,cá nhân,Vy Thị Ưng,Công chức,Nữ,Nùng,x,GKX,không đạt,07/03/2025,,,",
    ])
    let sources: [(office: String, data: String, campaign: String)] = [
      ("X1", try FixtureFolder().path, "PT1"),
      ("X2", try FixtureFolder().path, "PT2"),
      ("X3", Repository.sampleData, "NTM2025"),
      ("X4", Repository.sampleData, "LVT115"),
      ("X5", try FixtureFolder(["de_nghi.csv": households]).path, "PT1"),
      ("X6", try FixtureFolder(["de_nghi.csv": more]).path, "PT1"),
    ]
    for s in sources {
      let out = "\(root)/communes/\(s.office)"
      let outcome = Commands.report(
        data: s.data, campaigns: [s.campaign], asOf: Self.asOf, out: out, definitions: .builtIn)
      guard outcome.exitCode == 0 else {
        throw NSError(
          domain: "ProvinceFixture", code: 1, userInfo: [NSLocalizedDescriptionKey: outcome.stderr.joined()])
      }
      reports[s.office] = "\(out)/\(s.campaign)"
    }
    self.reports = reports
    from = "\(root)/nhan"
    for o in Self.offices {
      guard let folder = o.folder else { continue }
      try FileManager.default.createDirectory(
        atPath: "\(from)/\(Self.campaign)", withIntermediateDirectories: true)
      try FileManager.default.copyItem(atPath: reports[o.id]!, toPath: "\(from)/\(Self.campaign)/\(folder)")
    }
    data = "\(root)/tinh"
    try Self.writeRoster(
      to: data, offices: Self.offices.map { ($0.id, $0.name, $0.cluster) }, clusters: Self.clusters)
  }

  /// Writes an upper level's folder: one campaign `TINH2025`, the clusters and offices given.
  static func writeRoster(
    to folder: String, offices: [(id: String, name: String, cluster: String)], clusters: [(String, String)],
    campaigns: [String] = [campaign]
  ) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let files = [
      "phong_trao.csv": "ma_phong_trao,ten_phong_trao,ngay_bat_dau,ngay_ket_thuc\n"
        + campaigns.map { "\($0),Phong trào thi đua của tỉnh năm 2025,01/01/2025,31/12/2025\n" }.joined(),
      "cum_khoi.csv": "ma_cum,ten_cum,loai\n" + clusters.map { "\($0.0),\($0.1),cụm\n" }.joined(),
      "don_vi.csv": "ma_don_vi,ten_don_vi,ma_cum\n"
        + offices.map { "\($0.id),\($0.name),\($0.cluster)\n" }.joined(),
      "to_chuc.toml": "co_quan_chu_quan = \"UBND TỈNH LẠNG SƠN\"\nco_quan_ban_hanh = \"SỞ NỘI VỤ\"\n",
    ]
    for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: "\(folder)/\(name)")) }
  }
}
