import CLibdeflate
import CZlibRaw
import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One raw deflate stream (the body of a zip entry) made from chunks compressed
/// on every core at once, as pigz does (but without priming a chunk with the 32 KiB
/// before it, which libdeflate cannot do: the 1M workbook is 0.35 % bigger for it):
/// each chunk is deflated on its own by libdeflate into a complete stream, which
/// `openEnd` turns into a piece that more can follow — its last block's final bit
/// cleared, an empty stored block after it to end on a byte boundary (what zlib's
/// `Z_SYNC_FLUSH` writes, and how zlib's examples/gzjoin.c joins gzip members) — so
/// the pieces simply follow one another; only the last piece (`add(…, last: true)`)
/// ends the stream. The CRC-32 of the whole is combined from the pieces'
/// (`crc32_combine`).
///
/// Why: libxlsxwriter deflates every part on one thread while closing the
/// workbook, at ~50 MB/s for sheet XML; at 1M nominations the T5 and T6 lists
/// are 250 MB of XML, 5.7 s of a 15 s report, with the other core idle.
///
/// Why libdeflate rather than zlib: on the 1M T5 sheet (177 MB of XML in 1 MiB
/// chunks) zlib's level 5, primed with the chunk before, took 1.55 s for 17.15 MB;
/// libdeflate's level 5 takes 0.96 s for 17.18 MB, and finding each piece's last
/// block (zlib's inflate, `Z_BLOCK`) 0.19 s more: 1.35× less time for the same bytes.
///
/// `add` is called from one thread, in order; it blocks while `maxInFlight`
/// chunks wait, so memory stays bounded when deflating is slower than making XML.
final class DeflateStream: @unchecked Sendable {
  /// A compressed chunk: written by one worker, read only after `finish`.
  final class Piece: @unchecked Sendable {
    var bytes: [UInt8] = []
    var crc: UInt = 0
    var length = 0
    var failed = false
  }

  /// What `finish` returns (and what a zip entry holds): raw deflate pieces to
  /// write one after the other, the CRC-32 and size of what they inflate to.
  struct Output {
    var pieces: [[UInt8]]
    var crc: UInt
    var uncompressedSize: Int
  }

  /// A chunk handed to a worker, which frees it.
  private struct Chunk: @unchecked Sendable {
    let bytes: UnsafeMutableRawPointer
    let count: Int
  }

  /// libdeflate's level 5: on the 1M T5 sheet as many bytes as zlib's level 5 (17.18
  /// against 17.15 MB; libxlsxwriter's zlib level 6 gives 16.71 MB at 1.5× zlib 5's time).
  /// Level 4 is 10 % faster for 2 % more bytes, level 6 34 % slower for 6 % fewer.
  static let level: Int32 = 5

  static let maxInFlight = 4

  private var pieces: [Piece] = []
  private let group = DispatchGroup()
  private let slots = DispatchSemaphore(value: DeflateStream.maxInFlight)
  private var ended = false

  /// Compresses `count` bytes at `chunk` after every chunk added before. Takes
  /// ownership of `chunk` (allocated with `UnsafeMutableRawPointer.allocate`),
  /// which is freed once compressed. `last` ends the stream.
  func add(_ chunk: UnsafeMutableRawPointer, count: Int, last: Bool) {
    precondition(!ended, "DeflateStream: add after the last chunk")
    ended = last
    let piece = Piece()
    pieces.append(piece)
    slots.wait()
    let owned = Chunk(bytes: chunk, count: count)
    DispatchQueue.global().async(group: group) { [slots] in
      let input = UnsafeRawBufferPointer(start: owned.bytes, count: owned.count)
      if let bytes = DeflateStream.compress(input, last: last) {
        piece.bytes = bytes
      } else {
        piece.failed = true
      }
      piece.crc = DeflateStream.crc(input)
      piece.length = owned.count
      owned.bytes.deallocate()
      slots.signal()
    }
  }

  /// Waits for every chunk; nil when zlib failed on one (out of memory).
  func finish() -> Output? {
    group.wait()
    guard !pieces.contains(where: \.failed) else { return nil }
    var crc: UInt = 0
    var length = 0
    for p in pieces {
      crc = DeflateStream.combine(crc, p.crc, length: p.length)
      length += p.length
    }
    let out = Output(pieces: pieces.map(\.bytes), crc: crc, uncompressedSize: length)
    pieces = []
    return out
  }

  /// `input` deflated raw, ending the stream when `last` and on a byte boundary, ready
  /// for more pieces, otherwise; nil when it could not be (out of memory).
  static func compress(_ input: UnsafeRawBufferPointer, last: Bool) -> [UInt8]? {
    guard let compressor = Compressors.shared.take() else { return nil }
    defer { Compressors.shared.give(compressor) }
    // The bound covers the data and the final block; `openEnd` adds at most 5 bytes.
    let bound = libdeflate_deflate_compress_bound(compressor, input.count) + 8
    var out = [UInt8](unsafeUninitializedCapacity: bound) { buffer, written in
      written = libdeflate_deflate_compress(
        compressor, input.baseAddress, input.count, buffer.baseAddress, bound)
    }
    guard !out.isEmpty, last || openEnd(&out) else { return nil }
    // Kept until the workbook closes, so kept at its size: with the bound's capacity (the
    // input's size, ~6× the output) a piece could sit in a reused, already touched block,
    // and at 1M nominations the ~280 pieces held ~90 MiB more at the run's peak.
    // (`Array(out[...])` would give back the same buffer: the slice is the whole array.)
    return [UInt8](unsafeUninitializedCapacity: out.count) { copy, n in
      n = out.withUnsafeBufferPointer { copy.initialize(fromContentsOf: $0) }
    }
  }

  /// Turns `stream`, a whole raw deflate stream whose last byte is padded with zero bits
  /// (as libdeflate writes it), into a piece that more deflate blocks can follow: clears
  /// the final bit of its last block and appends an empty stored block, which ends on a
  /// byte boundary. False when `stream` is not whole valid deflate data.
  static func openEnd(_ stream: inout [UInt8]) -> Bool {
    guard let (start, end) = lastBlock(of: stream), end <= stream.count * 8,
      stream[start >> 3] & (1 << (start & 7)) != 0
    else { return false }
    stream[start >> 3] &= ~(1 << (start & 7))
    // The stored block's three header bits (all zero) go in the last byte's padding when
    // there is room for them, else one more byte; then LEN 0 and NLEN 0xFFFF, aligned.
    if stream.count * 8 - end < 3 { stream.append(0) }
    stream += [0x00, 0x00, 0xFF, 0xFF]
    return true
  }

  /// Where the last block of a whole raw deflate stream starts (its final bit) and where
  /// it ends, in bits from the start (deflate fills a byte from its lowest bit); nil when
  /// `stream` is not valid deflate data or has bytes after its end. Found by inflating it
  /// with `Z_BLOCK`: zlib's inflate then stops after each block and tells which bit it is
  /// at, as zlib's examples/gzjoin.c uses it.
  static func lastBlock(of stream: [UInt8]) -> (start: Int, end: Int)? {
    var z = z_stream()
    guard thidua_inflate_init_raw(&z) == Z_OK else { return nil }
    defer { inflateEnd(&z) }
    let scratchSize = 64 << 10
    let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: scratchSize)
    defer { scratch.deallocate() }
    return stream.withUnsafeBufferPointer { s -> (start: Int, end: Int)? in
      z.next_in = UnsafeMutablePointer(mutating: s.baseAddress)
      z.avail_in = UInt32(s.count)
      var start = 0
      while true {
        z.next_out = scratch
        z.avail_out = UInt32(scratchSize)
        guard CZlibRaw.inflate(&z, Z_BLOCK) == Z_OK else { return nil }
        // 128: stopped just after a block (the low 3 bits: unused bits of the last byte
        // read); 64: that block was the final one.
        guard z.data_type & 128 != 0 else { continue }
        let bit = (s.count - Int(z.avail_in)) * 8 - Int(z.data_type & 7)
        if z.data_type & 64 == 0 {
          start = bit
        } else {
          return z.avail_in == 0 ? (start, bit) : nil
        }
      }
    }
  }

  /// The raw deflate data `input` inflates to; nil when it is not valid.
  static func inflate(_ input: [UInt8], expectedSize: Int) -> [UInt8]? {
    var stream = z_stream()
    guard thidua_inflate_init_raw(&stream) == Z_OK else { return nil }
    defer { inflateEnd(&stream) }
    var out = [UInt8](repeating: 0, count: max(expectedSize, 1))
    let status = input.withUnsafeBufferPointer { inBuf in
      out.withUnsafeMutableBufferPointer { outBuf -> Int32 in
        stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
        stream.avail_in = UInt32(inBuf.count)
        stream.next_out = outBuf.baseAddress
        stream.avail_out = UInt32(outBuf.count)
        return CZlibRaw.inflate(&stream, Z_FINISH)
      }
    }
    guard status == Z_STREAM_END, Int(stream.total_out) == expectedSize else { return nil }
    out.removeLast(out.count - expectedSize)
    return out
  }

  /// zlib's CRC-32, computed by libdeflate (~5× faster than zlib 1.2.13's).
  static func crc(_ bytes: UnsafeRawBufferPointer) -> UInt {
    UInt(libdeflate_crc32(0, bytes.baseAddress, bytes.count))
  }

  static func combine(_ first: UInt, _ second: UInt, length: Int) -> UInt {
    crc32_combine(first, second, off_t(length))
  }
}
