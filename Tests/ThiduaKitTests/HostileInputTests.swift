import Foundation
import TestSupport
import XCTest

@testable import ThiduaKit

/// Hostile and broken input, through the real executable: it never crashes,
/// never writes outside `--out`, and each case gets a clear message and status.
/// `docs/hostile-inputs.md` lists what each case gets.
final class HostileInputTests: XCTestCase {
  func report(_ folder: FixtureFolder, out: String? = nil, _ extra: [String] = []) throws -> (
    status: Int32, stdout: String, stderr: String, out: String
  ) {
    let out = out ?? FixtureFolder.temporaryOutput()
    let r = try runThidua(["report", "--data", folder.path, "--as-of", "2025-10-31", "--out", out] + extra)
    return (r.status, r.stdout, r.stderr, out)
  }

  /// Ids with `..`, `/` and control characters become safe folder names, for `report` and for `run`.
  func testCampaignIdsCannotLeaveTheOutputFolder() throws {
    let campaigns =
      FixtureFolder.campaigns
      + "\n../../etc,Trốn thư mục,,01/01/2025,31/12/2025,\na/b,Gạch chéo,,01/01/2025,31/12/2025,"
      + "\n\"x\u{1}y\",Ký tự điều khiển,,01/01/2025,31/12/2025,\n\"..\",Hai chấm,,01/01/2025,31/12/2025,"
    let folder = try FixtureFolder(["phong_trao.csv": campaigns])
    let parent = FixtureFolder.temporaryOutput()
    let out = parent + "/out"
    let r = try report(folder, out: out)
    XCTAssertEqual(r.status, 0, r.stderr)
    let written = r.stdout.split(separator: "\n").map(String.init)
    XCTAssertEqual(written.count, 6 * 10)
    for path in written {
      XCTAssertTrue(URL(fileURLWithPath: path).standardizedFileURL.path.hasPrefix(out + "/"), path)
    }
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: out).sorted(),
      ["PT1", "PT2", "_", "___etc", "a_b", "x_y"])
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent), ["out"])

    let jobs = FixtureFolder.temporaryOutput() + ".toml"
    try Data(
      "[[job]]\nname = \"../j\"\ndata = \"\(folder.path)\"\ncampaigns = \"all\"\nas_of = \"2025-10-31\"\nout = \"\(out)\"\nname_pattern = \"{job}/{campaign}/{as_of}\"\n"
        .utf8
    ).write(to: URL(fileURLWithPath: jobs))
    let run = try runThidua(["run", jobs])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.hasPrefix("../j: PT1 → \(out)/_j/PT1/2025-10-31 (10 tệp); "), run.stdout)
    XCTAssertTrue(run.stdout.contains("; ../../etc → \(out)/_j/___etc/2025-10-31 (10 tệp); "), run.stdout)
    XCTAssertTrue(run.stdout.contains("; x\\u{1}y → \(out)/_j/x_y/2025-10-31 (10 tệp); "), run.stdout)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent), ["out"])
  }

  /// Text cells that a spreadsheet would run as a formula get a leading `'` in CSV;
  /// in the workbook they are plain strings (its only formulas are our totals and rates).
  func testFormulaLikeTextIsDefused() throws {
    let folder = try FixtureFolder([
      "de_nghi.csv": FixtureFolder.nominations(adding: [
        "N8,PT1,U3,cá nhân,\"=HYPERLINK(\"\"http://x.invalid\"\",\"\"bấm\"\")\",+1,Nam,Kinh,,GKH,đã khen thưởng,"
          + "10/02/2025,-2,20/03/2025,@SUM(A1)"
      ])
    ])
    let r = try report(folder)
    XCTAssertEqual(r.status, 0, r.stderr)
    let list = try CSVFile(path: "\(r.out)/PT1/danh-sach.csv")
    let row = try XCTUnwrap(list.rows.first { $0.contains { $0.contains("HYPERLINK") } })
    XCTAssertTrue(row.contains("'=HYPERLINK(\"http://x.invalid\",\"bấm\")"), "\(row)")
    XCTAssertTrue(row.contains("'+1"), "\(row)")
    XCTAssertTrue(row.contains("'-2"), "\(row)")
    XCTAssertTrue(row.contains("'@SUM(A1)"), "\(row)")
    let book = try XLSXFile(path: "\(r.out)/PT1/tong-ket.xlsx")
    XCTAssertTrue(book.sharedStrings.contains("=HYPERLINK(\"http://x.invalid\",\"bấm\")"))
    for name in book.sheetNames {
      for (ref, f) in book.formulas(sheet: name) {
        XCTAssertTrue(f.hasPrefix("SUM(") || f.hasPrefix("IF("), "\(name)!\(ref): \(f)")
        XCTAssertFalse(f.contains("HYPERLINK") || f.contains("@"), "\(name)!\(ref): \(f)")
      }
    }
  }

  /// A UTF-8 file damaged by one bad byte is an error on its line (exit 1); a whole
  /// file in Windows-1258 (no valid UTF-8 multi-byte sequence) is read as such.
  func testInvalidUTF8() throws {
    let folder = try FixtureFolder()
    var bytes = [UInt8](FileManager.default.contents(atPath: folder.path + "/de_nghi.csv")!)
    bytes +=
      Array("N8,PT1,U3,cá nhân,Tr".utf8) + [0xC3, 0x28] + Array("n,,,,,GKH,đề nghị,10/02/2025,,,\n".utf8)
    try Data(bytes).write(to: folder.url.appendingPathComponent("de_nghi.csv"))
    let r = try report(folder)
    XCTAssertEqual(r.status, 1)
    XCTAssertTrue(r.stderr.hasPrefix("de_nghi.csv:9: lỗi: "), r.stderr)
    XCTAssertTrue(r.stderr.contains("UTF-8"), r.stderr)
    XCTAssertEqual(r.stdout, "")
    XCTAssertFalse(FileManager.default.fileExists(atPath: r.out + "/PT1"))

    // The fixture's units as Excel's plain "CSV" writes them on a Vietnamese Windows
    // (Windows-1258, tones as combining bytes): not UTF-8, read as Windows-1258.
    let cp1258 = try FixtureFolder()
    try XCTUnwrap(Data(base64Encoded: Self.unitsInWindows1258)).write(
      to: cp1258.url.appendingPathComponent("don_vi.csv"))
    let ok = try report(cp1258)
    XCTAssertEqual(ok.status, 0, ok.stderr)
    let t2 = try CSVFile(path: "\(ok.out)/PT1/de-nghi.csv")
    XCTAssertTrue(t2.rows.contains { $0.contains("UBND xã Tri Lễ") }, "\(t2.rows)")
    XCTAssertTrue(t2.rows.contains { $0.contains("Phòng Nội vụ") }, "\(t2.rows)")
  }

  /// `FixtureFolder.units` in Windows-1258 with CRLF (made with Python's cp1258 codec).
  static let unitsInWindows1258 =
    "bWFfZG9uX3ZpLHRlbl9kb25fdmksbWFfY3VtLGxvYWlfZG9uX3ZpLGNhcA0KVTMsVUJORCB4Yd4gVHJpIEzq3ixDMix4Yd4seGHeDQpVMSxQ"
    + "aG/MbmcgTvTyaSB2dfIsQzEsY/UgcXVhbixodXnq8m4NClUyLFVCTkQgeGHeIEj93nUgTOreLEMyLHhh3ix4Yd4NCg=="

  func testNulByteIsAClearErrorOnItsLine() throws {
    let folder = try FixtureFolder([
      "de_nghi.csv": FixtureFolder.nominations(adding: [
        "N8,PT1,U3,cá nhân,A\u{0}B,,,,,GKH,đề nghị,10/02/2025,,,"
      ])
    ])
    let r = try report(folder)
    XCTAssertEqual(r.status, 1)
    XCTAssertTrue(r.stderr.hasPrefix("de_nghi.csv:9: lỗi: Tệp chứa ký tự NUL"), r.stderr)
    XCTAssertEqual(r.stdout, "")
  }

  /// A 10 MB achievement summary is read and written whole to the CSV (the
  /// workbook cell keeps Excel's 32 767 characters).
  func testTenMegabyteFieldWorks() throws {
    let long = String(repeating: "Thành tích xuất sắc, \"\"tiêu biểu\"\"; ", count: 10_000_000 / 40)
    let folder = try FixtureFolder([
      "de_nghi.csv": FixtureFolder.nominations(adding: [
        "N8,PT1,U3,cá nhân,Lê Văn Dài,,Nam,Kinh,,GKH,đã khen thưởng,10/02/2025,1/QĐ,20/03/2025,\"\(long)\""
      ])
    ])
    let r = try report(folder, ["--tables", "T5"])
    XCTAssertEqual(r.status, 0, r.stderr)
    let list = try CSVFile(path: "\(r.out)/PT1/danh-sach.csv")
    let cell = try XCTUnwrap(list.rows.flatMap { $0 }.first { $0.count > 1_000_000 })
    XCTAssertEqual(
      cell, long.replacingOccurrences(of: "\"\"", with: "\"").trimmingCharacters(in: .whitespaces))
  }

  func testDirectoryInsteadOfAFileIsExit2NamingIt() throws {
    let folder = try FixtureFolder(["de_nghi.csv": nil])
    try FileManager.default.createDirectory(
      at: folder.url.appendingPathComponent("de_nghi.csv"), withIntermediateDirectories: false)
    let r = try report(folder)
    XCTAssertEqual(r.status, 2)
    XCTAssertTrue(
      r.stderr.hasPrefix("de_nghi.csv: lỗi: Không đọc được tệp de_nghi.csv: đây là một thư mục"), r.stderr)
    XCTAssertEqual(r.stdout, "")
  }

  /// `chmod 000` does not stop root (how CI and this container run the tests), so
  /// as root the executable is run as `nobody` through `setpriv`; without it the
  /// case is skipped. Exit 2, the message names the file and says why.
  func testUnreadableFileIsExit2() throws {
    let folder = try FixtureFolder()
    let path = folder.path + "/de_nghi.csv"
    XCTAssertEqual(chmod(path, 0), 0)
    defer { chmod(path, 0o644) }
    let args = [
      "report", "--data", folder.path, "--as-of", "2025-10-31", "--out", FixtureFolder.temporaryOutput(),
    ]
    let process = Process()
    if geteuid() == 0 {
      let setpriv = "/usr/bin/setpriv"
      try XCTSkipUnless(
        FileManager.default.isExecutableFile(atPath: setpriv),
        "chạy với quyền root và không có setpriv: chmod 000 không chặn được root đọc tệp")
      process.executableURL = URL(fileURLWithPath: setpriv)
      process.arguments =
        ["--reuid=65534", "--regid=65534", "--clear-groups", Repository.executable.path] + args
    } else {
      process.executableURL = Repository.executable
      process.arguments = args
    }
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 2, stderr)
    XCTAssertTrue(
      stderr.hasPrefix("de_nghi.csv: lỗi: Không đọc được tệp de_nghi.csv: không có quyền đọc tệp."), stderr)
  }

  /// A real full disk: a 64 KiB tmpfs (needs root and mount rights; skipped
  /// otherwise — JobRunTests injects ENOSPC in-process for that case). Exit 2,
  /// the message says the disk is full, nothing half-written stays.
  func testFullDiskIsExit2AndLeavesNothingHalfWritten() throws {
    let mountPoint = FixtureFolder.temporaryOutput()
    try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
    let mount = Process()
    mount.executableURL = URL(fileURLWithPath: "/bin/mount")
    mount.arguments = ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint]
    mount.standardError = FileHandle.nullDevice
    try mount.run()
    mount.waitUntilExit()
    try XCTSkipIf(mount.terminationStatus != 0, "không gắn được tmpfs (cần quyền root)")
    defer {
      let umount = Process()
      umount.executableURL = URL(fileURLWithPath: "/bin/umount")
      umount.arguments = [mountPoint]
      try? umount.run()
      umount.waitUntilExit()
    }
    let r = try runThidua([
      "report", "--data", Repository.sampleData, "--as-of", "2025-10-31", "--out", mountPoint + "/out",
    ])
    XCTAssertEqual(r.status, 2, r.stderr)
    XCTAssertTrue(r.stderr.contains("thidua: \(mountPoint)/out/"), r.stderr)
    XCTAssertTrue(r.stderr.contains(": đĩa đã đầy (No space left on device)"), r.stderr)
    // Our own lines name the real file; libxlsxwriter may add an "[ERROR]" line of its own
    // about its temporary file when the workbook is the one that hits the full disk.
    let ours = r.stderr.split(separator: "\n").filter { $0.hasPrefix("thidua:") }
    XCTAssertFalse(ours.isEmpty)
    XCTAssertFalse(ours.contains { $0.contains(ReportWriter.stagingPrefix) }, r.stderr)
    XCTAssertEqual(r.stdout, "")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: mountPoint + "/out"), [])
  }
}
