import Core
import Foundation
import TestSupport
import XCTest

@testable import Tabular

final class CSVRendererTests: XCTestCase {
  private func decode(_ bytes: [UInt8]) -> String {
    String(decoding: bytes.dropFirst(3), as: UTF8.self)
  }

  func testBOMCRLFAndHeader() {
    let table = Table(
      sheetName: "x", title: "x",
      columns: [
        Column(["STT"], kind: .text),
        Column(["Tổng số", "Cá nhân"], kind: .integer, csvName: "tong_ca_nhan"),
      ],
      rows: [Row(.data, [.text("1"), .integer(0)])])
    let bytes = CSVRenderer.render(table)
    XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
    XCTAssertEqual(decode(bytes), "STT,tong_ca_nhan\r\n1,0\r\n")
  }

  func testCsvHeaderDefaultsToJoinedPath() {
    let table = Table(sheetName: "x", title: "x", columns: [Column(["Tổng số", "Cộng"], kind: .integer)])
    XCTAssertEqual(decode(CSVRenderer.render(table)), "Tổng số - Cộng\r\n")
  }

  func testQuotingAndFormulaSafety() throws {
    let cells: [Cell] = [
      .text("a,b"), .text("say \"hi\""), .text("two\nlines"), .text("=SUM(A1)"), .text("+1"),
      .text("-x"), .text("@me"), .text("\tTab"), .text("\rCR"), .integer(-5), .decimal(-1.25, places: 1),
      .integer(0), .empty, .date(CalendarDay(year: 2025, month: 1, day: 2)!), .text("Nguyễn Văn Ánh"),
    ]
    let header = cells.indices.map { "c\($0)" }
    let bytes = CSVRenderer.render(header: header, rows: [cells])
    let text = decode(bytes)
    XCTAssertTrue(text.contains("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",'=SUM(A1),'+1,'-x,'@me,"))
    let records = try StrictCSV.parse(text)
    XCTAssertEqual(records.count, 2)
    XCTAssertEqual(records[0], header)
    XCTAssertEqual(
      records[1],
      [
        "a,b", "say \"hi\"", "two\nlines", "'=SUM(A1)", "'+1", "'-x", "'@me", "'\tTab", "'\rCR", "-5", "-1.3",
        "0", "", "02/01/2025", "Nguyễn Văn Ánh",
      ])
  }

  func testFormulaSafeHeader() throws {
    let bytes = CSVRenderer.render(header: ["=x", "ok"], rows: [])
    XCTAssertEqual(try StrictCSV.parse(decode(bytes)), [["'=x", "ok"]])
  }

  func testRowsPaddedAndTrimmedToHeader() throws {
    let rows: [[Cell]] = [[.integer(1)], [.integer(1), .integer(2), .integer(3), .integer(4)]]
    let bytes = CSVRenderer.render(header: ["a", "b", "c"], rows: rows)
    XCTAssertEqual(decode(bytes), "a,b,c\r\n1,,\r\n1,2,3\r\n")
  }

  func testExtremeIntegers() {
    let rows: [[Cell]] = [[.integer(Int.min)], [.integer(Int.max)], [.integer(1234)]]
    let bytes = CSVRenderer.render(header: ["n"], rows: rows)
    XCTAssertEqual(decode(bytes), "n\r\n\(Int.min)\r\n\(Int.max)\r\n1234\r\n")
  }

  func testSampleTableRoundTrips() throws {
    let table = Samples.awards
    let records = try StrictCSV.parse(decode(CSVRenderer.render(table)))
    XCTAssertEqual(records.count, table.rows.count + 1)
    XCTAssertEqual(records[0][2], "Bằng khen của Chủ tịch UBND tỉnh - Tập thể")
    for (r, row) in table.rows.enumerated() {
      XCTAssertEqual(records[r + 1].count, table.columns.count)
      XCTAssertEqual(records[r + 1], row.cells.map(\.plainText))
    }
  }

  func testLargeTableIsQuick() {
    let row = [Cell.text("DV01"), .text("Xã Tân Đoàn"), .integer(12), .integer(0), .decimal(12.5, places: 1)]
    let rows = Array(repeating: row, count: 200_000)
    let start = DispatchTime.now().uptimeNanoseconds
    let bytes = CSVRenderer.render(header: ["a", "b", "c", "d", "e"], rows: rows)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    XCTAssertGreaterThan(bytes.count, 200_000 * 20)
    // Generous even for a debug build on a shared machine; catches quadratic behaviour.
    XCTAssertLessThan(seconds, 20)
  }

  /// The eight-bytes-at-a-time scan must say "quote it" exactly when a byte is a
  /// comma, quote, CR or LF, wherever it sits in the word (and in the tail).
  func testQuotingScanMatchesAByteLoop() {
    let specials: [UInt8] = [0x2C, 0x22, 0x0D, 0x0A]
    let others: [UInt8] = [
      0x41, 0x2B, 0x2D, 0x21, 0x23, 0x0B, 0x0C, 0x09, 0xC3, 0xBA, 0x80, 0xFF, 0x00, 0x20,
    ]
    for length in 0..<27 {
      for position in -1..<length {
        for special in specials {
          var bytes = (0..<length).map { others[($0 * 7 + length) % others.count] }
          if position >= 0 { bytes[position] = special }
          let expected = bytes.contains { specials.contains($0) }
          let got = bytes.withUnsafeBufferPointer { CSVRenderer.needsQuoting($0) }
          XCTAssertEqual(got, expected, "length \(length), position \(position), byte \(special)")
        }
      }
    }
  }

  /// Pieces of whole rows, however small the chunk size, join into the one-array bytes.
  func testChunkedRenderJoinsIntoTheWholeFile() {
    let rows = (0..<500).map { i in
      Row(
        .data,
        [.text("Tên, \"số\" \(i)\n"), .integer(i * 37 - 900), .decimal(Double(i) / 8, places: 2), .empty])
    }
    let table = Table(
      sheetName: "x", title: "x",
      columns: [
        Column(["Tên"], kind: .text), Column(["Số"], kind: .integer), Column(["Tỉ lệ"], kind: .decimal),
        Column(["Ghi chú"], kind: .text),
      ],
      rows: rows)
    let whole = CSVRenderer.render(table)
    for size in [1, 7, 100, 4096, 1 << 20] {
      var pieces: [[UInt8]] = []
      CSVRenderer.render(table, chunkSize: size) { pieces.append($0) }
      XCTAssertEqual(pieces.flatMap { $0 }, whole, "chunk size \(size)")
      XCTAssertEqual(pieces.count == 1, size == 1 << 20, "chunk size \(size)")
    }
  }
}
