import Core
import Foundation
import TestSupport
import XCTest

@testable import ThiduaKit

/// `thidua run` as cron uses it: reruns give the same bytes, a run that dies
/// mid-write leaves the earlier export whole, two runs never write one folder
/// at once, and retention deletes only the job's own old exports.
final class JobRunTests: XCTestCase {
  static let monthly = """
    [[job]]
    name = "hang-thang"
    data = "{data}"
    campaigns = "active"
    as_of = "end-of-last-month"
    out = "{out}"
    keep = 2
    """

  /// The same job pinned to October 2025, for the executable (which reads the real clock).
  static let october = monthly.replacingOccurrences(of: "\"end-of-last-month\"", with: "\"2025-10-31\"")

  func testRunTwiceWritesIdenticalBytesAndOneLinePerJob() throws {
    let f = try JobsFixture(Self.monthly)
    let first = try f.run()
    XCTAssertEqual(first.exitCode, 0, first.stderr.joined(separator: "\n"))
    XCTAssertEqual(first.stdout, ["hang-thang: PT2 → \(f.out)/PT2/2025-10-31 (10 tệp)"])
    XCTAssertEqual(first.stderr, [])
    let files = snapshot(f.out)
    XCTAssertEqual(files.count, 12, "\(files.keys.sorted())")  // 10 reports + marker + lock
    XCTAssertNotNil(files["PT2/2025-10-31/tong-ket.xlsx"])
    XCTAssertEqual(
      String(decoding: files["PT2/2025-10-31/.thidua-job"]!, as: UTF8.self).split(separator: "\n").dropFirst(
        2
      ).first,
      "job = \"hang-thang\"")
    let second = try f.run()
    XCTAssertEqual(second.exitCode, 0)
    XCTAssertEqual(snapshot(f.out), files)
    // Another day of November: same period, same bytes.
    XCTAssertEqual(try f.run(now: JobsFixture.firstOfNovember.addingTimeInterval(9 * 86400)).exitCode, 0)
    XCTAssertEqual(snapshot(f.out), files)
  }

  /// A renderer that dies half way through the third file stands for a crash or a
  /// full disk mid-write: the earlier export stays byte for byte, no staging folder stays.
  func testRunFailingHalfWayLeavesTheEarlierExportAndNoTemporaryFile() throws {
    let f = try JobsFixture(Self.monthly)
    XCTAssertEqual(try f.run().exitCode, 0)
    let before = snapshot(f.out)
    // New data, so a finished run would change the files.
    try Data(
      (FixtureFolder.nominations(adding: ["N8,PT2,U1,tập thể,Phòng Nội vụ,,,,,GKH,đề nghị,01/10/2025,,,"])
        + "\n").utf8
    )
    .write(to: f.folder.url.appendingPathComponent("de_nghi.csv"))
    var count = 0
    let failing: (OutputContent, String) throws -> Void = { content, path in
      count += 1
      guard count == 3 else { return try ReportWriter.render(content, to: path) }
      let scratch = path + ".full"
      try ReportWriter.render(content, to: scratch)
      let bytes = [UInt8](FileManager.default.contents(atPath: scratch)!)
      try FileManager.default.removeItem(atPath: scratch)
      try ReportWriter.writeBytes(Array(bytes.prefix(bytes.count / 2)), to: path)
      throw WriteError(path: path, reason: ReportWriter.describe(errno: ENOSPC))
    }
    let failed = try f.run(render: failing)
    XCTAssertEqual(failed.exitCode, 2)
    XCTAssertEqual(failed.stdout, [])
    XCTAssertEqual(failed.stderr.count, 1)
    XCTAssertTrue(
      failed.stderr[0].hasPrefix("thidua: hang-thang: \(f.out)/PT2/2025-10-31/"), failed.stderr[0])
    XCTAssertTrue(failed.stderr[0].contains("đĩa đã đầy"), failed.stderr[0])
    XCTAssertTrue(failed.stderr[0].hasSuffix("các bản xuất trước vẫn giữ nguyên"), failed.stderr[0])
    XCTAssertEqual(snapshot(f.out), before)
    XCTAssertEqual(JobsFixture.stagingLeftovers(f.out), [])
    // A first export of a new period that fails leaves no folder at all.
    let december = JobsFixture.firstOfNovember.addingTimeInterval(31 * 86400)
    count = 0
    XCTAssertEqual(try f.run(now: december, render: failing).exitCode, 2)
    XCTAssertFalse(FileManager.default.fileExists(atPath: "\(f.out)/PT2/2025-11-30"))
    XCTAssertEqual(snapshot(f.out), before)
  }

  /// A run killed outright cannot clean up; the next run removes what it left.
  func testStagingFolderOfADeadRunIsRemovedByTheNextRun() throws {
    let f = try JobsFixture(Self.monthly)
    let dead = "\(f.out)/.thidua-tmp-2147480000-42/PT2"
    try FileManager.default.createDirectory(atPath: dead, withIntermediateDirectories: true)
    try Data("half".utf8).write(to: URL(fileURLWithPath: dead + "/tien-do.csv"))
    let live = "\(f.out)/.thidua-tmp-\(getppid())-7"
    try FileManager.default.createDirectory(atPath: live, withIntermediateDirectories: true)
    XCTAssertEqual(try f.run().exitCode, 0)
    XCTAssertEqual(JobsFixture.stagingLeftovers(f.out), [".thidua-tmp-\(getppid())-7"])
  }

  /// The lock held by another run (here, this process through its own file
  /// descriptor) makes the executable refuse with status 3; other jobs still run.
  func testLockedOutputFolderIsRefusedAndOtherJobsStillRun() throws {
    let f = try JobsFixture(
      Self.october + """

        [[job]]
        name = "pt1"
        data = "{data}"
        campaigns = ["PT1"]
        as_of = "30/06/2025"
        out = "{out}-pt1"
        """)
    let lock = try OutputLock(folder: f.out)
    let r = try runThidua(["run", f.path])
    XCTAssertEqual(r.status, 3, r.stderr)
    XCTAssertEqual(
      r.stderr,
      "thidua: hang-thang: thư mục \(f.out) đang được một lần chạy khác ghi; việc này không chạy lần này\n")
    XCTAssertEqual(r.stdout, "pt1: PT1 → \(f.out)-pt1/PT1/2025-06-30 (10 tệp)\n")
    XCTAssertEqual(Array(snapshot(f.out).keys), [OutputLock.fileName])
    lock.release()
    let again = try runThidua(["run", f.path])
    XCTAssertEqual(again.status, 0, again.stderr)
    XCTAssertEqual(again.stdout.split(separator: "\n").count, 2)
  }

  /// Three executables started together on the same job (the sample data, so
  /// writing takes a while): each either writes the export or refuses because
  /// another holds the lock; the folder never ends up mixed or littered.
  func testConcurrentRunsRefuseWhileAnotherWrites() throws {
    let f = try JobsFixture(
      Self.october.replacingOccurrences(of: "{data}", with: Repository.sampleData)
        .replacingOccurrences(of: "\"active\"", with: "\"all\""))
    XCTAssertEqual(try runThidua(["run", f.path]).status, 0)
    let expected = snapshot(f.out)
    XCTAssertEqual(expected.count, 23)  // 2 campaigns × (10 files + marker) + lock
    var results: [(status: Int32, stdout: String, stderr: String)?] = [nil, nil, nil]
    let guardResults = NSLock()
    DispatchQueue.concurrentPerform(iterations: 3) { i in
      let r = try? runThidua(["run", f.path])
      guardResults.lock()
      results[i] = r
      guardResults.unlock()
    }
    let statuses = results.map { $0?.status ?? -1 }
    XCTAssertTrue(statuses.allSatisfy { $0 == 0 || $0 == 3 }, "\(statuses)")
    XCTAssertTrue(statuses.contains(0), "\(statuses)")
    for r in results.compactMap({ $0 }) where r.status == 3 {
      XCTAssertTrue(r.stderr.contains("đang được một lần chạy khác ghi"), r.stderr)
      XCTAssertEqual(r.stdout, "")
    }
    XCTAssertEqual(snapshot(f.out), expected)
    XCTAssertEqual(JobsFixture.stagingLeftovers(f.out), [])
    print("concurrent runs' exit statuses: \(statuses)")
  }

  /// Retention keeps the newest exports of this job and campaign and deletes
  /// only the files its marker lists: everything foreign stays.
  func testRetentionDeletesOnlyItsOwnOldExports() throws {
    let f = try JobsFixture(Self.monthly)
    let fm = FileManager.default
    let months: [Date] = [0, 31, 61, 92].map {
      JobsFixture.firstOfNovember.addingTimeInterval(Double($0) * 86400 - 92 * 86400)
    }
    // Exports of Jul, Aug, Sep, Oct 2025 (runs on 1 Aug, 1 Sep, 1 Oct, 1 Nov).
    // PT1 ended in June, so only PT2 is active.
    XCTAssertEqual(try f.run(now: months[0]).stdout, ["hang-thang: PT2 → \(f.out)/PT2/2025-07-31 (10 tệp)"])
    // Foreign things: a document inside an old export, a manual folder, a file
    // beside the exports, another job's export of the same campaign, a `thidua report` folder.
    try Data("ghi chú".utf8).write(to: URL(fileURLWithPath: "\(f.out)/PT2/2025-07-31/ghi-chu.txt"))
    try fm.createDirectory(atPath: "\(f.out)/PT2/2025-01-31", withIntermediateDirectories: true)
    try Data("x".utf8).write(to: URL(fileURLWithPath: "\(f.out)/PT2/2025-01-31/tien-do.csv"))
    try Data("y".utf8).write(to: URL(fileURLWithPath: "\(f.out)/PT2/doc-truoc.docx"))
    let other = JobMarker(
      job: "khac", campaign: "PT2", asOf: CalendarDayFixture.day("2025-02-28"), files: ["tien-do.csv"])
    try fm.createDirectory(atPath: "\(f.out)/PT2/2025-02-28", withIntermediateDirectories: true)
    try Data(other.bytes).write(to: URL(fileURLWithPath: "\(f.out)/PT2/2025-02-28/.thidua-job"))
    try Data("z".utf8).write(to: URL(fileURLWithPath: "\(f.out)/PT2/2025-02-28/tien-do.csv"))
    XCTAssertEqual(
      try runThidua(["report", "--data", f.folder.path, "--out", f.out, "--as-of", "2025-05-31"]).status, 0)
    let foreign = snapshot(f.out).filter {
      !$0.key.hasPrefix("PT2/2025-07") || $0.key.hasSuffix("ghi-chu.txt")
    }

    XCTAssertEqual(try f.run(now: months[1]).exitCode, 0)
    let third = try f.run(now: months[2])
    XCTAssertEqual(third.stdout.count, 1)
    XCTAssertTrue(third.stdout[0].hasSuffix("; đã xóa 1 bản cũ"), third.stdout[0])
    XCTAssertEqual(try f.run(now: months[3]).exitCode, 0)

    let after = snapshot(f.out)
    // PT2: Sep and Oct kept; Jul emptied of our files but the document stays; Aug gone.
    XCTAssertEqual(Set(after.keys.filter { $0.hasPrefix("PT2/2025-07") }), ["PT2/2025-07-31/ghi-chu.txt"])
    XCTAssertFalse(fm.fileExists(atPath: "\(f.out)/PT2/2025-08-31"))
    XCTAssertEqual(after.keys.filter { $0.hasPrefix("PT2/2025-09-30/") }.count, 11)
    XCTAssertEqual(after.keys.filter { $0.hasPrefix("PT2/2025-10-31/") }.count, 11)
    for (k, v) in foreign { XCTAssertEqual(after[k], v, k) }
  }

  func testDryRunSaysWhatWouldBeWrittenAndWritesNothing() throws {
    let f = try JobsFixture(Self.monthly)
    let r = try f.run(dryRun: true)
    XCTAssertEqual(r.exitCode, 0)
    XCTAssertEqual(
      r.stdout.first, "hang-thang (chạy thử, không ghi gì): PT2 → \(f.out)/PT2/2025-10-31 (10 tệp)")
    XCTAssertEqual(r.stdout.count, 11)
    XCTAssertTrue(r.stdout.contains("  sẽ ghi \(f.out)/PT2/2025-10-31/tong-ket.xlsx"))
    XCTAssertFalse(FileManager.default.fileExists(atPath: f.out))
  }

  func testAFailingJobDoesNotStopTheOthers() throws {
    let f = try JobsFixture(
      """
      [[job]]
      name = "hong"
      data = "/nonexistent/thidua-data"
      out = "{out}"

      [[job]]
      name = "thieu-phong-trao"
      data = "{data}"
      campaigns = ["PT9"]
      out = "{out}"

      [[job]]
      name = "tot"
      data = "{data}"
      campaigns = ["PT1"]
      as_of = "2025-06-30"
      out = "{out}"
      name_pattern = "{job}-{campaign}"
      tables = ["T1"]
      """)
    let r = try f.run()
    XCTAssertEqual(r.exitCode, 2)
    XCTAssertEqual(r.stdout, ["tot: PT1 → \(f.out)/tot-PT1 (2 tệp)"])
    XCTAssertEqual(r.stderr.count, 2, r.stderr.joined(separator: "\n"))
    XCTAssertTrue(r.stderr[0].hasPrefix("thidua: hong: "), r.stderr[0])
    XCTAssertEqual(
      r.stderr[1],
      "thidua: thieu-phong-trao: không có phong trào \"PT9\" trong phong_trao.csv (có: PT1, PT2); không ghi tệp nào"
    )
  }

  func testDataErrorsAreExit1AndWarningsOnlyWhenVerbose() throws {
    let bad = try JobsFixture(Self.monthly, data: ["don_vi.csv": FixtureFolder.units + "\nU1,Trùng,C1,,"])
    let r = try runThidua(["run", bad.path])
    XCTAssertEqual(r.status, 1)
    XCTAssertEqual(r.stdout, "")
    XCTAssertTrue(
      r.stderr.contains("thidua: hang-thang: don_vi.csv:5: ma_don_vi: lỗi: trùng mã \"U1\""), r.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: bad.out + "/PT2"))
    let good = try JobsFixture(Self.monthly.replacingOccurrences(of: "end-of-last-month", with: "2025-06-30"))
    let quiet = try runThidua(["run", good.path])
    XCTAssertEqual(quiet.status, 0, quiet.stderr)
    XCTAssertEqual(quiet.stderr, "")
    let verbose = try runThidua(["run", "--verbose", good.path])
    XCTAssertTrue(verbose.stderr.contains("cảnh báo"), verbose.stderr)
  }

  func testJobsFileMistakesStopEveryJobWithExit2() throws {
    let f = try JobsFixture(Self.monthly + "\ncolour = 1\n\n[[job]]\nname = \"x\"\n")
    let r = try runThidua(["run", f.path])
    XCTAssertEqual(r.status, 2)
    XCTAssertEqual(r.stdout, "")
    let name = (f.path as NSString).lastPathComponent
    XCTAssertEqual(
      r.stderr.split(separator: "\n").map(String.init),
      [
        "\(name):8: colour: lỗi: khóa không xác định (dùng: name, data, campaigns, as_of, time_zone, out, "
          + "name_pattern, tables, keep, reports, tong_hop, from)",
        "\(name):10: data: lỗi: thiếu khóa bắt buộc \"data\"",
        "\(name):10: out: lỗi: thiếu khóa bắt buộc \"out\"",
        "thidua: tệp \(f.path) có 3 lỗi; không việc nào chạy",
      ])
    XCTAssertFalse(FileManager.default.fileExists(atPath: f.out))
    XCTAssertEqual(try runThidua(["run", "/nonexistent/jobs.toml"]).status, 2)
  }

  func testNoActiveCampaignIsSaidOnOneLine() throws {
    let f = try JobsFixture(Self.monthly)
    let r = try f.run(now: JobsFixture.firstOfNovember.addingTimeInterval(366 * 86400))
    XCTAssertEqual(r.exitCode, 0)
    XCTAssertEqual(
      r.stdout, ["hang-thang: không có phong trào nào diễn ra trong tháng 10/2026; không ghi tệp nào"])
  }
}
