import Core
import Tabular
import XCTest

@testable import ThiduaKit

/// `NominationTexts`: each field reads back as written, whatever its length (one length
/// byte up to 127, more beyond), and a copy into another buffer reads the same.
final class NominationTextsTests: XCTestCase {
  func nomination(textStart: Int) -> Nomination {
    Nomination(
      id: "N1", campaign: 0, unit: 0, kind: .individual, gender: nil, isMinority: false,
      isDirectWorker: false,
      award: 0, status: .awarded, submitted: CalendarDay(year: 2025, month: 3, day: 1)!, decisionDate: nil,
      textStart: textStart,
      line: 2)
  }

  func testFieldsOfEveryLengthReadBack() {
    var texts = NominationTexts()
    var written: [(Int, [String])] = []
    for length in [0, 1, 126, 127, 128, 129, 300, 16_383, 16_384, 70_000] {
      let fields = [
        String(repeating: "ệ", count: length / 3), String(repeating: "a", count: length), "",
        "Đạt thành tích " + String(repeating: "x", count: length), "Tày",
      ]
      let start = texts.append(
        name: fields[0], position: fields[1], decisionNumber: fields[2], achievement: fields[3],
        ethnicity: fields[4])
      written.append((start, fields))
    }
    for (start, fields) in written {
      let n = nomination(textStart: start)
      XCTAssertEqual(texts.name(of: n), fields[0])
      XCTAssertEqual(texts.position(of: n), fields[1])
      XCTAssertEqual(texts.decisionNumber(of: n), fields[2])
      XCTAssertTrue(texts.isEmpty(.decisionNumber, of: n))
      XCTAssertEqual(texts.achievement(of: n), fields[3])
      XCTAssertEqual(texts.ethnicity(of: n), fields[4])
      XCTAssertEqual(texts.isEmpty(.position, of: n), fields[1].isEmpty)
      let listed = texts.listed(of: n)
      XCTAssertEqual(
        [listed.name, listed.position, listed.decisionNumber, listed.achievement], Array(fields[0..<4]))
    }
    // Copied one record at a time, in another order: the same texts.
    var copy = NominationTexts()
    for (start, fields) in written.reversed() {
      let n = nomination(textStart: copy.append(copyOf: start, in: texts))
      XCTAssertEqual(copy.achievement(of: n), fields[3])
      XCTAssertEqual(copy.ethnicity(of: n), fields[4])
    }
    XCTAssertEqual(copy.byteCount, texts.byteCount)
  }

  func testNoTextsReadAsEmpty() {
    let texts = NominationTexts()
    let n = nomination(textStart: -1)
    XCTAssertEqual(texts.name(of: n), "")
    XCTAssertEqual(texts.achievement(of: n), "")
    XCTAssertTrue(texts.isEmpty(.name, of: n))
    XCTAssertEqual(texts.listed(of: n).achievement, "")
    var copy = NominationTexts()
    XCTAssertEqual(copy.append(copyOf: -1, in: texts), -1)
    XCTAssertEqual(copy.byteCount, 0)
  }

  func testTheWriterClosureAppendsBytesAsTheyCome() {
    var texts = NominationTexts()
    let start = texts.append { field, out in
      if field == .name { out.append(contentsOf: Array("Lò Văn ".utf8)) }
      if field == .name { out.append(contentsOf: Array("Páo".utf8)) }
      if field == .achievement { out.append(contentsOf: Array(repeating: 0x41, count: 200)) }
    }
    let n = nomination(textStart: start)
    XCTAssertEqual(texts.name(of: n), "Lò Văn Páo")
    XCTAssertEqual(texts.achievement(of: n), String(repeating: "A", count: 200))
    XCTAssertEqual(texts.position(of: n), "")
  }

  func testANominationIsSmall() {
    // The point of the type: a million rows in ~56 MB, not ~168 MB (see `Nomination`).
    XCTAssertLessThanOrEqual(MemoryLayout<Nomination>.stride, 56)
  }
}
