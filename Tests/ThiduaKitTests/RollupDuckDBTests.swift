import Foundation
import TestSupport
import ThiduaKit
import XCTest

/// REPORTS.md: the national roll-up "also runs as one GROUP BY on an existing
/// engine; the query is kept in the project's docs and a test shows that it gives
/// the tool's numbers". docs/tong-hop.sql through DuckDB (from PyPI in a virtual
/// environment when the system Python lacks it, as scripts/bench.sh sets up its
/// peers) against `thidua tong-hop --tables so-lieu` on the province fixture.
/// Skipped, not failed, when no Python with DuckDB can be had (no network).
final class RollupDuckDBTests: XCTestCase {
  /// A Python that imports duckdb, or nil.
  static let python: String? = {
    func imports(_ python: String) -> Bool {
      (try? run(python, ["-c", "import duckdb"]).status) == 0
    }
    for candidate in [
      "/usr/bin/python3", "/tmp/thidua-bench/venv/bin/python", "/tmp/thidua-duckdb-venv/bin/python",
    ]
    where FileManager.default.isExecutableFile(atPath: candidate) && imports(candidate) {
      return candidate
    }
    let venv = "/tmp/thidua-duckdb-venv"
    guard (try? run("/usr/bin/python3", ["-m", "venv", venv]).status) == 0,
      (try? run("\(venv)/bin/pip", ["install", "-q", "--timeout", "10", "--retries", "0", "duckdb==2.0.0"])
        .status) == 0,
      imports("\(venv)/bin/python")
    else { return nil }
    return "\(venv)/bin/python"
  }()

  static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stderr: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    p.arguments = arguments
    let err = Pipe()
    p.standardError = err
    p.standardOutput = FileHandle.nullDevice
    try p.run()
    let data = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  func testTheQueryGivesTheToolsFactTable() throws {
    guard let python = Self.python else { throw XCTSkip("no Python with duckdb (pip install duckdb failed)") }
    let p = try ProvinceFixture.get()
    // The query matches office folders by ma_don_vi: receive every commune under its id.
    let root = FixtureFolder.temporaryOutput()
    let from = "\(root)/nhan"
    try FileManager.default.createDirectory(
      atPath: "\(from)/\(ProvinceFixture.campaign)", withIntermediateDirectories: true)
    for o in ProvinceFixture.offices where o.folder != nil {
      try FileManager.default.copyItem(
        atPath: p.reports[o.id]!, toPath: "\(from)/\(ProvinceFixture.campaign)/\(o.id)")
    }
    let outcome = Commands.tongHop(
      data: p.data, from: from, campaigns: [], asOf: ProvinceFixture.asOf, out: "\(root)/out",
      tables: [.facts],
      definitions: .builtIn)
    XCTAssertEqual(outcome.exitCode, 0, outcome.stderr.joined(separator: "\n"))
    let script = Repository.root.appendingPathComponent("scripts/tong-hop-duckdb.py").path
    let result = try Self.run(
      python, [script, "--data", p.data, "--from", from, "--out", "\(root)/duckdb.csv"])
    XCTAssertEqual(result.status, 0, result.stderr)
    let tool = try CSVFile(path: "\(root)/out/\(ProvinceFixture.campaign)/so-lieu.csv")
    let duck = try CSVFile(path: "\(root)/duckdb.csv")
    XCTAssertEqual(duck.header, tool.header)
    XCTAssertGreaterThan(tool.rows.count, 50)
    XCTAssertEqual(duck.rows, tool.rows)
  }
}
