import CZlibRaw
import XCTest

@testable import XLSX

/// `DeflateStream` joins pieces deflated apart (libdeflate, each a whole stream) into one
/// raw deflate stream: every piece but the last has its final bit cleared and an empty
/// stored block appended. Read back with zlib's inflate, which knows nothing of the cuts.
final class DeflateStreamTests: XCTestCase {
  /// Text like a sheet's XML, with some random bytes so that pieces differ.
  private func sample(_ count: Int) -> [UInt8] {
    var generator = SystemRandomNumberGenerator()
    return (0..<count).map { i in
      UInt8(truncatingIfNeeded: i % 251 < 200 ? 65 + i % 23 : Int(generator.next() as UInt8))
    }
  }

  /// Deflates `text` cut at `cuts` (piece lengths; the rest is the last piece).
  private func deflate(_ text: [UInt8], pieces lengths: [Int]) throws -> DeflateStream.Output {
    let stream = DeflateStream()
    var start = 0
    for (k, n) in lengths.enumerated() {
      let chunk = UnsafeMutableRawPointer.allocate(byteCount: max(n, 1), alignment: 1)
      if n > 0 {
        text[start..<(start + n)].withUnsafeBytes { chunk.copyMemory(from: $0.baseAddress!, byteCount: n) }
      }
      start += n
      stream.add(chunk, count: n, last: k == lengths.count - 1)
    }
    XCTAssertEqual(start, text.count, "the pieces cover the text")
    return try XCTUnwrap(stream.finish())
  }

  func testChunksDeflatedApartInflateToTheWhole() throws {
    let text = sample(300_000)
    var lengths: [Int] = []
    var left = text.count
    while left > 0 {
      let n = min(left, Int.random(in: 1...70_000))
      lengths.append(n)
      left -= n
    }
    let out = try deflate(text, pieces: lengths)
    let joined = out.pieces.flatMap { $0 }
    XCTAssertEqual(DeflateStream.inflate(joined, expectedSize: text.count), text)
    XCTAssertEqual(out.uncompressedSize, text.count)
    XCTAssertEqual(out.crc, text.withUnsafeBytes { DeflateStream.crc($0) })
    XCTAssertNil(DeflateStream.inflate(Array(joined.dropLast(3)), expectedSize: text.count), "a cut stream")
  }

  /// A piece's stream may end anywhere in its last byte: with three or more padding bits
  /// the stored block's header fits in them, with fewer it takes one more byte. Short
  /// pieces of every length up to 400 bytes end at every bit of a byte.
  func testAPieceEndingAtEveryBitOfItsLastByteIsJoined() throws {
    var ends = Set<Int>()
    let text = sample(400)
    for n in 0...400 {
      let piece = try XCTUnwrap(text[..<n].withUnsafeBytes { DeflateStream.compress($0, last: true) })
      let (start, end) = try XCTUnwrap(DeflateStream.lastBlock(of: piece), "length \(n)")
      XCTAssertLessThanOrEqual(start, end)
      XCTAssertEqual((end + 7) / 8, piece.count, "length \(n): the stream ends in its last byte")
      ends.insert(end % 8)
      let out = try deflate(Array(text[..<n]) + text, pieces: [n, text.count])
      let back = DeflateStream.inflate(out.pieces.flatMap { $0 }, expectedSize: n + text.count)
      XCTAssertTrue(back == Array(text[..<n]) + text, "length \(n): the joined pieces inflate to the text")
    }
    XCTAssertEqual(ends, Set(0..<8), "every end bit was met")
  }

  /// A piece long enough for libdeflate to write several blocks: only the last one's
  /// final bit is cleared.
  func testAPieceOfSeveralBlocksKeepsItsEarlierBlocks() throws {
    // Runs of different letter sets make libdeflate end a block where the statistics change.
    let text = (0..<40).flatMap { k in
      (0..<30_000).map { i in UInt8(truncatingIfNeeded: 0x41 + (k % 5) * 9 + (i * i + k) % (3 + k % 7)) }
    }
    let whole = try XCTUnwrap(text.withUnsafeBytes { DeflateStream.compress($0, last: true) })
    let (start, _) = try XCTUnwrap(DeflateStream.lastBlock(of: whole))
    XCTAssertGreaterThan(start, 0, "libdeflate wrote more than one block")
    let out = try deflate(text + text, pieces: [text.count, text.count])
    XCTAssertEqual(
      DeflateStream.inflate(out.pieces.flatMap { $0 }, expectedSize: 2 * text.count), text + text)
  }

  func testEmptyPiecesAnywhere() throws {
    let text = sample(5_000)
    let out = try deflate(text, pieces: [0, 2_000, 0, 0, 3_000, 0])
    XCTAssertEqual(out.pieces.count, 6)
    XCTAssertEqual(DeflateStream.inflate(out.pieces.flatMap { $0 }, expectedSize: text.count), text)
    XCTAssertEqual(out.crc, text.withUnsafeBytes { DeflateStream.crc($0) })
  }

  func testNotDeflateDataIsRefused() {
    var garbage: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF]
    XCTAssertFalse(DeflateStream.openEnd(&garbage))
    var empty: [UInt8] = []
    XCTAssertFalse(DeflateStream.openEnd(&empty))
    // A valid stream with a byte after its end is not a stream libdeflate wrote.
    var trailing = Array("abc".utf8).withUnsafeBytes { DeflateStream.compress($0, last: true) }!
    trailing.append(0)
    XCTAssertNil(DeflateStream.lastBlock(of: trailing))
  }

  /// The CRC is zlib's, which the zip headers need.
  func testCRCIsZlibs() {
    let text = sample(100_000)
    let zlib = text.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) }
    XCTAssertEqual(text.withUnsafeBytes { DeflateStream.crc($0) }, zlib)
  }
}
