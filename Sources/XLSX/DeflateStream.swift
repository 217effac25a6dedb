import CZlibRaw
import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One raw deflate stream (the body of a zip entry) made from chunks compressed
/// on every core at once, as pigz does: each chunk is deflated on its own,
/// primed with the last 32 KiB of the chunk before it (so matches still reach
/// back across the cut), and ends on a byte boundary with an empty stored block
/// (`Z_SYNC_FLUSH`), so the pieces simply follow one another; only the last
/// piece (`add(…, last: true)`) ends the stream. The CRC-32 of the whole is
/// combined from the pieces' (`crc32_combine`).
///
/// Why: libxlsxwriter deflates every part on one thread while closing the
/// workbook, at ~50 MB/s for sheet XML; at 1M nominations the T5 and T6 lists
/// are 250 MB of XML, 5.7 s of a 15 s report, with the other core idle.
///
/// The compression level is 5 (`level`), one below libxlsxwriter's; the
/// dictionary keeps the cuts from costing more than ~0.05 % (measured at 100k
/// and 1M against libxlsxwriter's own deflate at level 6).
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

  /// zlib's level 5, one below libxlsxwriter's 6: measured on a 100k T5 sheet (17.4 MB
  /// of XML), 1.5× faster (91 against 61 MB/s) for 2.7 % more bytes; level 4 would
  /// be 1.85× faster for 11 % more, level 1 3× for 35 % more.
  static let level: Int32 = 5

  /// Deflate's window: a dictionary longer than this is of no use.
  static let window = 32 * 1024
  static let maxInFlight = 4

  private var pieces: [Piece] = []
  private let group = DispatchGroup()
  private let slots = DispatchSemaphore(value: DeflateStream.maxInFlight)
  private var dictionary: [UInt8] = []
  private var ended = false

  /// Compresses `count` bytes at `chunk` after every chunk added before. Takes
  /// ownership of `chunk` (allocated with `UnsafeMutableRawPointer.allocate`),
  /// which is freed once compressed. `last` ends the stream.
  func add(_ chunk: UnsafeMutableRawPointer, count: Int, last: Bool) {
    precondition(!ended, "DeflateStream: add after the last chunk")
    ended = last
    let piece = Piece()
    pieces.append(piece)
    let primer = dictionary
    let keep = min(count, DeflateStream.window)
    dictionary = Array(UnsafeRawBufferPointer(start: chunk + (count - keep), count: keep))
    slots.wait()
    let owned = Chunk(bytes: chunk, count: count)
    DispatchQueue.global().async(group: group) { [slots] in
      let input = UnsafeRawBufferPointer(start: owned.bytes, count: owned.count)
      if let bytes = DeflateStream.compress(input, dictionary: primer, last: last) {
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

  /// `input` deflated raw at zlib's default level, primed with `dictionary`,
  /// ending with the final block when `last` and on a byte boundary otherwise.
  static func compress(_ input: UnsafeRawBufferPointer, dictionary: [UInt8], last: Bool) -> [UInt8]? {
    var stream = z_stream()
    guard thidua_deflate_init_raw(&stream, DeflateStream.level) == Z_OK else { return nil }
    defer { deflateEnd(&stream) }
    if !dictionary.isEmpty {
      let set = dictionary.withUnsafeBufferPointer {
        deflateSetDictionary(&stream, $0.baseAddress, UInt32($0.count))
      }
      guard set == Z_OK else { return nil }
    }
    // deflateBound covers the data and the final block; the flush's empty stored block adds 5.
    let bound = Int(deflateBound(&stream, UInt(input.count))) + 64
    var ok = false
    let out = [UInt8](unsafeUninitializedCapacity: bound) { buffer, written in
      stream.next_in = UnsafeMutablePointer(
        mutating: input.baseAddress?.assumingMemoryBound(to: UInt8.self))
      stream.avail_in = UInt32(input.count)
      stream.next_out = buffer.baseAddress
      stream.avail_out = UInt32(bound)
      let status = deflate(&stream, last ? Z_FINISH : Z_SYNC_FLUSH)
      written = bound - Int(stream.avail_out)
      ok = stream.avail_in == 0 && (last ? status == Z_STREAM_END : status == Z_OK && stream.avail_out > 0)
    }
    // Kept until the workbook closes, so kept at its size: with deflateBound's capacity
    // (the input's size, ~6× the output) a piece could sit in a reused, already touched
    // block, and at 1M nominations the ~280 pieces held ~90 MiB more at the run's peak.
    // (`Array(out[...])` would give back the same buffer: the slice is the whole array.)
    guard ok else { return nil }
    return [UInt8](unsafeUninitializedCapacity: out.count) { copy, n in
      n = out.withUnsafeBufferPointer { copy.initialize(fromContentsOf: $0) }
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

  static func crc(_ bytes: UnsafeRawBufferPointer) -> UInt {
    crc32(0, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt32(bytes.count))
  }

  static func combine(_ first: UInt, _ second: UInt, length: Int) -> UInt {
    crc32_combine(first, second, off_t(length))
  }
}
