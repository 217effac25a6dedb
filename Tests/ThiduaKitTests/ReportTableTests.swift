import Foundation
import TestSupport
import ThiduaKit
import XCTest

/// The registry of tables (`ReportTable.allCases`) is what every part reads: a table
/// chosen alone with `--tables` writes its CSV and its sheet where the registry places
/// it, and a wrong name is answered with the names of the command's tables.
final class ReportTableTests: XCTestCase {
  func testNamesAndFilesAreDistinct() {
    let tables = ReportTable.allCases
    XCTAssertEqual(Set(tables.map { $0.rawValue.lowercased() }).count, tables.count)
    XCTAssertEqual(Set(tables.map(\.csvFile)).count, tables.count)
    for t in tables where t.workbook != .none {
      XCTAssertNotNil(t.words, "\(t) has a sheet, so it needs words")
    }
  }

  func testEachTableAloneWritesItsFilesWhereTheRegistrySays() throws {
    for t in ReportTable.tables(of: .report) {
      let out = FixtureFolder.temporaryOutput()
      let r = try runThidua([
        "report", "--data", Repository.sampleData, "--campaign", "LVT115", "--as-of", "2025-10-31", "--out",
        out, "--tables", t.rawValue,
      ])
      XCTAssertEqual(r.status, 0, r.stderr)
      let files = try FileManager.default.contentsOfDirectory(atPath: "\(out)/LVT115").sorted()
      switch t.workbook {
      case .none:
        XCTAssertEqual(files, [t.csvFile])
      case .summary:
        XCTAssertEqual(files, [t.csvFile, ReportTable.Command.report.workbookFile].sorted())
        let book = try XLSXFile(path: "\(out)/LVT115/\(ReportTable.Command.report.workbookFile)")
        XCTAssertEqual(book.sheetNames.first, t.words?.sheet, "\(t)")
      case .own(let file):
        XCTAssertEqual(files, [t.csvFile, file].sorted())
        let book = try XLSXFile(path: "\(out)/LVT115/\(file)")
        XCTAssertEqual(book.sheetNames, [t.words?.sheet ?? ""], "\(t)")
      }
    }
  }

  func testUnknownTableNamesTheRegistrysTables() throws {
    let r = try runThidua([
      "report", "--data", Repository.sampleData, "--out", FixtureFolder.temporaryOutput(), "--tables", "T9",
    ])
    XCTAssertEqual(r.status, 2)
    XCTAssertTrue(r.stderr.contains(ReportTable.names(of: .report)), r.stderr)
    XCTAssertTrue(
      ReportTable.names(of: .report).hasPrefix("so-lieu,T1,T2,T3,T4,T5,T6"), ReportTable.names(of: .report))
  }

  /// `tong-hop` takes the registry's roll-up tables, in the order it writes them: a
  /// report-only table (T3) is refused with those names, a roll-up-only one
  /// (`tinh-hinh-gui`) by `report`.
  func testEachCommandTakesOnlyItsOwnTables() throws {
    XCTAssertEqual(ReportTable.names(of: .rollup), "so-lieu,T1,T2,tinh-hinh-gui,T5,T6")
    let r = try runThidua([
      "tong-hop", "--data", Repository.sampleData, "--from", FixtureFolder.temporaryOutput(), "--out",
      FixtureFolder.temporaryOutput(), "--tables", "T3",
    ])
    XCTAssertEqual(r.status, 2)
    XCTAssertTrue(
      r.stderr.contains("--tables không hợp lệ: \"T3\" (dùng so-lieu,T1,T2,tinh-hinh-gui,T5,T6)"), r.stderr)
    XCTAssertNil(ReportTable.parseList("tinh-hinh-gui", for: .report))
    XCTAssertEqual(ReportTable.parseList("all", for: .rollup), Set(ReportTable.tables(of: .rollup)))
    XCTAssertEqual(ReportTable.parseList("TINH-HINH-GUI.CSV,t5", for: .rollup), [.sent, .t5])
  }
}
