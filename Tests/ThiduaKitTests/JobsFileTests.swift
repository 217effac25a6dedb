import Core
import Foundation
import Tabular
import XCTest

@testable import ThiduaKit

/// The jobs file of `thidua run`: what it accepts, and every mistake reported
/// at once with its line before any job runs.
final class JobsFileTests: XCTestCase {
  let base = URL(fileURLWithPath: "/srv/thidua/")

  func parse(_ text: String) -> Result<[Job], JobsFileMistakes> {
    JobsFile.parse(text, file: "jobs.toml", base: base)
  }

  func testFullJobWithCommentsAndRelativePaths() throws {
    let text = """
      # Xuất tiến độ hằng tháng / monthly progress
      [[job]]
      name = "tien-do-hang-thang"
      data = "van-quan"                     # tương đối: theo thư mục của tệp này
      campaigns = "active"
      as_of = "end-of-last-month"
      time_zone = "Asia/Ho_Chi_Minh"
      out = "/srv/share/bao-cao"
      name_pattern = "{campaign}/{as_of}"
      tables = ["T4", "so-lieu"]
      keep = 12

      [[job]]
      name = "tong-ket"
      data = "/srv/thidua/van-quan"
      campaigns = ["NTM2025"]
      as_of = 2025-10-31
      out = "../share/tong-ket"
      name_pattern = "{yyyy}-{mm}"
      """
    let jobs = try parse(text).get()
    XCTAssertEqual(jobs.count, 2)
    XCTAssertEqual(jobs[0].name, "tien-do-hang-thang")
    XCTAssertEqual(jobs[0].data, "/srv/thidua/van-quan")
    XCTAssertEqual(jobs[0].campaigns, .active)
    XCTAssertEqual(jobs[0].asOf, .endOfLastMonth)
    XCTAssertEqual(jobs[0].tables, [.t4, .facts])
    XCTAssertEqual(jobs[0].keep, 12)
    XCTAssertEqual(jobs[0].line, 2)
    XCTAssertEqual(jobs[1].campaigns, .named(["NTM2025"]))
    XCTAssertEqual(jobs[1].asOf, .fixed(CalendarDay(year: 2025, month: 10, day: 31)!))
    XCTAssertEqual(jobs[1].out, "/srv/share/tong-ket")
    XCTAssertEqual(jobs[1].tables, Set(ReportTable.tables(of: .report)))
    XCTAssertNil(jobs[1].keep)
    XCTAssertEqual(jobs[1].timeZone, "Asia/Ho_Chi_Minh")
    XCTAssertEqual(jobs[1].line, 13)
  }

  func testEveryMistakeAtOnceWithItsLine() {
    let text = """
      [[job]]
      name = "a"
      data = "d"
      out = "o"
      keep = 0
      tables = ["T4", "T9"]
      colour = "blue"

      [[job]]
      name = "b"
      data = 3
      as_of = "31/02/2025"
      time_zone = "Asia/Hanoi_City"
      campaigns = "some"
      name_pattern = "{as_of}/{campaign_id}"

      [[job]]
      name = "a"
      out = "o"
      data = "d"
      name_pattern = "../{campaign}"
      """
    guard case .failure(let mistakes) = parse(text) else { return XCTFail("expected mistakes") }
    XCTAssertEqual(
      mistakes.lines,
      [
        "jobs.toml:5: keep: lỗi: cần một số nguyên ≥ 1 (số bản xuất cũ được giữ lại), không phải 0",
        "jobs.toml:6: tables: lỗi: không có biểu \"T9\" (dùng so-lieu, T1, T2, T3, T4, T5, T6, T7 hoặc all)",
        "jobs.toml:7: colour: lỗi: khóa không xác định (dùng: name, data, campaigns, as_of, time_zone, out, "
          + "name_pattern, tables, keep, reports, tong_hop, from)",
        "jobs.toml:9: out: lỗi: thiếu khóa bắt buộc \"out\"",
        "jobs.toml:11: data: lỗi: giá trị phải là một chuỗi (\"…\"), không phải 3",
        "jobs.toml:12: as_of: lỗi: ngày chốt không hợp lệ: \"31/02/2025\" (cần \"today\", \"end-of-last-month\", "
          + "yyyy-mm-dd hoặc dd/mm/yyyy)",
        "jobs.toml:13: time_zone: lỗi: múi giờ không xác định: \"Asia/Hanoi_City\" (ví dụ \"Asia/Ho_Chi_Minh\")",
        "jobs.toml:14: campaigns: lỗi: cần \"active\", \"all\" hoặc một mảng mã phong trào, không phải \"some\"",
        "jobs.toml:15: name_pattern: lỗi: không có chỗ điền {campaign_id} (dùng {campaign} {as_of} {yyyy} {mm} "
          + "{dd} {job})",
        "jobs.toml:21: name_pattern: lỗi: mẫu tên có phần rỗng, \".\" hoặc \"..\": \"../{campaign}\"",
      ])
  }

  func testDuplicateNameIsAMistakeWhenTheFirstWasValid() {
    let text = """
      [[job]]
      name = "a"
      data = "d"
      out = "o"

      [[job]]
      name = "a"
      data = "d"
      out = "o2"
      """
    guard case .failure(let mistakes) = parse(text) else { return XCTFail("expected mistakes") }
    XCTAssertEqual(mistakes.lines, ["jobs.toml:7: name: lỗi: tên việc \"a\" đã dùng cho việc ở dòng 1"])
  }

  func testInvalidTOMLAndNoJobs() {
    guard case .failure(let bad) = parse("[[job]]\nname = \"a\nout = 1\n") else { return XCTFail() }
    XCTAssertEqual(bad.diagnostics.count, 1)
    XCTAssertEqual(bad.diagnostics[0].line, 2)
    XCTAssertTrue(bad.lines[0].hasPrefix("jobs.toml:2: lỗi: tệp TOML không hợp lệ"), bad.lines[0])
    guard case .failure(let empty) = parse("# nothing\n") else { return XCTFail() }
    XCTAssertEqual(empty.lines, ["jobs.toml: lỗi: không có việc nào: cần ít nhất một bảng [[job]]"])
  }

  func testSeveralCampaignsNeedTheCampaignPlaceholder() {
    let text = "[[job]]\nname = \"a\"\ndata = \"d\"\nout = \"o\"\nname_pattern = \"{as_of}\"\n"
    guard case .failure(let m) = parse(text) else { return XCTFail() }
    XCTAssertEqual(
      m.lines,
      [
        "jobs.toml:5: name_pattern: lỗi: việc có thể xuất nhiều phong trào nên mẫu tên cần có {campaign}: \"{as_of}\""
      ])
    let one =
      "[[job]]\nname = \"a\"\ndata = \"d\"\nout = \"o\"\ncampaigns = [\"PT1\"]\nname_pattern = \"{as_of}\"\n"
    XCTAssertNoThrow(try parse(one).get())
  }

  /// 00:05 on 1 November in Hà Nội is still 31 October in UTC: the job's zone decides.
  func testAsOfRulesUseTheJobsTimeZoneNotTheServers() {
    let now = Date(timeIntervalSince1970: 1_761_930_300)  // 2025-10-31T17:05:00Z = 2025-11-01 00:05 +07
    let vietnam = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
    let utc = TimeZone(identifier: "UTC")!
    XCTAssertEqual(AsOfRule.today.resolve(now: now, in: vietnam).iso, "2025-11-01")
    XCTAssertEqual(AsOfRule.today.resolve(now: now, in: utc).iso, "2025-10-31")
    // `--as-of` left out asks the same clock, in Vietnam unless told otherwise.
    XCTAssertEqual(VietnamClock.today(now: now).iso, "2025-11-01")
    XCTAssertEqual(VietnamClock.today(now: now.addingTimeInterval(-301)).iso, "2025-10-31")
    XCTAssertEqual(AsOfRule.endOfLastMonth.resolve(now: now, in: vietnam).iso, "2025-10-31")
    XCTAssertEqual(AsOfRule.endOfLastMonth.resolve(now: now, in: utc).iso, "2025-09-30")
    let march = Date(timeIntervalSince1970: 1_740_805_200)  // 2025-03-01T05:00:00Z
    XCTAssertEqual(AsOfRule.endOfLastMonth.resolve(now: march, in: vietnam).iso, "2025-02-28")
    XCTAssertEqual(AsOfRule.parse("End of last month"), .endOfLastMonth)
    XCTAssertEqual(AsOfRule.parse("31/10/2025"), .fixed(CalendarDay(year: 2025, month: 10, day: 31)!))
    XCTAssertNil(AsOfRule.parse("yesterday"))
  }

  func testActiveCampaignsOverlapTheMonthOfAsOf() {
    func campaign(_ id: String, _ start: String, _ end: String) -> Campaign {
      Campaign(
        id: id, name: id, theme: "", issuer: "", planRef: "", start: ValueParser.date(start)!,
        end: ValueParser.date(end)!, deadline: nil, line: 0)
    }
    let all = [
      campaign("JAN-JUN", "2025-01-01", "2025-06-30"), campaign("MAR-DEC", "2025-03-01", "2025-12-31"),
      campaign("ENDS-1-OCT", "2025-01-01", "2025-10-01"),
      campaign("STARTS-31-OCT", "2025-10-31", "2026-01-31"),
      campaign("NOV", "2025-11-01", "2025-11-30"),
    ]
    let (chosen, missing) = CampaignSelection.active.choose(
      from: all, asOf: CalendarDay(year: 2025, month: 10, day: 15)!)
    XCTAssertEqual(chosen.map { all[$0].id }, ["MAR-DEC", "ENDS-1-OCT", "STARTS-31-OCT"])
    XCTAssertEqual(missing, [])
    let named = CampaignSelection.named(["NOV", "X", "NOV"]).choose(
      from: all, asOf: CalendarDay(year: 2025, month: 1, day: 1)!)
    XCTAssertEqual(named.chosen, [4])
    XCTAssertEqual(named.missing, ["X"])
  }

  func testNamePatternMakesEveryLevelSafe() throws {
    let day = CalendarDay(year: 2025, month: 10, day: 31)!
    let p = try NamePattern("{job}/{campaign}/{yyyy}-{mm}-{dd}")
    XCTAssertEqual(p.depth, 3)
    XCTAssertEqual(p.folder(campaign: "NTM2025", asOf: day, job: "j"), "j/NTM2025/2025-10-31")
    XCTAssertEqual(p.folder(campaign: "../../etc", asOf: day, job: "j"), "j/___etc/2025-10-31")
    XCTAssertEqual(p.folder(campaign: "a/b", asOf: day, job: ".."), "_/a_b/2025-10-31")
    XCTAssertEqual(p.folder(campaign: "x\u{1}y", asOf: day, job: "j"), "j/x_y/2025-10-31")
    XCTAssertThrowsError(try NamePattern("/abs/{campaign}"))
    XCTAssertThrowsError(try NamePattern("{campaign}//{as_of}"))
    XCTAssertThrowsError(try NamePattern("{campaign"))
  }
}
