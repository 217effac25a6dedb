import Core
import Foundation
import Tabular
import TestSupport
import ThiduaKit
import XCTest

/// The fact table as a value of its own (issue 14): T1 and T2 built from a
/// written `so-lieu.csv` read back are the tables of the run that wrote it.
final class FactTableFileTests: XCTestCase {
  let asOf = CalendarDay(year: 2025, month: 10, day: 31)!

  /// Writes every report of `folder`, reads each campaign's `so-lieu.csv` back, and
  /// compares T1 and T2 built from it with the CSV files written, byte for byte.
  func assertRoundTrip(_ folder: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let out = FixtureFolder.temporaryOutput()
    let outcome = Commands.report(
      data: folder, campaigns: [], asOf: asOf, out: out, definitions: .builtIn)
    XCTAssertEqual(outcome.exitCode, 0, outcome.stderr.joined(separator: "\n"), file: file, line: line)
    let loaded = try DataFolderLoader.load(folder: folder)
    XCTAssertFalse(loaded.hasErrors, file: file, line: line)
    XCTAssertFalse(loaded.dataSet.campaigns.isEmpty, file: file, line: line)
    for c in loaded.dataSet.campaigns.indices {
      let scope = ReportScope(data: loaded.dataSet, campaign: c, asOf: asOf)
      let dir = "\(out)/\(scope.campaign.id)"
      let counted = FactTable(scope: scope)
      let (read, errors) = FactTable.reading(
        [(path: "\(dir)/so-lieu.csv", file: "so-lieu.csv", unit: nil)], dimensions: counted.dimensions,
        heading: scope.heading)
      XCTAssertEqual(errors, [], file: file, line: line)
      XCTAssertEqual(read.rows, counted.rows, file: file, line: line)
      XCTAssertNil(read.activity, file: file, line: line)
      let t1 = AwardsSummaryTable(facts: read, definitions: .builtIn).table()
      let t2 = NominationStatusTable(facts: read, definitions: .builtIn).table()
      XCTAssertEqual(
        CSVRenderer.render(t1),
        try Array(Data(contentsOf: URL(fileURLWithPath: "\(dir)/tong-hop-khen-thuong.csv"))),
        "T1 of \(scope.campaign.id)", file: file, line: line)
      XCTAssertEqual(
        CSVRenderer.render(t2), try Array(Data(contentsOf: URL(fileURLWithPath: "\(dir)/de-nghi.csv"))),
        "T2 of \(scope.campaign.id)", file: file, line: line)
      XCTAssertEqual(
        CSVRenderer.render(read.table()),
        try Array(Data(contentsOf: URL(fileURLWithPath: "\(dir)/so-lieu.csv"))),
        file: file, line: line)
      // Some campaign of each folder has counts (the comparison is not of empty tables).
      if c == 0 { XCTAssertFalse(read.rows.isEmpty, file: file, line: line) }
    }
  }

  func testSampleDataRoundTrip() throws {
    try assertRoundTrip(Repository.sampleData)
  }

  func testFixtureRoundTrip() throws {
    try assertRoundTrip(try FixtureFolder().path)
  }

  /// Reading adds up: the same file read twice doubles every count.
  func testTwoFilesAddUp() throws {
    let folder = try FixtureFolder()
    let out = FixtureFolder.temporaryOutput()
    _ = Commands.report(data: folder.path, campaigns: ["PT1"], asOf: asOf, out: out, definitions: .builtIn)
    let loaded = try DataFolderLoader.load(folder: folder.path)
    let scope = ReportScope(data: loaded.dataSet, campaign: 0, asOf: asOf)
    let counted = FactTable(scope: scope)
    let path = "\(out)/PT1/so-lieu.csv"
    let (read, errors) = FactTable.reading(
      [(path, "a.csv", nil), (path, "b.csv", nil)], dimensions: counted.dimensions, heading: scope.heading)
    XCTAssertEqual(errors, [])
    XCTAssertEqual(read.rows.map(\.counts.total), counted.rows.map { $0.counts.total * 2 })
    XCTAssertEqual(read.rows.map(\.counts.women), counted.rows.map { $0.counts.women * 2 })
  }
}
