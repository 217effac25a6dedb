import Core
import Foundation
import TestSupport
import XCTest

@testable import ThiduaKit

/// A province's cron job (`tong_hop = true`): the monthly roll-up of whatever
/// has arrived, with the list of who has not sent, and the job's folders,
/// marker and retention as a report job has them.
final class RollupJobTests: XCTestCase {
  func jobsFile(_ text: String) throws -> String {
    let path = ScratchSpace.path("jobs", suffix: ".toml")
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  func testMonthlyRollUpJob() throws {
    let p = try ProvinceFixture.get()
    let out = FixtureFolder.temporaryOutput()
    let path = try jobsFile(
      """
      [[job]]
      name = "tong-hop-thang"
      tong_hop = true
      data = "\(p.data)"
      from = "\(p.from)"
      campaigns = "active"
      as_of = "end-of-last-month"
      out = "\(out)"
      keep = 2
      """)
    let jobs = try JobsFile.load(path: path).get()
    XCTAssertEqual(jobs.first?.rollup?.from, p.from)
    let outcome = JobRunner(now: JobsFixture.firstOfNovember).run(jobs)
    XCTAssertEqual(outcome.exitCode, 0, outcome.stderr.joined(separator: "\n"))
    let folder = "\(out)/TINH2025/2025-10-31"
    XCTAssertEqual(outcome.stdout, ["tong-hop-thang: TINH2025 → \(folder) (7 tệp)"])
    XCTAssertEqual(outcome.stderr, [], "unattended: the warnings are in the files")
    let sent = try CSVFile(path: "\(folder)/tinh-hinh-gui.csv")
    XCTAssertEqual(sent.rows.first { $0[1] == "Xã Tràng Phái" }?[2], "")
    XCTAssertEqual(sent.rows.last?.suffix(2), ["7", "6"])
    let checks = try CSVFile(path: "\(folder)/kiem-tra.csv")
    XCTAssertEqual(checks.rows.filter { $0[1] == "Chưa gửi báo cáo" }.map { $0[3] }, ["X7"])
    XCTAssertTrue(FileManager.default.fileExists(atPath: "\(folder)/tong-hop.xlsx"))
    let marker = String(
      decoding: FileManager.default.contents(atPath: "\(folder)/.thidua-job")!, as: UTF8.self)
    XCTAssertTrue(marker.contains("job = \"tong-hop-thang\""))
    // Run again: the same bytes.
    let before = snapshot(folder)
    XCTAssertEqual(JobRunner(now: JobsFixture.firstOfNovember).run(jobs).exitCode, 0)
    XCTAssertEqual(snapshot(folder), before)
  }

  func testRollUpJobMistakes() throws {
    let path = try jobsFile(
      """
      [[job]]
      name = "a"
      tong_hop = true
      data = "/x"
      out = "/y"
      tables = ["T3"]

      [[job]]
      name = "b"
      data = "/x"
      out = "/y"
      from = "/z"
      """)
    guard case .failure(let mistakes) = JobsFile.load(path: path) else { return XCTFail("should fail") }
    let text = mistakes.diagnostics.map(\.formatted).joined(separator: "\n")
    XCTAssertTrue(text.contains("from: lỗi: thiếu khóa bắt buộc \"from\""), text)
    XCTAssertTrue(text.contains("tables: lỗi: không có biểu \"T3\""), text)
    XCTAssertTrue(text.contains("chỉ dùng cho việc tổng hợp"), text)
  }
}
