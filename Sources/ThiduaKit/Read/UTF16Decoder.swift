/// UTF-16 (Excel's "Unicode Text") to UTF-8.
enum UTF16Decoder {
  /// Without a BOM: is the first line UTF-16? Returns `true` for big-endian, `false` for
  /// little-endian, nil when the bytes do not look like UTF-16. Looks at the first line
  /// (at most 4 KB): at least two code units, at least half of them with a zero high byte
  /// and (almost) no zero low byte — text in an 8-bit encoding has no zero bytes at all.
  static func sniff(_ bytes: [UInt8]) -> Bool? {
    let limit = min(bytes.count, 4096) & ~1
    guard limit >= 4 else { return nil }
    var evenZeros = 0
    var oddZeros = 0
    var pairs = 0
    var i = 0
    while i < limit {
      let a = bytes[i]
      let b = bytes[i + 1]
      if a == 0 { evenZeros += 1 }
      if b == 0 { oddZeros += 1 }
      pairs += 1
      // A line feed in either byte order ends the first line.
      if (a == 0x0A && b == 0) || (a == 0 && b == 0x0A) { break }
      i += 2
    }
    guard pairs >= 2 else { return nil }
    if oddZeros * 2 >= pairs, evenZeros * 8 <= oddZeros, evenZeros < pairs { return false }
    if evenZeros * 2 >= pairs, oddZeros * 8 <= evenZeros, oddZeros < pairs { return true }
    return nil
  }

  static func decode(_ bytes: [UInt8], from start: Int, bigEndian: Bool, file: String) throws -> [UInt8] {
    var out: [UInt8] = []
    // Vietnamese text is mostly ASCII with some 2- and 3-byte letters: 1.5 bytes per unit.
    out.reserveCapacity((bytes.count - start) / 2 * 3 / 2 + 16)
    var line = 1
    var lastWasCR = false
    var failure: (line: Int, message: String)?
    bytes.withUnsafeBufferPointer { buf in
      let n = buf.count
      var i = start
      @inline(__always) func unit(_ k: Int) -> UInt32 {
        bigEndian
          ? UInt32(buf[k]) << 8 | UInt32(buf[k + 1])
          : UInt32(buf[k + 1]) << 8 | UInt32(buf[k])
      }
      while i + 1 < n {
        var u = unit(i)
        i += 2
        if u < 0x80 {
          if u == 0 {
            failure = (line, "Tệp UTF-16 chứa ký tự NUL — tệp bị hỏng.")
            return
          }
          if u == 0x0A {
            if !lastWasCR { line += 1 }
          } else if u == 0x0D {
            line += 1
          }
          lastWasCR = u == 0x0D
          out.append(UInt8(truncatingIfNeeded: u))
          continue
        }
        lastWasCR = false
        if u >= 0xD800, u <= 0xDBFF {
          guard i + 1 < n else {
            failure = (line, "Tệp UTF-16 kết thúc giữa một cặp ký tự thay thế (surrogate).")
            return
          }
          let lo = unit(i)
          guard lo >= 0xDC00, lo <= 0xDFFF else {
            failure = (line, "Tệp UTF-16 có cặp ký tự thay thế (surrogate) không hợp lệ.")
            return
          }
          i += 2
          u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)
        } else if u >= 0xDC00, u <= 0xDFFF {
          failure = (line, "Tệp UTF-16 có ký tự thay thế (surrogate) đứng lẻ.")
          return
        }
        if u < 0x800 {
          out.append(UInt8(truncatingIfNeeded: 0xC0 | (u >> 6)))
          out.append(UInt8(truncatingIfNeeded: 0x80 | (u & 0x3F)))
        } else if u < 0x10000 {
          out.append(UInt8(truncatingIfNeeded: 0xE0 | (u >> 12)))
          out.append(UInt8(truncatingIfNeeded: 0x80 | ((u >> 6) & 0x3F)))
          out.append(UInt8(truncatingIfNeeded: 0x80 | (u & 0x3F)))
        } else {
          out.append(UInt8(truncatingIfNeeded: 0xF0 | (u >> 18)))
          out.append(UInt8(truncatingIfNeeded: 0x80 | ((u >> 12) & 0x3F)))
          out.append(UInt8(truncatingIfNeeded: 0x80 | ((u >> 6) & 0x3F)))
          out.append(UInt8(truncatingIfNeeded: 0x80 | (u & 0x3F)))
        }
      }
      if i < n {
        failure = (line, "Tệp UTF-16 có số byte lẻ — byte cuối cùng bị thiếu nửa.")
      }
    }
    if let failure {
      throw Diagnostic(.error, .invalidValue, file: file, line: failure.line, failure.message)
    }
    return out
  }
}
