import Core
import Foundation
import Tabular
import TestSupport
import XCTest

@testable import ThiduaKit

/// DATA.md "Headers as people write them": the headers of units' lists and provincial
/// templates, row-number columns, enumerated values as provincial systems export them
/// (`TAPTHE`, `NU`), a `Nữ` column of marks, awards written by name, and messages that
/// name a column as the file heads it with the contract's name beside it.
final class PeopleHeadersTests: XCTestCase {
  let asOf = CalendarDay(year: 2025, month: 10, day: 31)!

  /// A de_nghi.csv headed the way a provincial template heads it (one header cell with a
  /// line break), with STT, kinds and statuses coded without `_`, awards by name and code.
  static let header =
    "STT,Mã đề nghị,Mã phong trào,Mã đơn vị,Loại đối tượng,\"Họ và\ntên\",\"Chức vụ, đơn vị công tác\",Nữ,"
    + "Dân tộc,LĐTT,Hình thức khen thưởng,Trạng thái,Ngày trình,Số QĐ,Ngày QĐ,Tóm tắt thành tích"
  static let rows = [
    "1,P1,PT1,U3,CANHAN,Nông Thị Ánh,Nông dân,x,Tày,x,Giấy khen của Chủ tịch UBND huyện,DAKHENTHUONG,10/02/2025,12/QĐ-UBND,20/03/2025,Hiến đất",
    "2,P2,PT1,U3,TAPTHE,Thôn Nà Pàn,,,,,GKH,DA_KHEN_THUONG,10/02/2025,12/QĐ-UBND,20/03/2025,Thôn văn hóa",
    "3,P3,PT1,U2,CANHAN,Hoàng Văn Bình,Trưởng thôn,,Kinh,,\"GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN\",DANGTHAMDINH,11/02/2025,,,",
    "4,P4,PT1,U1,HOGIADINH,Hộ ông Lương Văn Tú,,,,,bằng khen của chủ tịch ubnd tỉnh,DENGHI,12/03/2025,,,",
  ]

  static func folder(_ extra: [String: String?] = [:], rows: [String] = rows) throws -> FixtureFolder {
    var changes: [String: String?] = ["de_nghi.csv": ([header] + rows).joined(separator: "\n")]
    for (k, v) in extra { changes[k] = v }
    return try FixtureFolder(changes)
  }

  func testPeopleHeadersReadAsTheContractsColumns() throws {
    let folder = try Self.folder()
    let loaded = try DataFolderLoader.load(folder: folder.path)
    XCTAssertEqual(loaded.diagnostics, [], "STT and every header are known: no warning")
    let data = loaded.dataSet
    let ns = data.nominations
    XCTAssertEqual(ns.map(\.id), ["P1", "P2", "P3", "P4"])
    XCTAssertEqual(ns.map(\.kind), [.individual, .collective, .individual, .household])
    XCTAssertEqual(ns.map(\.status), [.awarded, .awarded, .underReview, .submitted])
    XCTAssertEqual(ns.map { data.catalogue[$0.award].code }, ["GKH", "GKH", "GKH", "BKT"])
    XCTAssertEqual(ns.map(\.gender), [.female, nil, nil, nil], "the Nữ column's mark")
    XCTAssertEqual(ns.map(\.isDirectWorker), [true, false, false, false])
    XCTAssertEqual(ns.map(\.isMinority), [true, false, false, false])
    XCTAssertEqual(data.texts.name(of: ns[0]), "Nông Thị Ánh")
    XCTAssertEqual(data.texts.text(.position, of: ns[0]), "Nông dân")
    XCTAssertEqual(data.texts.text(.decisionNumber, of: ns[0]), "12/QĐ-UBND")
    XCTAssertEqual(data.texts.text(.achievement, of: ns[1]), "Thôn văn hóa")
    XCTAssertEqual(ns.map(\.decisionDate), [ns[0].decisionDate, ns[0].decisionDate, nil, nil])
  }

  /// The same file read on two cores (the fast path in both halves) gives the same rows.
  func testPeopleHeadersOnTheTwoCoreFastPath() throws {
    var rows = Self.rows
    for i in 5...60 {
      rows.append(
        "\(i),Q\(i),PT1,U2,CANHAN,Vi Văn \(i),,\(i % 2 == 0 ? "x" : ""),Dao,,GKX,DENGHI,15/04/2025,,,")
    }
    let folder = try Self.folder(rows: rows)
    let one = try DataFolderLoader.load(folder: folder.path, needs: nil, chunkSize: nil)
    let two = try DataFolderLoader.load(
      folder: folder.path, needs: nil, settings: ReadTestsHalves.split(chunkSize: 4096))
    XCTAssertEqual(one.diagnostics, [])
    XCTAssertEqual(two.diagnostics, [])
    XCTAssertEqual(one.dataSet.nominations.count, 60)
    XCTAssertEqual(one.dataSet.nominations.map(\.id), two.dataSet.nominations.map(\.id))
    XCTAssertEqual(one.dataSet.nominations.map(\.gender), two.dataSet.nominations.map(\.gender))
    XCTAssertEqual(one.dataSet.nominations.filter { $0.gender == .female }.count, 1 + 28)
  }

  /// T1's and so-lieu.csv's "nữ" count the Nữ column's marks.
  func testFemaleMarksCountInTheFactTable() throws {
    let folder = try Self.folder()
    let out = FixtureFolder.temporaryOutput()
    let outcome = Commands.report(
      data: folder.path, campaigns: ["PT1"], asOf: asOf, out: out, definitions: .builtIn)
    XCTAssertEqual(outcome.exitCode, 0, outcome.stderr.joined(separator: "\n"))
    let facts = try CSVFile(path: out + "/PT1/so-lieu.csv").records
    let awardedU3 = facts.filter {
      $0["ma_don_vi"] == "U3" && $0["doi_tuong"] == "ca_nhan" && $0["trang_thai"] == "da_khen_thuong"
    }
    XCTAssertEqual(awardedU3.map { $0["nu"] }, ["1"])
    XCTAssertEqual(awardedU3.map { $0["lao_dong_truc_tiep"] }, ["1"])
  }

  func testMessagesNameTheColumnAsTheFileHeadsIt() throws {
    var rows = Self.rows
    rows[2] = rows[2].replacingOccurrences(of: "11/02/2025", with: "31/02/2025")
    rows[3] = rows[3].replacingOccurrences(of: "HOGIADINH", with: "HO GIA")
    let folder = try Self.folder(rows: rows)
    let lines = DiagnosticReport.lines(try DataFolderLoader.load(folder: folder.path).diagnostics)
    XCTAssertEqual(
      lines,
      [
        "de_nghi.csv:5: Ngày trình (ngay_de_nghi): lỗi: ngày không hợp lệ: \"31/02/2025\" (cần dạng dd/mm/yyyy)",
        "de_nghi.csv:6: Loại đối tượng (doi_tuong): lỗi: giá trị không hợp lệ: \"HO GIA\" "
          + "(cần một trong: tập thể, cá nhân, hộ gia đình)",
      ])
  }

  func testAHeaderWithALineBreakIsNamedOnOneLine() throws {
    var rows = Self.rows
    rows[0] = rows[0].replacingOccurrences(of: "Nông Thị Ánh", with: "")
    let folder = try Self.folder(rows: rows)
    let lines = DiagnosticReport.lines(try DataFolderLoader.load(folder: folder.path).diagnostics)
    XCTAssertEqual(lines, ["de_nghi.csv:3: Họ và tên (ten): lỗi: thiếu giá trị bắt buộc"])
  }

  func testAnUnknownAwardNameListsTheCatalogue() throws {
    var rows = Self.rows
    rows[1] = rows[1].replacingOccurrences(of: ",GKH,", with: ",Giấy khen của Giám đốc Sở,")
    let folder = try Self.folder(rows: rows)
    let lines = DiagnosticReport.lines(try DataFolderLoader.load(folder: folder.path).diagnostics)
    XCTAssertEqual(lines.count, 1, lines.joined(separator: "\n"))
    XCTAssertTrue(
      lines[0].hasPrefix(
        "de_nghi.csv:4: Hình thức khen thưởng (ma_hinh_thuc): lỗi: hình thức khen thưởng không tồn tại "
          + "trong danh mục mặc định: \"Giấy khen của Giám đốc Sở\" (danh mục: HCLD3 (Huân chương Lao động hạng Ba), "
      ),
      lines[0])
    XCTAssertTrue(lines[0].contains("GKX (Giấy khen của Chủ tịch UBND xã)"), lines[0])
  }

  func testAnAwardNameThatMatchesTwoAwardsIsAnError() throws {
    let catalogue = """
      ma_hinh_thuc,ten_hinh_thuc,cap,thu_tu
      GKH,Giấy khen của Chủ tịch UBND huyện,HUYEN,1
      GKH2,Giấy khen của Chủ tịch UBND huyện,huyện,2
      BKT,Bằng khen của Chủ tịch UBND tỉnh,TINH,3
      GKX,Giấy khen,XA,4
      """
    let folder = try Self.folder(["hinh_thuc.csv": catalogue])
    let lines = DiagnosticReport.lines(try DataFolderLoader.load(folder: folder.path).diagnostics)
    // P1 and P3 name the award twice listed; P2 uses the code, P4 the province's award.
    XCTAssertEqual(lines.count, 2, lines.joined(separator: "\n"))
    for (line, row) in zip(lines, [3, 5]) {
      XCTAssertTrue(
        line.hasPrefix(
          "de_nghi.csv:\(row): Hình thức khen thưởng (ma_hinh_thuc): lỗi: tên hình thức khen thưởng "),
        line)
      XCTAssertTrue(line.contains("khớp 2 hình thức trong hinh_thuc.csv"), line)
      XCTAssertTrue(line.hasSuffix("GKX (Giấy khen))"), line)
    }
  }

  /// Cluster kinds, award levels and genders without `_`, in the other files.
  func testEnumeratedValuesWithoutUnderscores() throws {
    let clusters = """
      Mã cụm,Tên cụm,Loại,Trưởng cụm,Phó cụm
      C2,Cụm thi đua số 2,CUM,U3,U2
      C1,Khối cơ quan,KHOI,U1,
      """
    let catalogue = """
      Mã hình thức,Tên hình thức,Cấp,Thứ tự
      HC,Huân chương Lao động hạng Ba,TRUNGUONG,1
      GKH,Giấy khen của Chủ tịch UBND huyện,HUYEN,2
      BKT,Bằng khen của Chủ tịch UBND tỉnh,TINH,3
      GKX,Giấy khen của Chủ tịch UBND xã,XA,4
      GKCQ,Giấy khen của Thủ trưởng cơ quan,COQUAN,5
      """
    let folder = try FixtureFolder([
      "cum_khoi.csv": clusters, "hinh_thuc.csv": catalogue,
      "de_nghi.csv": FixtureFolder.nominations.replacingOccurrences(of: ",Nữ,", with: ",NU,")
        .replacingOccurrences(of: ",Nam,", with: ",NAM,"),
    ])
    let loaded = try DataFolderLoader.load(folder: folder.path)
    XCTAssertEqual(loaded.diagnostics, [])
    XCTAssertEqual(loaded.dataSet.clusters.map(\.kind), [.cluster, .block])
    XCTAssertEqual(
      loaded.dataSet.catalogue.map(\.level), [.central, .district, .province, .commune, .agency])
    XCTAssertEqual(
      loaded.dataSet.nominations.map(\.gender), [.female, nil, .male, .female, .male, .male, .male])
  }

  /// The other files' people's headers: `Tên đơn vị`, `Số người đăng ký`.
  func testUnitAndRegistrationHeaders() throws {
    let units = """
      STT,Mã đơn vị,Đơn vị,Mã cụm
      1,U3,UBND xã Tri Lễ,C2
      2,U1,Phòng Nội vụ,C1
      3,U2,UBND xã Hữu Lễ,C2
      """
    let registrations = """
      TT,Mã phong trào,Mã đơn vị,Số người đăng ký
      1,PT1,U3,1.200
      """
    let folder = try FixtureFolder(["don_vi.csv": units, "dang_ky.csv": registrations])
    let loaded = try DataFolderLoader.load(folder: folder.path)
    XCTAssertEqual(loaded.diagnostics, [])
    XCTAssertEqual(loaded.dataSet.units.map(\.name), ["UBND xã Tri Lễ", "Phòng Nội vụ", "UBND xã Hữu Lễ"])
    XCTAssertEqual(loaded.dataSet.registrations?.map(\.participants), [1200])
  }

  /// A missing column names the headers people write for it too.
  func testAMissingColumnNamesItsPeoplesHeaders() throws {
    let header = Self.header.replacingOccurrences(of: "\"Họ và\ntên\"", with: "Người")
    let folder = try FixtureFolder(["de_nghi.csv": ([header] + Self.rows).joined(separator: "\n")])
    let lines = DiagnosticReport.lines(try DataFolderLoader.load(folder: folder.path).diagnostics)
    XCTAssertTrue(
      lines.contains(
        "de_nghi.csv:1: ten: lỗi: thiếu cột bắt buộc (tên cột \"ten\", \"nominee\", \"Họ và tên\" hoặc \"Họ tên\")"
      ),
      lines.joined(separator: "\n"))
    XCTAssertTrue(lines.contains("de_nghi.csv:1: Người: cảnh báo: cột không có trong mẫu, bị bỏ qua"))
  }
}
