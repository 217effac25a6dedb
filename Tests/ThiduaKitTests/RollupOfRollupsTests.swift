import Core
import Foundation
import Tabular
import TestSupport
import ThiduaKit
import XCTest

/// REPORTS.md: "rolling up two provinces' roll-ups gives the numbers of rolling
/// up all their offices at once". The six communes of `ProvinceFixture` split
/// into two provinces, each rolled up, then the two roll-ups rolled up by a
/// ministry, against the six rolled up at once.
final class RollupOfRollupsTests: XCTestCase {
  let provinces = [("P1", "Tỉnh Một", ["X1", "X5", "X3"]), ("P2", "Tỉnh Hai", ["X2", "X4", "X6"])]

  func rollUp(data: String, from: String, out: String) throws -> String {
    let outcome = Commands.tongHop(
      data: data, from: from, campaigns: [], asOf: ProvinceFixture.asOf, out: out, definitions: .builtIn)
    XCTAssertEqual(outcome.exitCode, 0, outcome.stderr.joined(separator: "\n"))
    return "\(out)/\(ProvinceFixture.campaign)"
  }

  /// Copies report folders into `<from>/TINH2025/<name>/`.
  func receive(_ folders: [(name: String, path: String)], into from: String) throws {
    try FileManager.default.createDirectory(atPath: "\(from)/TINH2025", withIntermediateDirectories: true)
    for f in folders {
      try FileManager.default.copyItem(atPath: f.path, toPath: "\(from)/TINH2025/\(f.name)")
    }
  }

  /// so-lieu.csv rows as "award|kind|status" → the four counts, for the offices given (nil: all).
  func sums(_ file: String, offices: Set<String>? = nil) throws -> [String: [Int]] {
    var out: [String: [Int]] = [:]
    for r in try CSVFile(path: file).records where offices == nil || offices!.contains(r["ma_don_vi"]!) {
      let key = "\(r["ma_hinh_thuc"]!)|\(r["doi_tuong"]!)|\(r["trang_thai"]!)"
      let v = ["so_luong", "nu", "lao_dong_truc_tiep", "dan_toc_thieu_so"].map { Int(r[$0]!)! }
      out[key] = zip(out[key] ?? [0, 0, 0, 0], v).map { $0 + $1 }
    }
    return out
  }

  func testRollingUpRollUpsIsRollingUpEverything() throws {
    let p = try ProvinceFixture.get()
    let root = ScratchSpace.path("rur")
    let names = Dictionary(uniqueKeysWithValues: ProvinceFixture.offices.map { ($0.id, $0.name) })
    // Each province rolls up its three communes.
    var provinceOutputs: [(name: String, path: String)] = []
    for (id, _, communes) in provinces {
      try ProvinceFixture.writeRoster(
        to: "\(root)/\(id)/data", offices: communes.map { ($0, names[$0]!, "C1") },
        clusters: [("C1", "Cụm 1")])
      try receive(communes.map { ($0, p.reports[$0]!) }, into: "\(root)/\(id)/from")
      provinceOutputs.append(
        (id, try rollUp(data: "\(root)/\(id)/data", from: "\(root)/\(id)/from", out: "\(root)/\(id)/out")))
    }
    // The ministry rolls up the two provinces' roll-ups.
    try ProvinceFixture.writeRoster(
      to: "\(root)/bo/data", offices: provinces.map { ($0.0, $0.1, "C1") }, clusters: [("C1", "Các tỉnh")])
    try receive(provinceOutputs, into: "\(root)/bo/from")
    let ministry = try rollUp(data: "\(root)/bo/data", from: "\(root)/bo/from", out: "\(root)/bo/out")
    // The six communes rolled up at once.
    let all = provinces.flatMap(\.2)
    try ProvinceFixture.writeRoster(
      to: "\(root)/once/data", offices: all.map { ($0, names[$0]!, "C1") }, clusters: [("C1", "Cụm 1")])
    try receive(all.map { ($0, p.reports[$0]!) }, into: "\(root)/once/from")
    let once = try rollUp(data: "\(root)/once/data", from: "\(root)/once/from", out: "\(root)/once/out")

    for (id, _, communes) in provinces {
      let expected = try sums("\(once)/so-lieu.csv", offices: Set(communes))
      XCTAssertFalse(expected.isEmpty)
      XCTAssertEqual(try sums("\(ministry)/so-lieu.csv", offices: [id]), expected, id)
    }
    XCTAssertEqual(try sums("\(ministry)/so-lieu.csv"), try sums("\(once)/so-lieu.csv"))
    // The same totals in T1 and T2 (the award columns are the same: the same awards are used).
    for file in ["tong-hop-khen-thuong.csv", "de-nghi.csv"] {
      let a = try CSVFile(path: "\(ministry)/\(file)")
      let b = try CSVFile(path: "\(once)/\(file)")
      XCTAssertEqual(a.header, b.header, file)
      XCTAssertEqual(a.rows.last, b.rows.last, file)
    }
    // The provinces' merged lists (with their Đơn vị báo cáo column) are read again: the
    // ministry's list holds everyone once, Đơn vị báo cáo now naming the province.
    let ministryList = try CSVFile(path: "\(ministry)/danh-sach.csv").rows.filter { Int($0[0]) != nil }
    let onceList = try CSVFile(path: "\(once)/danh-sach.csv").rows.filter { Int($0[0]) != nil }
    XCTAssertEqual(ministryList.count, onceList.count)
    XCTAssertGreaterThan(onceList.count, 100)
    XCTAssertEqual(
      ministryList.map { $0[1...6].joined(separator: "|") }.sorted(),
      onceList.map { $0[1...6].joined(separator: "|") }.sorted())
    XCTAssertEqual(Set(ministryList.map { $0[7] }), ["Tỉnh Một", "Tỉnh Hai"])
    // tinh-hinh-gui: both provinces sent.
    XCTAssertEqual(try CSVFile(path: "\(ministry)/tinh-hinh-gui.csv").rows.last?.suffix(2), ["2", "2"])
  }
}
