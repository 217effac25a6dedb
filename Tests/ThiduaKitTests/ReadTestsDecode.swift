import Core
import Foundation
import Tabular
import XCTest

@testable import ThiduaKit

/// Encodings of DATA.md "How files are read": detected, never asked for; text ends up NFC.
final class ReadDecodeTests: XCTestCase {
  func testWindows1258SemicolonFileFromExcel() throws {
    let doc = try CSVReader.read(path: ReadFixtures.path("cp1258-semicolon.csv"), file: "don_vi.csv")
    XCTAssertEqual(doc.encoding, .windows1258)
    XCTAssertEqual(doc.delimiter, UInt8(ascii: ";"))
    XCTAssertEqual(doc.headerLine, 1)
    XCTAssertEqual(doc.header, ["Mã đơn vị", "Họ và tên", "Ngày sinh", "Dân tộc"])
    XCTAssertEqual(
      doc.records,
      [
        CSVRecord(line: 2, fields: ["DV01", "Nguyễn Thị Ánh", "15/06/1985", "Kinh"]),
        CSVRecord(line: 3, fields: ["DV02", "Hoàng Văn Đức", "01/02/1990", "Tày"]),
        CSVRecord(line: 4, fields: ["DV03", "Lường Thị Ước", "31/12/2000", "Thái"]),
      ])
    // Equal as scalars, not only as Characters: the text really is NFC.
    XCTAssertEqual(
      Array(doc.records[0].fields[1].unicodeScalars),
      Array("Nguy\u{1EC5}n Th\u{1ECB} \u{C1}nh".unicodeScalars))
    XCTAssertEqual(doc.header.map(Fold.key), ["ma_don_vi", "ho_va_ten", "ngay_sinh", "dan_toc"])
    XCTAssertEqual(ValueParser.date(doc.records[0].fields[2]), CalendarDay(year: 1985, month: 6, day: 15))
  }

  func testWindows1258DecomposedToneMarksBecomeNFC() throws {
    // CP1258 writes "ễ" as e-circumflex (0xEA) + combining tilde (0xDE).
    let bytes: [UInt8] = Array("ten\nNguy".utf8) + [0xEA, 0xDE] + Array("n".utf8) + [0x0A]
    let decoded = try TextDecoder.decode(bytes, file: "t.csv")
    XCTAssertEqual(decoded.encoding, .windows1258)
    let doc = try CSVReader.parse(utf8: decoded.utf8, file: "t.csv", encoding: decoded.encoding)
    XCTAssertEqual(Array(doc.records[0].fields[0].unicodeScalars), Array("Nguy\u{1EC5}n".unicodeScalars))
  }

  func testByteInvalidInWindows1258IsAnErrorWithItsLine() throws {
    // 0x81 is not valid UTF-8 here, and undefined in Windows-1258.
    let bytes: [UInt8] = Array("a;b\r\n1;2\r\nx".utf8) + [0x81] + Array(";y\r\n".utf8)
    let d = ReadFixtures.diagnostic { try TextDecoder.decode(bytes, file: "de_nghi.csv") }
    XCTAssertEqual(d?.severity, .error)
    XCTAssertEqual(d?.kind, .invalidValue)
    XCTAssertEqual(d?.file, "de_nghi.csv")
    XCTAssertEqual(d?.line, 3)
    XCTAssertTrue(d?.message.contains("0x81") ?? false, d?.message ?? "")
  }

  func testDamagedUTF8IsReportedAsUTF8NotDecodedAsWindows1258() throws {
    // A UTF-8 file cut in the middle of "Đức" on line 3.
    let text = Array("mã;tên\nDV01;Nguyễn Thị Ánh\nDV02;Hoàng Văn Đức".utf8)
    let cut = Array(text.dropLast(3))  // "ứ" loses two of its three bytes
    let d = ReadFixtures.diagnostic { try TextDecoder.decode(cut, file: "t.csv") }
    XCTAssertEqual(d?.kind, .invalidValue)
    XCTAssertEqual(d?.line, 3)
    XCTAssertTrue(d?.message.contains("UTF-8") ?? false)
  }

  func testUTF16LEWithBOMTabFileFromExcelUnicodeText() throws {
    let doc = try CSVReader.read(path: ReadFixtures.path("utf16le-bom-tab.txt"), file: "don_vi.csv")
    XCTAssertEqual(doc.encoding, .utf16LE)
    XCTAssertEqual(doc.delimiter, UInt8(ascii: "\t"))
    XCTAssertEqual(doc.header, ["Mã đơn vị", "Tên đơn vị", "Ghi chú"])
    XCTAssertEqual(
      doc.records,
      [
        CSVRecord(line: 2, fields: ["DV01", "UBND xã Tân Đoàn", "Có, đủ hồ sơ"]),
        CSVRecord(line: 3, fields: ["DV02", "Trường THCS Văn Quan", ""]),
      ])
  }

  func testUTF16BEWithBOM() throws {
    let doc = try CSVReader.read(path: ReadFixtures.path("utf16be-bom.csv"), file: "t.csv")
    XCTAssertEqual(doc.encoding, .utf16BE)
    XCTAssertEqual(doc.header, ["ma_don_vi", "ten"])
    XCTAssertEqual(doc.records, [CSVRecord(line: 2, fields: ["DV01", "Lường Thị Ước"])])
  }

  func testUTF16LEWithoutBOMIsSniffedFromZeroBytes() throws {
    let doc = try CSVReader.read(path: ReadFixtures.path("utf16le-nobom.csv"), file: "t.csv")
    XCTAssertEqual(doc.encoding, .utf16LE)
    XCTAssertEqual(doc.delimiter, UInt8(ascii: ","))
    XCTAssertEqual(doc.records, [CSVRecord(line: 2, fields: ["DV01", "Nguyễn Thị Ánh"])])
  }

  func testUTF16BEWithoutBOMIsSniffed() throws {
    var bytes: [UInt8] = []
    for unit in "a,b\nĐức,2\n".utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    let decoded = try TextDecoder.decode(bytes, file: "t.csv")
    XCTAssertEqual(decoded.encoding, .utf16BE)
    XCTAssertEqual(String(decoding: decoded.utf8, as: UTF8.self), "a,b\nĐức,2\n")
  }

  func testUTF16SurrogatePairsBecomeFourByteUTF8() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "x\n😀\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let decoded = try TextDecoder.decode(bytes, file: "t.csv")
    XCTAssertEqual(String(decoding: decoded.utf8, as: UTF8.self), "x\n😀\n")
  }

  func testUTF16LoneSurrogateIsAnErrorWithItsLine() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in Array("a\nb\n".utf16) + [0xD800, 0x0041] { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let d = ReadFixtures.diagnostic { try TextDecoder.decode(bytes, file: "t.csv") }
    XCTAssertEqual(d?.kind, .invalidValue)
    XCTAssertEqual(d?.line, 3)
  }

  func testUTF8WithBOMHasTheBOMStripped() throws {
    let doc = try CSVReader.read(path: ReadFixtures.path("utf8-bom.csv"), file: "t.csv")
    XCTAssertEqual(doc.encoding, .utf8BOM)
    XCTAssertEqual(doc.header, ["Mã đơn vị", "Tên đơn vị"])
    XCTAssertEqual(doc.header.first?.unicodeScalars.first, "M")
    XCTAssertEqual(doc.records, [CSVRecord(line: 2, fields: ["DV01", "Hoàng Văn Đức"])])
  }

  func testPlainUTF8IsReturnedUnchanged() throws {
    let bytes = Array("mã,tên\nDV01,Ánh\n".utf8)
    let decoded = try TextDecoder.decode(bytes, file: "t.csv")
    XCTAssertEqual(decoded.encoding, .utf8)
    XCTAssertEqual(decoded.utf8, bytes)
  }

  func testNFDNamesEqualNFCAfterReading() throws {
    let nfd = "ma,ten\nDV01,Nguye\u{0302}\u{0303}n Thi\u{0323} A\u{0301}nh\n"
    let doc = try ReadFixtures.parse(nfd)
    let name = doc.records[0].fields[1]
    XCTAssertEqual(Array(name.unicodeScalars), Array("Nguy\u{1EC5}n Th\u{1ECB} \u{C1}nh".unicodeScalars))
    XCTAssertEqual(name, "Nguyễn Thị Ánh")
  }

  func testNULByteInAnEightBitFileIsAnErrorNamingTheLine() throws {
    let bytes: [UInt8] = Array("a,b\n1,2\n3,".utf8) + [0] + Array("\n".utf8)
    let d = ReadFixtures.diagnostic { try TextDecoder.decode(bytes, file: "tien_do.csv") }
    XCTAssertEqual(d?.severity, .error)
    XCTAssertEqual(d?.file, "tien_do.csv")
    XCTAssertEqual(d?.line, 3)
    XCTAssertTrue(d?.message.contains("NUL") ?? false)
  }

  func testNULByteInAUTF8BOMFileIsAnError() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a,b\r\n".utf8) + [0] + Array("\n".utf8)
    let d = ReadFixtures.diagnostic { try TextDecoder.decode(bytes, file: "t.csv") }
    XCTAssertEqual(d?.line, 2)
  }

  func testUTF8Validator() {
    XCTAssertNil(UTF8Validator.firstInvalid(Array("plain ascii text, long enough for words".utf8)))
    XCTAssertNil(UTF8Validator.firstInvalid(Array("Lường Thị Ước 😀 ₫".utf8)))
    XCTAssertEqual(UTF8Validator.firstInvalid(Array("abcdefghij".utf8) + [0xC0, 0x80]), 10)  // overlong
    XCTAssertEqual(UTF8Validator.firstInvalid([0x61, 0xED, 0xA0, 0x80]), 1)  // surrogate
    XCTAssertEqual(UTF8Validator.firstInvalid([0x61, 0x62, 0xE1, 0xBB]), 2)  // truncated
    XCTAssertEqual(UTF8Validator.firstInvalid([0xF4, 0x90, 0x80, 0x80]), 0)  // > U+10FFFF
  }

  /// The word-at-a-time scan finds the same first bad byte as the standard library's
  /// decoder, wherever it falls against the 8-byte words: random mixes of ASCII,
  /// Vietnamese letters, emoji and stray bytes.
  func testUTF8ValidatorAgreesWithTheStandardLibrary() {
    var rng = SystemRandomNumberGenerator()
    let pieces: [[UInt8]] = ["a", "Lê Văn ", "ướ", "😀", ",", "\n", "Đặng"].map { Array($0.utf8) }
    let stray: [UInt8] = [0x80, 0xBF, 0xC0, 0xC2, 0xE1, 0xED, 0xF0, 0xF4, 0xF5, 0xFF]
    for _ in 0..<3000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...40, using: &rng) {
        bytes +=
          Int.random(in: 0..<10, using: &rng) == 0
          ? [stray.randomElement(using: &rng)!] : pieces.randomElement(using: &rng)!
      }
      XCTAssertEqual(UTF8Validator.firstInvalid(bytes), Self.firstInvalidByDecoding(bytes), "\(bytes)")
    }
  }

  /// The 16-byte blocks find the same first bad byte as the standard library wherever
  /// it falls against them: a stray byte put in place of every byte of a long line of
  /// Vietnamese text (two- and three-byte letters, an emoji), and put before every byte.
  func testUTF8BlocksAgreeWithTheStandardLibraryAtEveryOffset() {
    let line = Array(
      "Nguyễn Thị Hường, Trưởng thôn Khau Mộng 😀; đạt danh hiệu “Lao động tiên tiến” năm 2025.".utf8)
    XCTAssertGreaterThan(line.count, 64)
    XCTAssertNil(UTF8Validator.firstInvalid(line))
    let stray: [UInt8] = [0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
    for b in stray {
      for p in line.indices {
        var replaced = line
        replaced[p] = b
        XCTAssertEqual(
          UTF8Validator.firstInvalid(replaced), Self.firstInvalidByDecoding(replaced), "byte \(b) at \(p)")
        var inserted = line
        inserted.insert(b, at: p)
        XCTAssertEqual(
          UTF8Validator.firstInvalid(inserted), Self.firstInvalidByDecoding(inserted), "byte \(b) before \(p)"
        )
      }
      // Cut short after every byte: a sequence left open at the end is invalid.
      for end in 0...line.count {
        let cut = Array(line[..<end]) + [b]
        XCTAssertEqual(
          UTF8Validator.firstInvalid(cut), Self.firstInvalidByDecoding(cut), "byte \(b) after \(end)")
      }
    }
    // Overlong forms, surrogates and code points above U+10FFFF, in a block.
    for bad: [UInt8] in [
      [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
    ] {
      for p in 0..<40 {
        var bytes = line
        bytes.insert(contentsOf: bad, at: p)
        XCTAssertEqual(
          UTF8Validator.firstInvalid(bytes), Self.firstInvalidByDecoding(bytes), "\(bad) at \(p)")
      }
    }
  }

  /// Where `UTF8` decoding first reports an error, by byte offset.
  static func firstInvalidByDecoding(_ bytes: [UInt8]) -> Int? {
    var it = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&it) {
      case .scalarValue(let u): offset += UTF8.width(u)
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }

  func testDirectoryIsUnreadableFile() throws {
    let folder = try ReadFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dir = folder.appendingPathComponent("de_nghi.csv")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let d = ReadFixtures.diagnostic { try CSVReader.read(path: dir.path, file: "de_nghi.csv") }
    XCTAssertEqual(d?.severity, .error)
    XCTAssertEqual(d?.kind, .unreadableFile)
    XCTAssertEqual(d?.file, "de_nghi.csv")
    XCTAssertTrue(d?.message.contains("de_nghi.csv") ?? false)
  }

  func testMissingFileIsMissingFile() throws {
    let folder = try ReadFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("tien_do.csv").path
    let d = ReadFixtures.diagnostic { try CSVReader.read(path: path, file: "tien_do.csv") }
    XCTAssertEqual(d?.kind, .missingFile)
    XCTAssertTrue(d?.message.contains("tien_do.csv") ?? false)
  }

  func testFileWithoutReadPermissionIsUnreadable() throws {
    guard getuid() != 0 else { throw XCTSkip("root reads every file") }
    let folder = try ReadFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("don_vi.csv")
    try Data("a,b\n".utf8).write(to: url)
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: url.path)
    let d = ReadFixtures.diagnostic { try CSVReader.read(path: url.path, file: "don_vi.csv") }
    XCTAssertEqual(d?.kind, .unreadableFile)
  }

  func testEmptyFileHasNoHeaderAndNoRecords() throws {
    let folder = try ReadFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("dang_ky.csv")
    try Data().write(to: url)
    let doc = try CSVReader.read(path: url.path, file: "dang_ky.csv")
    XCTAssertEqual(doc.header, [])
    XCTAssertEqual(doc.records, [])
  }
}
