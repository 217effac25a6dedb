import Core
import Foundation
import Tabular
import ThiduaKit
import XCTest

/// DATA.md "Spreadsheets": a folder of workbooks gives the same results as the folder of
/// CSV files it was made from; only T6's locations (`de_nghi.xlsx:L2`) differ.
final class WorkbookFolderTests: XCTestCase {
  let asOf = CalendarDay(year: 2025, month: 10, day: 31)!

  static var fixtures: String {
    Repository.root.appendingPathComponent("Tests/ThiduaKitTests/Fixtures/xlsx").path
  }

  /// A temporary data folder holding the fixture folder's workbooks and sample-data's
  /// `to_chuc.toml` and `de_nghi/` lists.
  func folder(_ fixture: String) throws -> String {
    let dir = FixtureFolder.temporaryOutput()
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let src = (Self.fixtures as NSString).appendingPathComponent(fixture)
    for name in try FileManager.default.contentsOfDirectory(atPath: src) {
      try FileManager.default.copyItem(
        atPath: (src as NSString).appendingPathComponent(name),
        toPath: (dir as NSString).appendingPathComponent(name))
    }
    // sample-data's to_chuc.toml, and its units' lists as they came (de_nghi/NTM2025/).
    for name in ["to_chuc.toml", "de_nghi"] {
      try FileManager.default.copyItem(
        atPath: (Repository.sampleData as NSString).appendingPathComponent(name),
        toPath: (dir as NSString).appendingPathComponent(name))
    }
    return dir
  }

  func report(_ data: String) -> (outcome: RunOutcome, out: String) {
    let out = FixtureFolder.temporaryOutput()
    return (Commands.report(data: data, campaigns: [], asOf: asOf, out: out, definitions: .builtIn), out)
  }

  func assertSameCSVs(asSampleData fixture: String) throws {
    let csv = report(Repository.sampleData)
    let book = report(try folder(fixture))
    XCTAssertEqual(csv.outcome.exitCode, 0, csv.outcome.stderr.joined(separator: "\n"))
    XCTAssertEqual(book.outcome.exitCode, 0, book.outcome.stderr.joined(separator: "\n"))
    let a = snapshot(csv.out).filter { $0.key.hasSuffix(".csv") }
    let b = snapshot(book.out).filter { $0.key.hasSuffix(".csv") }
    XCTAssertEqual(Set(a.keys), Set(b.keys))
    XCTAssertGreaterThan(a.count, 10)
    for (name, bytes) in a where !name.hasSuffix("kiem-tra.csv") {
      XCTAssertEqual(bytes, b[name], "\(fixture): \(name) differs")
    }
    // T6: the same rows, with the workbook's cells for locations.
    for (name, bytes) in a where name.hasSuffix("kiem-tra.csv") {
      let fromCSV = String(decoding: bytes, as: UTF8.self)
      let fromBook = String(decoding: b[name] ?? Data(), as: UTF8.self)
      XCTAssertTrue(fromCSV.contains("de_nghi.csv:2\n") || fromCSV.contains("de_nghi.csv:"))
      XCTAssertFalse(fromBook.contains(".csv:"), "\(fixture): T6 still names a CSV file")
      XCTAssertEqual(
        fromCSV.split(separator: "\n").count, fromBook.split(separator: "\n").count,
        "\(fixture): \(name) rows")
    }
    let stderr = book.outcome.stderr.joined(separator: "\n")
    XCTAssertTrue(stderr.contains("de_nghi.xlsx:L2: ngay_de_nghi: cảnh báo:"), stderr)
    XCTAssertTrue(stderr.contains("chi_tieu.xlsx:C2: pham_vi: cảnh báo:"), stderr)
  }

  func testOpenpyxlWorkbooksGiveTheCSVOutputs() throws {
    try assertSameCSVs(asSampleData: "sample-openpyxl")
  }

  func testBothCSVAndWorkbookForOneTableIsAnErrorNamingBoth() throws {
    let dir = try folder("sample-openpyxl")
    try FileManager.default.copyItem(
      atPath: (Repository.sampleData as NSString).appendingPathComponent("don_vi.csv"),
      toPath: (dir as NSString).appendingPathComponent("don_vi.csv"))
    let r = report(dir)
    XCTAssertEqual(r.outcome.exitCode, 1)
    XCTAssertTrue(
      r.outcome.stderr.contains { $0.contains("don_vi.xlsx: lỗi: có cả don_vi.csv và don_vi.xlsx") },
      r.outcome.stderr.joined(separator: "\n"))
  }
}
