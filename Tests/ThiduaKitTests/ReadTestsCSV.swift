import Foundation
import XCTest

@testable import ThiduaKit

/// The CSV grammar of DATA.md: delimiters, RFC 4180 quoting, line ends, blank lines, trimming.
final class ReadCSVTests: XCTestCase {
  func testDelimiterIsDetectedFromTheHeaderLine() throws {
    XCTAssertEqual(try ReadFixtures.parse("a,b,c\n1,2,3\n").delimiter, UInt8(ascii: ","))
    XCTAssertEqual(try ReadFixtures.parse("a;b;c\n1;2,5;3\n").delimiter, UInt8(ascii: ";"))
    XCTAssertEqual(try ReadFixtures.parse("a\tb\n1\t2\n").delimiter, UInt8(ascii: "\t"))
    // Commas inside quotes do not count.
    let doc = try ReadFixtures.parse("\"Tên, họ\";\"Mã, số\";c\n\"A, B\";1;2\n")
    XCTAssertEqual(doc.delimiter, UInt8(ascii: ";"))
    XCTAssertEqual(doc.header, ["Tên, họ", "Mã, số", "c"])
    XCTAssertEqual(doc.records[0].fields, ["A, B", "1", "2"])
    // Ties: `;`, then tab, then `,`.
    XCTAssertEqual(try ReadFixtures.parse("a,b;c\n").delimiter, UInt8(ascii: ";"))
    XCTAssertEqual(try ReadFixtures.parse("a,b\tc\n").delimiter, UInt8(ascii: "\t"))
    XCTAssertEqual(
      try ReadFixtures.parse("ten\nCông trình, phần việc\n").records[0].fields, ["Công trình, phần việc"])
    // The header is the first line with content, not a leading blank or delimiter-only line.
    XCTAssertEqual(try ReadFixtures.parse(",,,\n\na;b\n").delimiter, UInt8(ascii: ";"))
  }

  func testQuotedFieldsWithDelimitersDoubledQuotesAndLineBreaks() throws {
    let text =
      "ma,ten,thanh_tich\n"  // 1
      + "DV01,\"Nguyễn Văn A, Trưởng phòng\",\"Đạt \"\"Lao động tiên tiến\"\"\"\n"  // 2
      + "DV02,\"Lê Thị B\",\"Dòng một\nDòng hai\n\nDòng bốn\"\n"  // 3-6
      + "DV03,\"\"\"Trích dẫn\"\" đầu\",\"\"\n"  // 7
      + "DV04,C,D\n"  // 8
    let doc = try ReadFixtures.parse(text)
    XCTAssertEqual(doc.header, ["ma", "ten", "thanh_tich"])
    XCTAssertEqual(
      doc.records,
      [
        CSVRecord(line: 2, fields: ["DV01", "Nguyễn Văn A, Trưởng phòng", "Đạt \"Lao động tiên tiến\""]),
        CSVRecord(line: 3, fields: ["DV02", "Lê Thị B", "Dòng một\nDòng hai\n\nDòng bốn"]),
        CSVRecord(line: 7, fields: ["DV03", "\"Trích dẫn\" đầu", ""]),
        CSVRecord(line: 8, fields: ["DV04", "C", "D"]),
      ])
  }

  func testLineBreaksInsideQuotesWithCRLFBecomeLF() throws {
    let doc = try ReadFixtures.parse("a,b\r\n1,\"x\r\ny\ry\"\r\n2,z\r\n")
    XCTAssertEqual(doc.records[0], CSVRecord(line: 2, fields: ["1", "x\ny\ny"]))
    XCTAssertEqual(doc.records[1], CSVRecord(line: 5, fields: ["2", "z"]))
  }

  func testCRLFAndLFAndLoneCRGiveTheSameRecords() throws {
    let lf = try ReadFixtures.parse("a;b\n1;2\n3;4\n")
    let crlf = try ReadFixtures.parse("a;b\r\n1;2\r\n3;4\r\n")
    let cr = try ReadFixtures.parse("a;b\r1;2\r3;4\r")
    let noFinalBreak = try ReadFixtures.parse("a;b\r\n1;2\r\n3;4")
    let expected = [CSVRecord(line: 2, fields: ["1", "2"]), CSVRecord(line: 3, fields: ["3", "4"])]
    XCTAssertEqual(lf.records, expected)
    XCTAssertEqual(crlf.records, expected)
    XCTAssertEqual(cr.records, expected)
    XCTAssertEqual(noFinalBreak.records, expected)
    XCTAssertEqual(crlf.header, ["a", "b"])
  }

  func testBlankAndDelimiterOnlyLinesAreSkippedAndLinesStayPhysical() throws {
    let text =
      "\n"  // 1
      + "  \n"  // 2
      + "ma;ten\n"  // 3
      + ";;\n"  // 4
      + "DV01;A\n"  // 5
      + "\r\n"  // 6
      + " ; ; \n"  // 7
      + "\"\";\"\"\n"  // 8
      + "DV02;B\n"  // 9
      + "\n\n"  // 10-11
    let doc = try ReadFixtures.parse(text)
    XCTAssertEqual(doc.headerLine, 3)
    XCTAssertEqual(doc.header, ["ma", "ten"])
    XCTAssertEqual(
      doc.records, [CSVRecord(line: 5, fields: ["DV01", "A"]), CSVRecord(line: 9, fields: ["DV02", "B"])])
  }

  func testFieldsAreTrimmedOutsideAndInsideQuotes() throws {
    let doc = try ReadFixtures.parse("a,b,c,d\n  x  ,  \"a b\" , \" q \",\u{A0}nbsp\u{A0}\n")
    XCTAssertEqual(doc.records[0].fields, ["x", "a b", "q", "nbsp"])
    // A tab delimiter is a delimiter, not a blank to trim.
    let tabs = try ReadFixtures.parse("a\tb\tc\n x \t\ty\n")
    XCTAssertEqual(tabs.records[0].fields, ["x", "", "y"])
    // Inner spaces are kept.
    XCTAssertEqual(try ReadFixtures.parse("a\nHoàng  Văn Đức \n").records[0].fields, ["Hoàng  Văn Đức"])
  }

  func testQuotesInsideUnquotedFieldsAndTextAfterAClosingQuote() throws {
    let doc = try ReadFixtures.parse("a,b\nTivi 5\" cũ,\"abc\"def\n")
    XCTAssertEqual(doc.records[0].fields, ["Tivi 5\" cũ", "abcdef"])
  }

  func testShortAndLongRecordsAreReturnedAsWritten() throws {
    let doc = try ReadFixtures.parse("a,b,c\n1\n1,2,3,4\n1,2,\n")
    XCTAssertEqual(doc.records.map(\.fields), [["1"], ["1", "2", "3", "4"], ["1", "2", ""]])
  }

  func testUnclosedQuoteIsAnErrorAtTheLineWhereTheFieldStarted() throws {
    let text = "a,b\n1,2\n3,\"không đóng\n4,5\n6,7\n"
    let d = ReadFixtures.diagnostic { try ReadFixtures.parse(text) }
    XCTAssertEqual(d?.severity, .error)
    XCTAssertEqual(d?.kind, .invalidValue)
    XCTAssertEqual(d?.file, "t.csv")
    XCTAssertEqual(d?.line, 3)
  }

  func testNoHeaderGivesAnEmptyDocument() throws {
    let doc = try ReadFixtures.parse("\n ; \n\n")
    XCTAssertEqual(doc.header, [])
    XCTAssertEqual(doc.records, [])
    XCTAssertEqual(try ReadFixtures.parse("").header, [])
  }

  func testHeaderOnly() throws {
    let doc = try ReadFixtures.parse("Mã đơn vị;Tên đơn vị\n")
    XCTAssertEqual(doc.header, ["Mã đơn vị", "Tên đơn vị"])
    XCTAssertEqual(doc.headerLine, 1)
    XCTAssertEqual(doc.records, [])
  }

  func testABOMLeftInByTheCallerIsIgnored() throws {
    let doc = try CSVReader.parse(utf8: [0xEF, 0xBB, 0xBF] + Array("a,b\n1,2\n".utf8), file: "t.csv")
    XCTAssertEqual(doc.header, ["a", "b"])
  }

  func testTenMegabyteFieldIsReadWhole() throws {
    let big = String(repeating: "Thành tích xuất sắc, \"tiêu biểu\"\n", count: 350_000)
    let quoted = "\"" + big.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    let text = "ma,thanh_tich\nDV01," + quoted + "\nDV02,x\n"
    XCTAssertGreaterThan(text.utf8.count, 10_000_000)
    let start = Date()
    let doc = try ReadFixtures.parse(text)
    XCTAssertLessThan(Date().timeIntervalSince(start), 20)
    XCTAssertEqual(doc.records.count, 2)
    XCTAssertEqual(doc.records[0].fields[1], String(big.dropLast()))  // the last line break is trimmed
    // DV01 starts on line 2 and its field holds 350 000 line breaks.
    XCTAssertEqual(doc.records[1], CSVRecord(line: 3 + 350_000, fields: ["DV02", "x"]))
    // Unquoted, too.
    let plain = String(repeating: "a", count: 10_000_000)
    let doc2 = try ReadFixtures.parse("x\n" + plain + "\n")
    XCTAssertEqual(doc2.records[0].fields[0].utf8.count, 10_000_000)
  }

  func testManyRecordsKeepTheirLines() throws {
    var text = "ma_don_vi;gia_tri\n"
    for k in 1...20_000 { text += "DV\(k);\(k)\n" }
    let doc = try ReadFixtures.parse(text)
    XCTAssertEqual(doc.records.count, 20_000)
    XCTAssertEqual(doc.records.last, CSVRecord(line: 20_001, fields: ["DV20000", "20000"]))
  }

  /// The field scans look at 16 bytes at a time for the byte that ends a field (or a
  /// combining mark's first byte): fields of every length, quoted and not, with a
  /// combining mark (read as its NFC letter) or a doubled quote at every place, end where
  /// they should and come back whole, with the next field and line after them.
  func testFieldsOfEveryLengthAroundTheScansBlocks() throws {
    let base = "Nguyễn Văn An, Trưởng thôn Bản Mạ: đạt Giấy khen năm 2025"
    var text = "a;b;c;d\n"
    var expected: [CSVRecord] = []
    for k in 0...base.count {
      let head = String(base.prefix(k))
      let tail = String(base.dropFirst(k).prefix(7))
      let marked = head + "e\u{0301}" + tail
      let quoted = head + "\"\"" + tail
      text += "\(head);\"\(quoted)\";\(marked);\"\(head)\"\n"
      let trimmed = { (s: String) in s.trimmingCharacters(in: .whitespaces) }
      expected.append(
        CSVRecord(
          line: k + 2,
          fields: [
            trimmed(head), trimmed(head + "\"" + tail), trimmed(head + "é" + tail), trimmed(head),
          ]))
    }
    XCTAssertEqual(try ReadFixtures.parse(text).records, expected)
  }
}
