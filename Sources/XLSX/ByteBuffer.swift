#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A growable run of bytes for making sheet XML: plain pointer writes, no
/// per-append uniqueness or bounds checks (callers `reserve` first, or the
/// append does). Owned by one `StreamedRows`; `free` it, or hand its memory
/// away with `take`.
struct ByteBuffer {
  private(set) var base: UnsafeMutablePointer<UInt8>
  private(set) var capacity: Int
  var count = 0

  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  func free() { base.deallocate() }

  /// Gives the bytes away (allocated with `allocate`, to be deallocated by the taker)
  /// and starts again empty.
  mutating func take(newCapacity: Int) -> (UnsafeMutableRawPointer, Int) {
    let out = (UnsafeMutableRawPointer(base), count)
    capacity = max(newCapacity, 16)
    base = .allocate(capacity: capacity)
    count = 0
    return out
  }

  @inline(__always)
  mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(count + extra) }
  }

  private mutating func grow(_ needed: Int) {
    let bigger = max(needed, capacity * 2)
    let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
    fresh.update(from: base, count: count)
    base.deallocate()
    base = fresh
    capacity = bigger
  }

  @inline(__always)
  mutating func append(_ bytes: UnsafeRawBufferPointer) {
    reserve(bytes.count)
    if let from = bytes.baseAddress { memcpy(base + count, from, bytes.count) }
    count += bytes.count
  }

  @inline(__always)
  mutating func append(_ s: StaticString) {
    append(UnsafeRawBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
  }

  @inline(__always)
  mutating func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { append($0) }
  }

  mutating func append(_ other: ByteBuffer) {
    append(UnsafeRawBufferPointer(start: other.base, count: other.count))
  }

  @inline(__always)
  mutating func append(byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  /// Decimal digits, with a minus sign when negative.
  mutating func appendInteger(_ n: Int) {
    reserve(21)
    if n < 0 {
      base[count] = UInt8(ascii: "-")
      count += 1
    }
    var m = n.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of scratch
    let written = withUnsafeMutableBytes(of: &digits) { scratch -> Int in
      var i = scratch.count
      repeat {
        i -= 1
        scratch[i] = UInt8(truncatingIfNeeded: m % 10) + 0x30
        m /= 10
      } while m > 0
      let n = scratch.count - i
      memcpy(base + count, scratch.baseAddress! + i, n)
      return n
    }
    count += written
  }

  /// A number as C's `%.16G` prints it (libxlsxwriter's format for cell values
  /// and row heights): whole numbers below 10^15 as plain digits, without asking printf.
  mutating func appendNumber(_ x: Double) {
    if x == x.rounded(.towardZero), x.magnitude < 1e15, !(x == 0 && x.sign == .minus) {
      return appendInteger(Int(x))
    }
    reserve(32)
    let n = withVaList([x]) { args in
      (base + count).withMemoryRebound(to: CChar.self, capacity: 32) { vsnprintf($0, 32, "%.16G", args) }
    }
    count += Int(max(0, min(n, 31)))
  }

  /// Cell text as libxlsxwriter 1.1.4 writes it: C0 controls other than tab and
  /// line feed as `_xHHHH_`, then `&`, `<` and `>` as entities (quotes stay).
  /// Eight bytes are tested at once; only a word holding one of those bytes is
  /// looked at byte by byte.
  mutating func appendEscaped(_ s: UnsafeBufferPointer<UInt8>) {
    guard let src = s.baseAddress else { return }
    let n = s.count
    reserve(n)
    var i = 0
    var start = 0
    while i < n {
      while i + 8 <= n, !ByteBuffer.mayNeedEscape(UnsafeRawPointer(src + i).loadUnaligned(as: UInt64.self)) {
        i += 8
      }
      guard i < n else { break }
      let b = src[i]
      if b == 0x26 || b == 0x3C || b == 0x3E || (b < 0x20 && b != 0x09 && b != 0x0A) {
        append(UnsafeRawBufferPointer(start: src + start, count: i - start))
        switch b {
        case 0x26: append("&amp;")
        case 0x3C: append("&lt;")
        case 0x3E: append("&gt;")
        default:
          let hex: StaticString = "0123456789ABCDEF"
          append("_x00")
          append(byte: hex.utf8Start[Int(b >> 4)])
          append(byte: hex.utf8Start[Int(b & 0xF)])
          append(byte: UInt8(ascii: "_"))
        }
        start = i + 1
      }
      i += 1
    }
    append(UnsafeRawBufferPointer(start: src + start, count: n - start))
  }

  /// True when some byte of `x` is below 0x20 or is `&`, `<` or `>`: exact for
  /// "some byte" (the classic has-less / has-zero tests), which is all the skip needs.
  @inline(__always)
  static func mayNeedEscape(_ x: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
    let below = (x &- 0x2020_2020_2020_2020) & ~x & highs
    return (below | hasZero(x ^ (ones &* 0x26)) | hasZero(x ^ (ones &* 0x3C)) | hasZero(x ^ (ones &* 0x3E)))
      != 0
  }
}
