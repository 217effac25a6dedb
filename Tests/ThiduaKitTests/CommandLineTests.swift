import Foundation
import TestSupport
import ThiduaKit
import XCTest

/// The `thidua` executable as cron and users run it: exit statuses, standard
/// output holding only the files written, byte-identical reruns whatever the
/// machine's time zone and locale.
final class CommandLineTests: XCTestCase {
  func testWrongCommandLineIsExit2() throws {
    XCTAssertEqual(try runThidua(["report"]).status, 2)
    XCTAssertEqual(try runThidua(["report", "--data", "x", "--bogus"]).status, 2)
    XCTAssertEqual(try runThidua(["frobnicate"]).status, 2)
    XCTAssertEqual(
      try runThidua(["check", "--data", Repository.sampleData, "--as-of", "31/02/2025"]).status, 2)
    XCTAssertEqual(try runThidua(["check", "--data", "/nonexistent"]).status, 2)
  }

  /// A wrong `--tables` or `--as-of` is refused before anything is read, with the
  /// command's own usage after the message (not the tool's list of subcommands).
  func testWrongOptionValueShowsTheCommandsUsage() throws {
    let cases: [([String], String, String)] = [
      (
        ["report", "--data", Repository.sampleData, "--tables", "T9"], "--tables không hợp lệ: \"T9\"",
        "thidua report"
      ),
      (
        ["tong-hop", "--data", "x", "--from", "y", "--tables", "T3"],
        "(dùng so-lieu,T1,T2,tinh-hinh-gui,T5,T6)", "thidua tong-hop"
      ),
      (
        ["report", "--data", Repository.sampleData, "--as-of", "31/02/2025"], "--as-of không hợp lệ",
        "thidua report"
      ),
    ]
    for (arguments, message, usage) in cases {
      let r = try runThidua(arguments)
      XCTAssertEqual(r.status, 2, "\(arguments)")
      XCTAssertTrue(r.stderr.contains(message), r.stderr)
      XCTAssertTrue(r.stderr.contains("Usage: \(usage) --data"), r.stderr)
      XCTAssertEqual(r.stdout, "", "\(arguments)")
    }
  }

  func testHelpIsExit0() throws {
    let r = try runThidua(["--help"])
    XCTAssertEqual(r.status, 0)
    XCTAssertTrue(r.stdout.contains("report"))
  }

  func testCheckWritesNothingToStandardOutput() throws {
    let r = try runThidua(["check", "--data", Repository.sampleData, "--as-of", "2025-10-31"])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(r.stdout, "")
    XCTAssertTrue(r.stderr.contains("cảnh báo"))
  }

  func testDataErrorIsExit1() throws {
    let folder = try FixtureFolder(["don_vi.csv": FixtureFolder.units + "\nU1,Trùng,C1,,"])
    let r = try runThidua(["check", "--data", folder.path])
    XCTAssertEqual(r.status, 1)
    XCTAssertTrue(r.stderr.contains("don_vi.csv:5: ma_don_vi: lỗi: trùng mã \"U1\""), r.stderr)
  }

  /// Same input, same as-of → same bytes, XLSX included, under TZ=UTC LANG=C
  /// and under Asia/Ho_Chi_Minh with a Vietnamese locale.
  func testByteIdenticalAcrossRunsTimeZonesAndLocales() throws {
    let a = FixtureFolder.temporaryOutput()
    let b = FixtureFolder.temporaryOutput()
    let args = ["report", "--data", Repository.sampleData, "--as-of", "31/10/2025", "--out"]
    var env = ProcessInfo.processInfo.environment
    env["TZ"] = "UTC"
    env["LANG"] = "C"
    env["LC_ALL"] = "C"
    let r1 = try runThidua(args + [a], environment: env)
    XCTAssertEqual(r1.status, 0, r1.stderr)
    env["TZ"] = "Asia/Ho_Chi_Minh"
    env["LANG"] = "vi_VN.UTF-8"
    env["LC_ALL"] = "vi_VN.UTF-8"
    let r2 = try runThidua(args + [b], environment: env)
    XCTAssertEqual(r2.status, 0, r2.stderr)
    let first = snapshot(a)
    XCTAssertEqual(first.count, 20)
    XCTAssertEqual(first, snapshot(b))
    XCTAssertEqual(r1.stdout.split(separator: "\n").count, 20)
    // Rerunning into the same folder replaces the files with the same bytes.
    XCTAssertEqual(try runThidua(args + [a], environment: env).status, 0)
    XCTAssertEqual(snapshot(a), first)
  }

  func testInitWritesEveryFileWithItsHeaderAndRefusesToOverwrite() throws {
    let dir = FixtureFolder.temporaryOutput()
    let r = try runThidua(["init", dir])
    XCTAssertEqual(r.status, 0, r.stderr)
    let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
    XCTAssertEqual(
      files,
      [
        "chi_tieu.csv", "cum_khoi.csv", "dang_ky.csv", "de_nghi.csv", "don_vi.csv", "hinh_thuc.csv",
        "phong_trao.csv", "tien_do.csv", "to_chuc.toml",
      ])
    let header = try CSVFile(path: "\(dir)/de_nghi.csv").header
    XCTAssertEqual(header.first, "ma_de_nghi")
    XCTAssertEqual(header.count, 15)
    // An empty folder from init is valid data: check passes.
    let check = try runThidua(["check", "--data", dir])
    XCTAssertEqual(check.status, 0, check.stderr)
    XCTAssertEqual(try runThidua(["init", dir]).status, 2)
  }

  func testTablesOptionWritesOnlyThoseFiles() throws {
    let out = FixtureFolder.temporaryOutput()
    let r = try runThidua([
      "report", "--data", Repository.sampleData, "--campaign", "LVT115", "--as-of", "2025-10-31", "--out",
      out,
      "--tables", "so-lieu",
    ])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: "\(out)/LVT115"), ["so-lieu.csv"])
    // The campaign checks belong to T6: without it, no finding is computed or printed…
    XCTAssertFalse(r.stderr.contains("cảnh báo"), r.stderr)
    // …and with it they are, as in a full report.
    let withT6 = try runThidua([
      "report", "--data", Repository.sampleData, "--campaign", "LVT115", "--as-of", "2025-10-31", "--out",
      out,
      "--tables", "so-lieu,T6",
    ])
    XCTAssertTrue(withT6.stderr.contains("LVT-146"), withT6.stderr)
  }

  /// Without T5 and T6 no free text is loaded (`TextNeeds.showsText`), yet the files
  /// written are byte for byte those of a full report.
  func testTablesWithoutTextAreTheSameAsInAFullReport() throws {
    let full = FixtureFolder.temporaryOutput()
    let part = FixtureFolder.temporaryOutput()
    let args = ["report", "--data", Repository.sampleData, "--as-of", "2025-10-31", "--out"]
    XCTAssertEqual(try runThidua(args + [full]).status, 0)
    XCTAssertEqual(try runThidua(args + [part, "--tables", "so-lieu,T1,T2,T3,T4"]).status, 0)
    let written = snapshot(part)
    XCTAssertEqual(written.count, 2 * 6)  // per campaign: the workbook and five CSV files
    let fullFiles = snapshot(full)
    for (name, bytes) in written where name.hasSuffix(".csv") {
      XCTAssertEqual(bytes, fullFiles[name], name)
    }
    let lean = try DataFolderLoader.load(
      folder: Repository.sampleData, needs: .reporting([], showsText: false))
    XCTAssertFalse(lean.dataSet.nominations.isEmpty)
    XCTAssertTrue(lean.dataSet.nominations.allSatisfy { $0.textStart == -1 })
    XCTAssertEqual(lean.dataSet.texts.byteCount, 0)
  }
}
