import Foundation
import TestSupport
import XCTest

@testable import ThiduaKit

/// The shipped `reports/jobs.example.toml` runs as it is, from a copy of the source
/// root (`reports/` and `sample-data/` side by side), writing under `out/`.
final class JobsExampleTests: XCTestCase {
  /// A temporary source root holding a copy of the example and of the sample data.
  func sourceRootCopy() throws -> String {
    let root = FixtureFolder.temporaryOutput()
    let fm = FileManager.default
    try fm.createDirectory(atPath: "\(root)/reports", withIntermediateDirectories: true)
    try fm.copyItem(atPath: Repository.sampleData, toPath: "\(root)/sample-data")
    let example = Repository.root.appendingPathComponent("reports/jobs.example.toml").path
    try fm.copyItem(atPath: example, toPath: "\(root)/reports/jobs.example.toml")
    return root
  }

  func testShippedExampleLoads() throws {
    let path = Repository.root.appendingPathComponent("reports/jobs.example.toml").path
    let jobs = try JobsFile.load(path: path).get()
    XCTAssertEqual(jobs.map(\.name), ["tien-do-hang-thang", "tong-ket-ntm"])
    XCTAssertEqual(jobs[0].asOf, .endOfLastMonth)
    XCTAssertEqual(jobs[0].tables, [.t7, .t4, .facts])
    XCTAssertEqual(jobs[1].namePattern.description, "{campaign}/{yyyy}-{mm}")
  }

  /// On 1 November 2025 (the cron job's night): NTM2025 is under way in October, LVT115
  /// ended in July, so the monthly job writes NTM2025's month report and the summary job
  /// its full report, both under `out/`.
  func testExampleJobsWriteUnderOutOnTheSampleData() throws {
    let root = try sourceRootCopy()
    let jobs = try JobsFile.load(path: "\(root)/reports/jobs.example.toml").get()
    XCTAssertEqual(jobs.map(\.name), ["tien-do-hang-thang", "tong-ket-ntm"])
    let outcome = JobRunner(now: JobsFixture.firstOfNovember, dryRun: false).run(jobs)
    XCTAssertEqual(outcome.exitCode, 0, outcome.stderr.joined(separator: "\n"))
    let monthly = "\(root)/out/tien-do/NTM2025/2025-10-31"
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: monthly).sorted(),
      [
        ".thidua-job", "so-lieu.csv", "tien-do-thang.csv", "tien-do-thang.xlsx", "tien-do.csv",
        "tong-ket.xlsx",
      ])
    let report = try CSVFile(path: "\(monthly)/tien-do-thang.csv")
    XCTAssertEqual(report.rows.last?[1], "TỔNG CỘNG")
    let book = try XLSXFile(path: "\(monthly)/tien-do-thang.xlsx")
    XCTAssertTrue(
      book.cells(sheet: book.sheetNames[0]).values.contains(
        "BÁO CÁO TIẾN ĐỘ THỰC HIỆN PHONG TRÀO THI ĐUA THÁNG 10/2025"))
    XCTAssertTrue(
      FileManager.default.fileExists(atPath: "\(root)/out/tong-ket/NTM2025/2025-10/danh-sach.csv"))
    XCTAssertFalse(FileManager.default.fileExists(atPath: "\(root)/out/tien-do/LVT115"))
  }

  /// As a new user tries it, with today's clock: the dry run and the real run from the
  /// source root both succeed, and the real one writes only under `out/`.
  func testExampleRunsAsItIsFromTheSourceRoot() throws {
    let root = try sourceRootCopy()
    let dry = try runThidua(["run", "--dry-run", "reports/jobs.example.toml"], directory: root)
    XCTAssertEqual(dry.status, 0, dry.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: "\(root)/out"))
    let run = try runThidua(["run", "reports/jobs.example.toml"], directory: root)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: root).sorted(), ["out", "reports", "sample-data"])
    // NTM2025 is named, so the summary job writes whatever the month is.
    let summary = try FileManager.default.contentsOfDirectory(atPath: "\(root)/out/tong-ket/NTM2025")
    XCTAssertEqual(summary.count, 1, "\(summary)")
  }
}
