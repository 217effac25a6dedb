import Foundation
import TestSupport
import XCTest

@testable import ThiduaKit

/// `ChunkedCSVReader` must give exactly the records, lines and errors of the whole-file path
/// however the file is cut: chunks of a few bytes cut quotes, line breaks (CRLF too) and
/// multi-byte letters at every place.
final class ReadChunkedTests: XCTestCase {
  static let sizes = [1, 2, 3, 5, 7, 64]

  struct Reading: Equatable {
    var records: [CSVRecord] = []
    var error: Diagnostic?
    var outcome: ChunkedCSVReader.Outcome?
  }

  func write(_ bytes: [UInt8]) throws -> String {
    let url = ScratchSpace.url("chunked", suffix: ".csv")
    try Data(bytes).write(to: url)
    return url.path
  }

  func whole(_ bytes: [UInt8]) -> Reading {
    var out = Reading()
    do {
      let decoded = try TextDecoder.decode(bytes, file: "t.csv")
      let d = try CSVReader.visit(utf8: decoded.utf8, file: "t.csv") { out.records.append($0.record) }
      out.outcome = .read(encoding: decoded.encoding, delimiter: d)
    } catch {
      out.error = error as? Diagnostic
    }
    return out
  }

  func chunked(_ path: String, _ size: Int) -> Reading {
    var out = Reading()
    do {
      out.outcome = try ChunkedCSVReader.visit(path: path, file: "t.csv", chunkSize: size) {
        out.records.append($0.record)
      }
    } catch {
      out.error = error as? Diagnostic
    }
    return out
  }

  func assertSameAsWhole(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
    for bytes in [Array(text.utf8), [0xEF, 0xBB, 0xBF] + Array(text.utf8)] {
      let path = try write(bytes)
      defer { try? FileManager.default.removeItem(atPath: path) }
      let expected = whole(bytes)
      for size in Self.sizes + [ChunkedCSVReader.defaultChunkSize] {
        XCTAssertEqual(
          chunked(path, size), expected, "chunk \(size): \(text.debugDescription)", file: file, line: line)
      }
    }
  }

  func testChunksGiveTheRecordsLinesAndErrorsOfTheWholeFile() throws {
    let texts = [
      "ma,ten,thanh_tich\n"
        + "DV01,\"Nguyễn Văn A, Trưởng phòng\",\"Đạt \"\"Lao động tiên tiến\"\"\"\n"
        + "DV02,\"Lê Thị B\",\"Dòng một\nDòng hai\n\nDòng bốn\"\n"
        + "DV03,\"\"\"Trích dẫn\"\" đầu\",\"\"\n",
      "ma;ten\r\nDV01;\"a\r\nb\"\r\n\r\n;;\r\nDV02;Hồ Chí Minh\r\n",
      "ma;ten\rDV01;\"x\ry\"\rDV02;z",
      "\n\n  \nma\tten\nDV01\t\u{A0}Ngô\u{A0}\n",
      "ma,ten\nDV01,ca\u{0301} nhân\nDV02,\"ke\u{0300}m\"theo\n",
      "ma,ten\nDV01,\"không đóng\nDV02,x\n",
      "ma,ten\nDV01,x\n\"mở",
      "\u{FEFF}ma,ten\nDV01,x\n",
      "ma,ten",
      "",
      "\"ma\",\"ten\"\r\n\"DV01\",\"𝔸 bốn byte\"\r\n",
    ]
    for text in texts { try assertSameAsWhole(text) }
  }

  func testAnythingUnusualAsksForTheWholeFile() throws {
    let cases: [[UInt8]] = [
      Array("ma,ten\nDV01,Nguy".utf8) + [0xEA, 0xF5] + Array("n\n".utf8),  // Windows-1258
      Array("ma,ten\nDV01,x\n".utf8) + [0] + Array("\n".utf8),  // NUL
      [0xFF, 0xFE] + Array("m\0a\0".utf8),  // UTF-16LE
      [0xEF, 0xBB, 0xBF] + Array("ma,ten\nDV01,".utf8) + [0xC3],  // broken UTF-8 at the end
    ]
    for bytes in cases {
      let path = try write(bytes)
      defer { try? FileManager.default.removeItem(atPath: path) }
      for size in Self.sizes + [ChunkedCSVReader.defaultChunkSize] {
        XCTAssertEqual(chunked(path, size).outcome, .wholeFileNeeded, "\(bytes) chunk \(size)")
      }
    }
  }

  /// Sample data as UTF-8 (it ships as Windows-1258) and a file with bad rows: chunked and
  /// whole loads give the same data set and diagnostics; Windows-1258 falls back and still does.
  func testLoadingInChunksGivesTheSameDataAndDiagnostics() throws {
    let copy = ScratchSpace.url("chunked")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.sampleData), to: copy)
    defer { try? FileManager.default.removeItem(at: copy) }
    for name in ["de_nghi.csv", "tien_do.csv"] {
      let url = copy.appendingPathComponent(name)
      try Data(try TextDecoder.decode(Array(try Data(contentsOf: url)), file: name).utf8).write(to: url)
    }
    let bad = try FixtureFolder([
      "de_nghi.csv": FixtureFolder.nominations(adding: [
        "N8,PT1,U9,cá nhân,,,Nữ,,có lẽ,GKH,đã khen thưởng,31/02/2025,,,",
        "N1,PT2,U1,tập thể,Thôn B,,,,,GKX,xong,10/02/2025,,,",
        "N9,PT2,U1,\"ca\u{0301} nhân\",\"Lê \"\"Bé\"\"\nhai dòng\",,Nam,Kinh,x,GKX,đề nghị,10/02/2025,,,",
        "N2,PT2,U1,tập thể,Thôn C,,,,,GKX,đề nghị,10/02/2025,,,",
      ]),
      "tien_do.csv": FixtureFolder.progress
        + "\nPT1,U9,01/2025,Sáng kiến,1\nPT1,U1,13/2025,x,\"1,5\"\nPT1,U1,02/2025,,abc",
    ])
    for folder in [copy.path, bad.path] {
      let expected = try DataFolderLoader.load(folder: folder, needs: nil, chunkSize: nil)
      XCTAssertFalse(expected.dataSet.nominations.isEmpty)
      for size in [7, 64, 4096] {
        let got = try DataFolderLoader.load(folder: folder, needs: nil, chunkSize: size)
        XCTAssertEqual(got.diagnostics, expected.diagnostics, "chunk \(size)")
        XCTAssertEqual(dumped(got.dataSet), dumped(expected.dataSet), "chunk \(size)")
      }
    }
    let original = try DataFolderLoader.load(folder: Repository.sampleData, needs: nil, chunkSize: nil)
    let fallback = try DataFolderLoader.load(folder: Repository.sampleData, needs: nil, chunkSize: 7)
    XCTAssertEqual(fallback.diagnostics, original.diagnostics)
    XCTAssertEqual(dumped(fallback.dataSet), dumped(original.dataSet))
  }

  /// The data set as text; its dictionaries (`origins` and their positions) in key order, as
  /// two equal dictionaries may list their entries in different orders.
  func dumped(_ data: DataSet) -> String {
    var plain = data
    plain.origins = [:]
    var s = ""
    dump(plain, to: &s)
    for (key, origin) in data.origins.sorted(by: { $0.key < $1.key }) {
      let positions = origin.positions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      s += "\(key): \(origin.file) \(origin.place) \(positions)\n"
    }
    return s
  }
}
