import Foundation
import XCTest

@testable import ThiduaKit

/// `CSVReader.visit`, the span-per-field reading of the big file: it must see exactly the
/// records, fields and lines `CSVReader.parse` gives, and its byte views must agree with them.
final class ReadVisitTests: XCTestCase {
  /// Visits `bytes`, checking every field's spans against its text; returns header and records.
  func visited(_ bytes: [UInt8], file: String = "t.csv") throws -> [CSVRecord] {
    var out: [CSVRecord] = []
    try CSVReader.visit(utf8: bytes, file: file) { view in
      for i in 0..<view.count {
        let text = view.string(i)
        XCTAssertEqual(view.isEmpty(i), text.isEmpty, "line \(view.line) field \(i)")
        if let plain = view.plainBytes(i) {
          XCTAssertEqual(String(decoding: plain, as: UTF8.self), text, "line \(view.line) field \(i)")
        }
      }
      XCTAssertEqual(view.string(view.count), "")
      XCTAssertTrue(view.isEmpty(-1))
      out.append(view.record)
    }
    return out
  }

  func assertSameAsParse(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws {
    let doc = try CSVReader.parse(utf8: bytes, file: "t.csv")
    let seen = try visited(bytes)
    XCTAssertEqual(seen.first?.fields ?? [], doc.header, file: file, line: line)
    XCTAssertEqual(seen.first?.line ?? 0, doc.headerLine, file: file, line: line)
    XCTAssertEqual(Array(seen.dropFirst()), doc.records, file: file, line: line)
  }

  func testVisitingGivesTheRecordsAndLinesOfParse() throws {
    let texts = [
      "ma,ten,thanh_tich\n"
        + "DV01,\"Nguyễn Văn A, Trưởng phòng\",\"Đạt \"\"Lao động tiên tiến\"\"\"\n"
        + "DV02,\"Lê Thị B\",\"Dòng một\nDòng hai\n\nDòng bốn\"\n"
        + "DV03,\"\"\"Trích dẫn\"\" đầu\",\"\"\n"
        + "DV04,C,D\n",
      "a,b\r\n1,\"x\r\ny\ry\"\r\n2,z\r\n",
      "\n  \nma;ten\n;;\nDV01;A\n\r\n ; ; \n\"\";\"\"\nDV02;B\n\n\n",
      "a;b\r1;2\r3;4",
      "ten;x\n\u{00A0} Nguye\u{0302}\u{0303}n \u{00A0};\"  \"\"q\"\" \"tail \n\"abc\"def;5\" màn hình\n",
      "",
      "\n\n",
      "only\n",
    ]
    for t in texts { try assertSameAsParse(Array(t.utf8)) }
  }

  func testSpansSayWhichFieldsNeedWork() throws {
    var views: [[CSVFieldSpan]] = []
    try CSVReader.visit(utf8: Array("a,b,c\nx,\"y\"\"z\",Nguye\u{0302}\u{0303}n\n".utf8), file: "t.csv") {
      views.append(Array($0.spans))
    }
    XCTAssertEqual(views.count, 2)
    XCTAssertTrue(views[1][0].isPlain)
    XCTAssertTrue(views[1][1].isEscaped)
    XCTAssertTrue(views[1][2].needsNFC)
    XCTAssertFalse(views[1][2].isEscaped)
  }

  func testVisitingTheEncodedFixturesGivesTheRecordsOfRead() throws {
    for name in [
      "cp1258-semicolon.csv", "utf16be-bom.csv", "utf16le-bom-tab.txt", "utf16le-nobom.csv", "utf8-bom.csv",
    ] {
      let bytes = try FileBytes.read(path: ReadFixtures.path(name), file: name)
      let decoded = try TextDecoder.decode(bytes, file: name)
      let doc = try CSVReader.read(path: ReadFixtures.path(name), file: name)
      let seen = try visited(decoded.utf8, file: name)
      XCTAssertEqual(seen.first?.fields ?? [], doc.header, name)
      XCTAssertEqual(Array(seen.dropFirst()), doc.records, name)
      XCTAssertFalse(doc.records.isEmpty, name)
    }
  }

  func testAnUnclosedQuoteThrowsTheSameDiagnosticAfterTheRecordsBefore() throws {
    let bytes = Array("a,b\n1,2\n3,\"open\n4,5\n".utf8)
    var lines: [Int] = []
    let visitError = ReadFixtures.diagnostic {
      try CSVReader.visit(utf8: bytes, file: "t.csv") { lines.append($0.line) }
    }
    let parseError = ReadFixtures.diagnostic { try CSVReader.parse(utf8: bytes, file: "t.csv") }
    XCTAssertEqual(lines, [1, 2])
    XCTAssertEqual(visitError?.formatted, parseError?.formatted)
    XCTAssertEqual(visitError?.line, 3)
  }
}
