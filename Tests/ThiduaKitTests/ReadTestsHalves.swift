import Foundation
import XCTest

@testable import ThiduaKit

/// `de_nghi.csv` read on two cores (`NominationHalves`) gives exactly what one read from
/// top to bottom gives, wherever the file is split: the same nominations (lines
/// included) and the same messages in the same order — duplicate ids within and across
/// the halves naming the first line, errors on both sides, a quoted field spanning the
/// split (the halves are dropped), a BOM, CRLF.
final class ReadTestsHalves: XCTestCase {
  /// Tiny files split (no minimum size) with segments of three rows, so joins cross segments.
  static func split(chunkSize: Int, at fraction: Double = ReadSettings.standard.splitFraction) -> ReadSettings
  {
    ReadSettings(chunkSize: chunkSize, halvesMinimumBytes: 0, splitFraction: fraction, segmentSize: 3)
  }

  /// 40 rows: valid ones, then a second half repeating ids of both halves, errors, a
  /// two-line quoted name.
  static func rows() -> [String] {
    var rows: [String] = []
    for i in 0..<16 {
      rows.append(
        "M\(i),PT1,U3,cá nhân,Nông Thị \(i),Nông dân,Nữ,Tày,x,GKH,đã khen thưởng,10/02/2025,12/QĐ-UBND,20/03/2025,"
      )
    }
    rows += [
      "M3,PT1,U3,cá nhân,Trùng nửa đầu,,Nam,Kinh,,GKH,đề nghị,10/02/2025,,,",
      "M20,PT1,U9,cá nhân,Sai đơn vị,,Nam,Kinh,,GKH,đề nghị,10/02/2025,,,",
      "M21,PT1,U2,cá nhân,\"Lê \"\"Bé\"\"\nhai dòng\",,Nam,Kinh,x,GKH,đề nghị,10/02/2025,,,",
      "M22,PT1,U2,cá nhân,Ngày sai,,Nam,Kinh,,GKH,đề nghị,31/02/2025,,,",
      "",
      "M23,PT1,U2,tập thể,Thôn Bản Làn,,,,,GKH,đã khen thưởng,10/02/2025,12/QĐ-UBND,20/03/2025,",
      "M23,PT1,U2,tập thể,Trùng trong nửa sau,,,,,GKH,đề nghị,10/02/2025,,,",
      "M3,PT1,U1,cá nhân,Trùng lần nữa,,Nam,Kinh,,GKH,đề nghị,10/02/2025,,,",
      "M24,PT1,U1,cá nhân,\"Tên có dấu phẩy, và \"\"ngoặc\"\"\",,Nữ,Nùng,,GKH,đề nghị,10/02/2025,,,",
    ]
    for i in 25..<40 {
      rows.append("M\(i),PT2,U2,cá nhân,Vi Văn \(i),,Nam,Dao,,GKX,đề nghị,15/04/2025,,,")
    }
    rows += [
      "M30,PT2,U2,cá nhân,Trùng cuối,,Nam,Dao,,GKX,đề nghị,15/04/2025,,,",
      "M5,PT2,U2,cá nhân,Trùng đầu ở cuối,,Nam,Dao,,xx,đề nghị,15/04/2025,,,",
      "M5,PT2,U2,cá nhân,Trùng đầu ở cuối,,Nam,Dao,,GKX,đề nghị,15/04/2025,,,",
    ]
    return rows
  }

  func testEverySplitGivesWhatOneReadGives() throws {
    let header = FixtureFolder.nominations.components(separatedBy: "\n")[0]
    let lf = ([header] + Self.rows()).joined(separator: "\n")
    let crlfBOM = "\u{FEFF}" + ([header] + Self.rows()).joined(separator: "\r\n")
    // tien_do.csv is read while the halves are joined: its messages must still follow de_nghi.csv's.
    let progress = FixtureFolder.progress + "\nPT1,U9,02/2025,Sáng kiến,1\nPT1,U1,13/2025,Sáng kiến,x"
    for text in [lf, crlfBOM] {
      let folder = try FixtureFolder(["de_nghi.csv": text, "tien_do.csv": progress])
      let expected = try DataFolderLoader.load(folder: folder.path, needs: nil, chunkSize: nil)
      XCTAssertTrue(expected.diagnostics.contains { $0.kind == .duplicateID })
      XCTAssertEqual(expected.diagnostics.last?.file, "tien_do.csv")
      XCTAssertEqual(expected.dataSet.progress.count, 5)
      var joins = 0
      var joinedAt = Set<Int>()
      for step in 1..<60 {
        for size in [7, 4096] {
          let got = try DataFolderLoader.load(
            folder: folder.path, needs: nil, settings: Self.split(chunkSize: size, at: Double(step) / 60))
          XCTAssertEqual(got.diagnostics, expected.diagnostics, "split \(step)/60, chunk \(size)")
          XCTAssertEqual(
            dumped(got.dataSet.nominations), dumped(expected.dataSet.nominations),
            "split \(step)/60, chunk \(size)")
          // The texts too, byte for byte: the join copies only the kept rows' texts.
          XCTAssertEqual(got.dataSet.texts, expected.dataSet.texts, "split \(step)/60, chunk \(size)")
          XCTAssertEqual(
            dumped(got.dataSet.progress), dumped(expected.dataSet.progress), "split \(step)/60, chunk \(size)"
          )
          if got.nominationsJoinedFromHalves {
            joins += 1
            joinedAt.insert(step)
          }
        }
      }
      // Most splits land between records and are joined; the one inside the quoted name is not.
      XCTAssertGreaterThan(joins, 60)
      XCTAssertLessThan(joinedAt.count, 59)
    }
  }

  /// Texts kept only for the reported campaign (`TextNeeds`) are dropped the same way in both halves.
  func testTextNeedsAreAppliedInBothHalves() throws {
    let header = FixtureFolder.nominations.components(separatedBy: "\n")[0]
    let folder = try FixtureFolder(["de_nghi.csv": ([header] + Self.rows()).joined(separator: "\n")])
    let needs = TextNeeds.reporting(["PT2"])
    let expected = try DataFolderLoader.load(folder: folder.path, needs: needs, chunkSize: nil)
    let got = try DataFolderLoader.load(
      folder: folder.path, needs: needs, settings: Self.split(chunkSize: 4096))
    XCTAssertTrue(got.nominationsJoinedFromHalves)
    XCTAssertEqual(dumped(got.dataSet.nominations), dumped(expected.dataSet.nominations))
    XCTAssertEqual(got.dataSet.texts, expected.dataSet.texts)
    XCTAssertGreaterThan(got.dataSet.texts.byteCount, 0)
    XCTAssertEqual(got.diagnostics, expected.diagnostics)
  }

  /// A Windows-1258 file is not split: it is read whole, once, as before.
  func testWindows1258IsReadTheOneCoreWay() throws {
    let original = try DataFolderLoader.load(folder: Repository.sampleData, needs: nil, chunkSize: nil)
    let got = try DataFolderLoader.load(
      folder: Repository.sampleData, needs: nil, settings: Self.split(chunkSize: 4096))
    XCTAssertFalse(got.nominationsJoinedFromHalves)
    XCTAssertEqual(got.diagnostics, original.diagnostics)
    XCTAssertEqual(dumped(got.dataSet.nominations), dumped(original.dataSet.nominations))
    XCTAssertEqual(got.dataSet.texts, original.dataSet.texts)
  }

  func dumped(_ value: some Any) -> String {
    var s = ""
    dump(value, to: &s)
    return s
  }
}
