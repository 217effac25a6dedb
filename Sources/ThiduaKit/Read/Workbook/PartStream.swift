import CZlibRaw

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One part of a workbook (a zip entry) inflated a piece at a time into a buffer that
/// holds only what the reader has not consumed yet: a sheet of a million rows is never
/// held whole. `bytes[start..<end]` are ready; `more()` inflates the next piece after them.
///
/// Limits (DATA.md "Safety"): a part inflating beyond 100× its compressed size and past
/// 64 MiB is refused as damaged (a zip bomb), as is the workbook once all its parts have
/// inflated past 4 GiB (`Budget`); a piece that cannot fit in `maxBuffer` (one row or one
/// string longer than that) is refused too. The CRC-32 of the whole part is checked at
/// its end, and a stream that stops early is a truncated file.
final class PartStream {
  /// What all parts of one workbook may inflate to together.
  final class Budget {
    var left: Int
    init(_ bytes: Int = ZipDirectory.maxTotalUncompressed) { left = bytes }
  }

  static let maxRatio = 100
  static let ratioFloor = 64 << 20
  /// The longest single row or string the reader holds at once.
  static let maxBuffer = 256 << 20
  static let piece = 256 << 10

  let name: String
  let file: String
  private let input: UnsafeBufferPointer<UInt8>
  private let entry: ZipDirectory.Entry
  private let budget: Budget
  private var stream = z_stream()
  private var inflating = false
  private(set) var buffer: UnsafeMutablePointer<UInt8>
  private(set) var capacity: Int
  var start = 0
  private(set) var end = 0
  private(set) var atEnd = false
  /// Bytes inflated so far, and the part's claimed size (for progress estimates only).
  private(set) var produced = 0
  var claimedSize: Int { entry.uncompressedSize }
  /// Compressed bytes read so far, and in all: how far through the part the reader is.
  var inputConsumed: Int { consumedInput - Int(stream.avail_in) }
  var inputSize: Int { input.count }
  private var crc: UInt = 0
  private var consumedInput = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>, entry: ZipDirectory.Entry, file: String, budget: Budget) throws {
    self.name = entry.name
    self.file = file
    self.entry = entry
    self.budget = budget
    self.input = UnsafeBufferPointer(
      rebasing: bytes[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)])
    capacity = Self.piece * 2
    buffer = .allocate(capacity: capacity)
    crc = crc32(0, nil, 0)
    if entry.method == 8 {
      guard thidua_inflate_init_raw(&stream) == Z_OK else {
        throw WorkbookError.damaged(file, "không giải nén được phần \"\(name)\"")
      }
      inflating = true
      stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
      stream.avail_in = 0
    }
  }

  deinit {
    if inflating { inflateEnd(&stream) }
    buffer.deallocate()
  }

  var count: Int { end - start }

  /// Inflates the next piece after `end` (keeping `start..<end`); false when the part is done.
  func more() throws -> Bool {
    if atEnd { return false }
    if start > 0 && (start >= capacity / 2 || capacity - end < Self.piece) {
      memmove(buffer, buffer + start, end - start)
      end -= start
      start = 0
    }
    if capacity - end < Self.piece {
      guard capacity * 2 <= Self.maxBuffer else {
        throw WorkbookError.refused(
          file, "phần \"\(name)\" có một dòng hoặc một ô dài quá \(Self.maxBuffer >> 20) MiB")
      }
      let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
      bigger.update(from: buffer + start, count: end - start)
      buffer.deallocate()
      buffer = bigger
      end -= start
      start = 0
      capacity *= 2
    }
    let room = min(capacity - end, Self.piece * 4)
    var got = 0
    if entry.method == 0 {
      got = min(room, input.count - consumedInput)
      if got > 0 { (buffer + end).update(from: input.baseAddress! + consumedInput, count: got) }
      consumedInput += got
      if consumedInput == input.count { atEnd = true }
    } else {
      stream.next_out = buffer + end
      stream.avail_out = UInt32(room)
      while stream.avail_out > 0 {
        if stream.avail_in == 0 {
          let left = input.count - consumedInput
          if left > 0 {
            let feed = min(left, 1 << 20)
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + consumedInput)
            stream.avail_in = UInt32(feed)
            consumedInput += feed
          }
        }
        let r = inflate(&stream, Z_NO_FLUSH)
        if r == Z_STREAM_END {
          atEnd = true
          break
        }
        if r == Z_BUF_ERROR && stream.avail_in == 0 && consumedInput == input.count {
          throw WorkbookError.damaged(file, "phần \"\(name)\" bị cắt ngang")
        }
        guard r == Z_OK || r == Z_BUF_ERROR else {
          throw WorkbookError.damaged(file, "phần \"\(name)\" không giải nén được")
        }
      }
      got = room - Int(stream.avail_out)
    }
    if got > 0 { crc = crc32(crc, buffer + end, UInt32(got)) }
    end += got
    produced += got
    budget.left -= got
    if budget.left < 0 { throw WorkbookError.refused(file, "giải nén ra quá 4 GiB") }
    if produced > Self.ratioFloor && produced / Self.maxRatio > max(entry.compressedSize, 1) {
      throw WorkbookError.refused(
        file, "phần \"\(name)\" giải nén ra hơn \(Self.maxRatio) lần kích thước nén và quá 64 MiB")
    }
    if atEnd && UInt32(truncatingIfNeeded: crc) != entry.crc {
      throw WorkbookError.damaged(file, "phần \"\(name)\" sai mã kiểm tra CRC")
    }
    return got > 0 || !atEnd
  }

  /// The whole part at once (the small parts: workbook, relationships, styles).
  static func whole(
    _ bytes: UnsafeBufferPointer<UInt8>, entry: ZipDirectory.Entry, file: String, budget: Budget
  ) throws -> [UInt8] {
    let s = try PartStream(bytes, entry: entry, file: file, budget: budget)
    var out: [UInt8] = []
    while try s.more() {
      out.append(contentsOf: UnsafeBufferPointer(start: s.buffer + s.start, count: s.count))
      s.start = s.end
    }
    out.append(contentsOf: UnsafeBufferPointer(start: s.buffer + s.start, count: s.count))
    return out
  }
}
