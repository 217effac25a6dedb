import Core
import Foundation
import Tabular
import TestSupport
import ThiduaKit
import XCTest

/// `thidua tong-hop` on a province of seven communes (six sent, one did not,
/// one folder named by the commune's name): every cell of T1, T2 and
/// `tinh-hinh-gui.csv` against sums computed here from the communes' own
/// `so-lieu.csv` files, and the merged list against the communes' lists
/// sorted here by the rule of REPORTS.md.
final class RollupTests: XCTestCase {
  /// One commune's `so-lieu.csv` added up by (award code, kind, status).
  struct Sums {
    var cells: [String: [Int]] = [:]  // "code|kind|status" → so_luong, nu, ldtt, dtts

    init() {}

    init(file: String) throws {
      let csv = try CSVFile(path: file)
      for r in csv.records {
        let key = "\(r["ma_hinh_thuc"]!)|\(r["doi_tuong"]!)|\(r["trang_thai"]!)"
        let v = ["so_luong", "nu", "lao_dong_truc_tiep", "dan_toc_thieu_so"].map { Int(r[$0]!)! }
        cells[key] = zip(cells[key] ?? [0, 0, 0, 0], v).map { $0 + $1 }
      }
    }

    static func + (a: Sums, b: Sums) -> Sums {
      var s = a
      for (k, v) in b.cells { s.cells[k] = zip(s.cells[k] ?? [0, 0, 0, 0], v).map { $0 + $1 } }
      return s
    }

    /// The sum of column `j` over the cells whose parts match (nil: any).
    func sum(_ j: Int = 0, code: String? = nil, kind: String? = nil, status: String? = nil) -> Int {
      cells.filter { k, _ in
        let p = k.split(separator: "|").map(String.init)
        return (code == nil || p[0] == code) && (kind == nil || p[1] == kind)
          && (status == nil || p[2] == status)
      }.values.reduce(0) { $0 + $1[j] }
    }
  }

  static let kindCodes = ["Tập thể": "tap_the", "Cá nhân": "ca_nhan", "Hộ gia đình": "ho_gia_dinh"]

  func rollUp(_ p: ProvinceFixture, tables: Set<ReportTable> = Set(ReportTable.tables(of: .rollup))) throws
    -> (
      String, RunOutcome
    )
  {
    let out = FixtureFolder.temporaryOutput()
    let outcome = Commands.tongHop(
      data: p.data, from: p.from, campaigns: [], asOf: ProvinceFixture.asOf, out: out, tables: tables,
      definitions: .builtIn)
    XCTAssertEqual(outcome.exitCode, 0, outcome.stderr.joined(separator: "\n"))
    return ("\(out)/\(ProvinceFixture.campaign)", outcome)
  }

  /// The expected rows of a per-office table: heading, office rows, subtotal per cluster, total.
  func expectedRows(
    _ p: ProvinceFixture, office: (Int, Sums, Bool) -> [String], sum: ([Int], Sums) -> [String]
  ) throws -> [[String]] {
    var rows: [[String]] = []
    var all: [Int] = []
    var grand = Sums()
    let numerals = ["I", "II", "III"]
    for (c, cluster) in ProvinceFixture.clusters.enumerated() {
      let members = ProvinceFixture.offices.indices.filter {
        ProvinceFixture.offices[$0].cluster == cluster.0
      }
      let width = office(0, Sums(), false).count
      rows.append([numerals[c], cluster.1] + [String](repeating: "", count: width))
      var sub = Sums()
      for (i, o) in members.enumerated() {
        let sent = ProvinceFixture.offices[o].folder != nil
        let s = sent ? try Sums(file: "\(p.reports[ProvinceFixture.offices[o].id]!)/so-lieu.csv") : Sums()
        sub = sub + s
        rows.append(["\(i + 1)", ProvinceFixture.offices[o].name] + office(o, s, sent))
      }
      grand = grand + sub
      all += members
      rows.append(["", "Cộng \(cluster.1)"] + sum(members, sub))
    }
    rows.append(["", "TỔNG CỘNG"] + sum(all, grand))
    return rows
  }

  func testT1EveryCell() throws {
    let p = try ProvinceFixture.get()
    let (dir, _) = try rollUp(p)
    let t1 = try CSVFile(path: "\(dir)/tong-hop-khen-thuong.csv")
    // The award columns: every award any office's rows use, in catalogue order; households shown.
    var everything = Sums()
    for id in p.reports.keys where id != "X7" {
      everything = everything + (try Sums(file: "\(p.reports[id]!)/so-lieu.csv"))
    }
    let used = AwardForm.builtIn.filter { everything.sum(code: $0.code) > 0 }
    XCTAssertGreaterThanOrEqual(used.count, 4)
    XCTAssertGreaterThan(everything.sum(kind: "ho_gia_dinh"), 0)
    let kinds = ["Tập thể", "Cá nhân", "Hộ gia đình"]
    XCTAssertEqual(
      t1.header,
      ["STT", "Đơn vị"] + used.flatMap { a in kinds.map { "\(a.name) - \($0)" } }
        + kinds.map { "Tổng số - \($0)" }
        + [
          "Tổng số - Cộng", "Trong đó (cá nhân) - Nữ", "Trong đó (cá nhân) - Lao động trực tiếp",
          "Trong đó (cá nhân) - Dân tộc thiểu số",
        ])
    func cells(_ s: Sums) -> [String] {
      t1.header.dropFirst(2).map { h -> String in
        let parts = h.components(separatedBy: " - ")
        let awarded = "da_khen_thuong"
        switch (parts[0], parts[1]) {
        case ("Tổng số", "Cộng"): return "\(s.sum(status: awarded))"
        case ("Tổng số", let k): return "\(s.sum(kind: Self.kindCodes[k]!, status: awarded))"
        case ("Trong đó (cá nhân)", "Nữ"): return "\(s.sum(1, kind: "ca_nhan", status: awarded))"
        case ("Trong đó (cá nhân)", "Lao động trực tiếp"):
          return "\(s.sum(2, kind: "ca_nhan", status: awarded))"
        case ("Trong đó (cá nhân)", "Dân tộc thiểu số"):
          return "\(s.sum(3, kind: "ca_nhan", status: awarded))"
        case (let name, let k):
          let code = AwardForm.builtIn.first { $0.name == name }!.code
          return "\(s.sum(code: code, kind: Self.kindCodes[k]!, status: awarded))"
        }
      }
    }
    let expected = try expectedRows(p, office: { _, s, _ in cells(s) }, sum: { _, s in cells(s) })
    XCTAssertEqual(t1.rows.count, expected.count)
    for (got, want) in zip(t1.rows, expected) { XCTAssertEqual(got, want) }
  }

  func testT2EveryCell() throws {
    let p = try ProvinceFixture.get()
    let (dir, _) = try rollUp(p)
    let t2 = try CSVFile(path: "\(dir)/de-nghi.csv")
    XCTAssertEqual(
      t2.header,
      [
        "STT", "Đơn vị", "Tổng số đề nghị", "Chờ xử lý", "Đã khen thưởng", "Không đạt",
        "Tỷ lệ khen thưởng (%)",
      ])
    func cells(_ s: Sums) -> [String] {
      let total = s.sum()
      let awarded = s.sum(status: "da_khen_thuong")
      let rate =
        total == 0 ? "" : String(format: "%.1f", (Double(awarded) / Double(total) * 1000).rounded() / 10)
      return [
        "\(total)", "\(s.sum(status: "de_nghi") + s.sum(status: "dang_tham_dinh"))", "\(awarded)",
        "\(s.sum(status: "khong_dat"))", rate,
      ]
    }
    let expected = try expectedRows(p, office: { _, s, _ in cells(s) }, sum: { _, s in cells(s) })
    XCTAssertEqual(t2.rows, expected)
    XCTAssertTrue(t2.rows.contains { $0[1] == "Xã Văn An" && $0[2] != "0" }, "sample-data's counts are there")
  }

  func testSentStatusEveryCell() throws {
    let p = try ProvinceFixture.get()
    let (dir, outcome) = try rollUp(p)
    let sent = try CSVFile(path: "\(dir)/tinh-hinh-gui.csv")
    XCTAssertEqual(
      sent.header, ["STT", "Đơn vị", "Đã gửi", "Số đề nghị", "Số được khen thưởng", "Số đơn vị", "Số đã gửi"])
    let expected = try expectedRows(
      p,
      office: { _, s, sent in
        sent ? ["x", "\(s.sum())", "\(s.sum(status: "da_khen_thuong"))", "", ""] : ["", "", "", "", ""]
      },
      sum: { members, s in
        let sentCount = members.filter { ProvinceFixture.offices[$0].folder != nil }.count
        return ["", "\(s.sum())", "\(s.sum(status: "da_khen_thuong"))", "\(members.count)", "\(sentCount)"]
      })
    XCTAssertEqual(sent.rows, expected)
    XCTAssertEqual(sent.rows.last, ["", "TỔNG CỘNG", "", sent.rows.last![3], sent.rows.last![4], "7", "6"])
    // The commune that sent nothing: a warning on standard error and in kiem-tra.csv.
    XCTAssertTrue(outcome.stderr.contains { $0.contains("Chưa gửi báo cáo: Xã Tràng Phái") })
    let checks = try CSVFile(path: "\(dir)/kiem-tra.csv")
    XCTAssertEqual(checks.rows.filter { $0[1] == "Chưa gửi báo cáo" }.map { $0[3] }, ["X7"])
  }

  /// The merged list: every commune's list, in T5's order with the office as the
  /// proposing unit (roster order), equal names in office order; Đơn vị báo cáo last.
  func testMergedListOrder() throws {
    let p = try ProvinceFixture.get()
    let (dir, _) = try rollUp(p)
    let merged = try CSVFile(path: "\(dir)/danh-sach.csv")
    XCTAssertEqual(
      merged.header,
      [
        "STT", "Tên tập thể / Họ và tên", "Chức vụ, đơn vị công tác", "Đơn vị đề nghị", "Số quyết định",
        "Ngày quyết định", "Tóm tắt thành tích", "Đơn vị báo cáo",
      ])
    // Each office's entries by (award name, kind label), in its own order.
    struct Entry {
      var office: Int
      var own: Int
      var cells: [String]
    }
    var groups: [String: [Entry]] = [:]
    for (o, office) in ProvinceFixture.offices.enumerated() where office.folder != nil {
      let list = try CSVFile(path: "\(p.reports[office.id]!)/danh-sach.csv")
      var award = ""
      var kind = ""
      for (i, row) in list.rows.enumerated() {
        if Int(row[0]) != nil {
          groups["\(award)|\(kind)", default: []].append(
            Entry(office: o, own: i, cells: Array(row[1...6]) + [office.name]))
        } else if row[0].isEmpty {
          kind = String(row[1].split(separator: ":")[0])
        } else {
          award = row[1]
        }
      }
    }
    var expected: [[String]] = []
    var numeral = 0
    for a in AwardForm.builtIn {
      var first = true
      for kind in ["Tập thể", "Hộ gia đình", "Cá nhân"] {
        guard let entries = groups["\(a.name)|\(kind)"] else { continue }
        if first {
          numeral += 1
          expected.append(
            [["I", "II", "III", "IV", "V", "VI", "VII"][numeral - 1], a.name] + Array(repeating: "", count: 6)
          )
          first = false
        }
        expected.append(["", "\(kind): \(entries.count)"] + Array(repeating: "", count: 6))
        let sorted = entries.sorted { x, y in
          if kind == "Cá nhân" {
            let kx = VietnameseCollation.personKey(x.cells[0])
            let ky = VietnameseCollation.personKey(y.cells[0])
            if kx != ky { return kx < ky }
            if x.office != y.office { return x.office < y.office }
          } else {
            if x.office != y.office { return x.office < y.office }
            let kx = VietnameseCollation.key(x.cells[0])
            let ky = VietnameseCollation.key(y.cells[0])
            if kx != ky { return kx < ky }
          }
          return x.own < y.own
        }
        for (i, e) in sorted.enumerated() { expected.append(["\(i + 1)"] + e.cells) }
      }
    }
    XCTAssertEqual(merged.rows.count, expected.count)
    for (got, want) in zip(merged.rows, expected) { XCTAssertEqual(got, want) }
    // Equal names from several offices keep the roster's office order (X1, X5, X6), and
    // X5's two keep X5's own order (its unit U3's before U2's).
    let anh = merged.rows.filter { $0[1] == "Nông Thị Ánh" }
    XCTAssertEqual(anh.map { $0[7] }, ["Xã Tri Lễ", "Xã Bình Phúc", "Xã Bình Phúc", "Xã Khánh Khê"])
    XCTAssertEqual(
      anh.map { $0[3] }, ["UBND xã Tri Lễ", "UBND xã Tri Lễ", "UBND xã Hữu Lễ", "UBND xã Tri Lễ"])
  }

  /// The workbook has the tables, in order, under the letterhead.
  func testWorkbookSheets() throws {
    let p = try ProvinceFixture.get()
    let (dir, _) = try rollUp(p)
    let book = try XLSXFile(path: "\(dir)/tong-hop.xlsx")
    XCTAssertEqual(
      book.sheetNames,
      [
        "Biểu 01 - Khen thưởng", "Biểu 02 - Đề nghị", "Tình hình gửi báo cáo", "Biểu 05 - Danh sách",
        "Biểu 06 - Kiểm tra",
      ])
    let grid = book.grid(sheet: "Tình hình gửi báo cáo").map { $0.joined(separator: "|") }.joined(
      separator: "\n")
    XCTAssertTrue(grid.contains("SỞ NỘI VỤ"))
    XCTAssertTrue(grid.contains("TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ"))
    XCTAssertTrue(grid.contains("Xã Tràng Phái"))
  }

  /// `--tables so-lieu` writes only the fact table, whose rows are the sums per office.
  func testFactTableOnly() throws {
    let p = try ProvinceFixture.get()
    let (dir, outcome) = try rollUp(p, tables: [.facts])
    XCTAssertEqual(outcome.stdout, ["\(dir)/so-lieu.csv"])
    let facts = try CSVFile(path: "\(dir)/so-lieu.csv")
    for o in ProvinceFixture.offices where o.folder != nil {
      let mine = facts.records.filter { $0["ma_don_vi"] == o.id }
      XCTAssertTrue(
        mine.allSatisfy { $0["ma_phong_trao"] == ProvinceFixture.campaign && $0["ma_cum"] == o.cluster })
      let s = try Sums(file: "\(p.reports[o.id]!)/so-lieu.csv")
      XCTAssertEqual(mine.map { Int($0["so_luong"]!)! }.reduce(0, +), s.sum())
      XCTAssertEqual(mine.count, s.cells.count)
    }
  }

  /// The province example `make demo` runs: sample-data's two campaigns sent to
  /// `sample-data/tinh`, one folder by id, one by name; three offices have not sent.
  func testProvinceExampleOfSampleData() throws {
    let root = FixtureFolder.temporaryOutput()
    let out = Commands.report(
      data: Repository.sampleData, campaigns: [], asOf: ProvinceFixture.asOf, out: "\(root)/out",
      definitions: .builtIn)
    XCTAssertEqual(out.exitCode, 0)
    let fm = FileManager.default
    try fm.createDirectory(atPath: "\(root)/nhan/LVT115", withIntermediateDirectories: true)
    try fm.createDirectory(atPath: "\(root)/nhan/NTM2025", withIntermediateDirectories: true)
    try fm.copyItem(atPath: "\(root)/out/LVT115", toPath: "\(root)/nhan/LVT115/VANQUAN")
    try fm.copyItem(atPath: "\(root)/out/NTM2025", toPath: "\(root)/nhan/NTM2025/Văn Quan")
    let tinh = Repository.root.appendingPathComponent("sample-data/tinh").path
    let outcome = Commands.tongHop(
      data: tinh, from: "\(root)/nhan", campaigns: [], asOf: ProvinceFixture.asOf, out: "\(root)/tinh",
      definitions: .builtIn)
    XCTAssertEqual(outcome.exitCode, 0, outcome.stderr.joined(separator: "\n"))
    XCTAssertEqual(outcome.stdout.count, 14)
    XCTAssertEqual(outcome.stderr.filter { $0.contains("Chưa gửi báo cáo") }.count, 6)
    for campaign in ["LVT115", "NTM2025"] {
      let district = try CSVFile(path: "\(root)/out/\(campaign)/tong-hop-khen-thuong.csv").rows.last!
      let province = try CSVFile(path: "\(root)/tinh/\(campaign)/tong-hop-khen-thuong.csv").rows.last!
      XCTAssertEqual(province.suffix(4), district.suffix(4), "the same totals and breakdowns")
    }
  }
}
