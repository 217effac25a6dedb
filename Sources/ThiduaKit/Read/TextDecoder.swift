#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns a file's bytes into UTF-8, detecting the encoding (never asked for).
///
/// Detection, in order:
/// 1. BOM `EF BB BF` → UTF-8 (BOM stripped); `FF FE` → UTF-16LE; `FE FF` → UTF-16BE.
/// 2. No BOM, but the first line's bytes alternate with zero bytes → UTF-16 (LE or BE by
///    which half of each pair is zero).
/// 3. Valid UTF-8 → UTF-8, returned as is (validation only, no copy).
/// 4. Otherwise Windows-1258 through glibc iconv.
///
/// Throws a `Diagnostic` with the line where decoding failed: `.invalidValue` for a NUL
/// byte in an 8-bit file, bytes that are not valid in the detected encoding, or a broken
/// UTF-16 surrogate pair; `.unreadableFile` when iconv itself is not available.
public enum TextDecoder {
  public static func decode(_ bytes: [UInt8], file: String) throws -> (utf8: [UInt8], encoding: TextEncoding)
  {
    let n = bytes.count
    if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      let body = Array(bytes[3...])
      try checkUTF8WithBOM(body, file: file)
      return (body, .utf8BOM)
    }
    if n >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
      return (try UTF16Decoder.decode(bytes, from: 2, bigEndian: false, file: file), .utf16LE)
    }
    if n >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
      return (try UTF16Decoder.decode(bytes, from: 2, bigEndian: true, file: file), .utf16BE)
    }
    if let bigEndian = UTF16Decoder.sniff(bytes) {
      return (
        try UTF16Decoder.decode(bytes, from: 0, bigEndian: bigEndian, file: file),
        bigEndian ? .utf16BE : .utf16LE
      )
    }
    if let nul = firstNUL(bytes) {
      throw Diagnostic(
        .error, .invalidValue, file: file, line: LineNumbers.line(of: nul, in: bytes),
        "Tệp chứa ký tự NUL (byte 0) — tệp không phải văn bản CSV hoặc bị hỏng; hãy lưu lại tệp "
          + "từ Excel dưới dạng CSV UTF-8.")
    }
    guard let bad = UTF8Validator.firstInvalid(bytes) else {
      return (bytes, .utf8)
    }
    // Mostly valid UTF-8 with a few broken bytes is a damaged UTF-8 file (cut short, or
    // edited with a wrong encoding), not Windows-1258, whose Vietnamese letters almost
    // never happen to form valid UTF-8 sequences. Name the broken byte's line.
    let census = UTF8Validator.census(bytes)
    if census.multibyte > 4 * census.invalid {
      throw Diagnostic(
        .error, .invalidValue, file: file, line: LineNumbers.line(of: bad, in: bytes),
        "Tệp UTF-8 có byte không hợp lệ (0x\(hex(bytes[bad]))) — tệp bị hỏng hoặc bị cắt ngang; "
          + "hãy lưu lại tệp từ Excel dưới dạng \"CSV UTF-8\".")
    }
    return (try Windows1258Decoder.decode(bytes, file: file), .windows1258)
  }

  /// NUL and UTF-8 validity checks for a file that announced UTF-8 with a BOM.
  /// Line numbers count the BOM-less body, which is the same as the file's lines.
  private static func checkUTF8WithBOM(_ body: [UInt8], file: String) throws {
    if let nul = firstNUL(body) {
      throw Diagnostic(
        .error, .invalidValue, file: file, line: LineNumbers.line(of: nul, in: body),
        "Tệp chứa ký tự NUL (byte 0) — tệp không phải văn bản CSV hoặc bị hỏng.")
    }
    if let bad = UTF8Validator.firstInvalid(body) {
      throw Diagnostic(
        .error, .invalidValue, file: file, line: LineNumbers.line(of: bad, in: body),
        "Tệp có dấu BOM của UTF-8 nhưng chứa byte không hợp lệ trong UTF-8 (byte thứ \(bad + 4)).")
    }
  }

  static func hex(_ b: UInt8) -> String {
    let h = String(b, radix: 16, uppercase: true)
    return h.count == 1 ? "0" + h : h
  }

  /// Offset of the first zero byte, found with `memchr` (vectorised in glibc).
  static func firstNUL(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buf -> Int? in
      guard let base = buf.baseAddress, buf.count > 0 else { return nil }
      guard let hit = memchr(base, 0, buf.count) else { return nil }
      return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }
  }
}

/// Physical line numbers as the CSV parser counts them: LF, CRLF and a lone CR each end a line.
enum LineNumbers {
  /// 1-based line of the byte at `offset`.
  static func line(of offset: Int, in bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { buf in
      var line = 1
      var i = 0
      let end = min(offset, buf.count)
      while i < end {
        let b = buf[i]
        if b == 0x0A {
          line += 1
        } else if b == 0x0D {
          if i + 1 < buf.count, buf[i + 1] == 0x0A {
            // counted at the LF
          } else {
            line += 1
          }
        }
        i += 1
      }
      return line
    }
  }
}

/// UTF-8 validation with an ASCII fast path (eight bytes per step).
enum UTF8Validator {
  /// Offset of the first byte that starts an invalid or truncated sequence, or nil if valid.
  static func firstInvalid(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalid($0) }
  }

  static func firstInvalid(_ buf: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = buf.baseAddress else { return nil }
    let n = buf.count
    // The first bytes one sequence at a time, until three are behind: a block looks
    // three bytes back to see which of its bytes must continue a sequence.
    var i = 0
    while i < min(n, 3) {
      let length = base[i] < 0x80 ? 1 : sequenceLength(base, i, n)
      if length == 0 { return i }
      i += length
    }
    i = validBlocks(base, n, from: i)
    // The rest, and the block that failed (to name its first bad byte), one sequence at a
    // time from the start of the sequence that holds the byte before the block.
    var j = i
    while j > max(0, i - 4) {
      j -= 1
      if base[j] & 0xC0 != 0x80 { break }
    }
    return firstInvalid(base, from: j, n)
  }

  /// Checks 16 bytes at a time from `start` (at least 3, after whole sequences) and
  /// returns where it stopped: at the first block with a bad byte, or where fewer than
  /// 16 bytes are left. A block is valid when each of its bytes is a continuation byte
  /// exactly when one of the three bytes before it is a lead byte that needs it, no byte
  /// is one that never appears in UTF-8 (C0, C1, F5–FF), and no lead byte is followed by
  /// a second byte that makes an overlong form, a UTF-16 surrogate or a code point above
  /// U+10FFFF. The bytes before it are read from memory, so a sequence may cross blocks;
  /// one that runs past the end is left to the caller.
  ///
  /// Measured on the 296 MB `de_nghi.csv` of 1M nominations (Vietnamese text has a
  /// multi-byte letter every few bytes, so the eight-bytes-at-a-time skip over ASCII
  /// stopped at nearly every word): 0.084 s against 0.239 s one sequence at a time.
  private static func validBlocks(_ base: UnsafePointer<UInt8>, _ n: Int, from start: Int) -> Int {
    typealias V = SIMD16<UInt8>
    @inline(__always) func load(_ at: Int) -> V { UnsafeRawPointer(base + at).loadUnaligned(as: V.self) }
    // `any(_:)` is a call to a generic reduction per block; two 64-bit halves are two instructions.
    @inline(__always) func anySet(_ m: SIMDMask<SIMD16<Int8>>) -> Bool {
      let halves = unsafeBitCast(m, to: SIMD2<UInt64>.self)
      return halves[0] | halves[1] != 0
    }
    // Constants as vectors: the operators that take a scalar were left as generic calls
    // (measured: a 1M facts run took 16 s instead of 1 s).
    @inline(__always) func all(_ x: UInt8) -> V { V(repeating: x) }
    var i = start
    while i + V.scalarCount <= n {
      let b = load(i)
      let back3 = load(i - 3)
      // The block and the three bytes before it all ASCII: nothing to check.
      if !anySet((b | back3) .>= all(0x80)) {
        i += V.scalarCount
        continue
      }
      let back1 = load(i - 1)
      let back2 = load(i - 2)
      let needed = (back1 .>= all(0xC0)) .| (back2 .>= all(0xE0)) .| (back3 .>= all(0xF0))
      var bad = ((b & all(0xC0)) .== all(0x80)) .^ needed
      bad .|= (b .== all(0xC0)) .| (b .== all(0xC1)) .| (b .>= all(0xF5))
      bad .|= (back1 .== all(0xE0)) .& (b .< all(0xA0))
      bad .|= (back1 .== all(0xED)) .& (b .>= all(0xA0))
      bad .|= (back1 .== all(0xF0)) .& (b .< all(0x90))
      bad .|= (back1 .== all(0xF4)) .& (b .>= all(0x90))
      if anySet(bad) { return i }
      i += V.scalarCount
    }
    return i
  }

  /// One sequence at a time from `start` (the start of a sequence).
  private static func firstInvalid(_ base: UnsafePointer<UInt8>, from start: Int, _ n: Int) -> Int? {
    var i = start
    while i < n {
      // Eight bytes at a time: skip straight to the first with its high bit set.
      if i + 8 <= n {
        let high =
          UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian & 0x8080_8080_8080_8080
        if high == 0 {
          i += 8
          continue
        }
        i += high.trailingZeroBitCount >> 3
      } else if base[i] < 0x80 {
        i += 1
        continue
      }
      let length = sequenceLength(base, i, n)
      if length == 0 { return i }
      i += length
    }
    return nil
  }

  /// How many valid multi-byte sequences and how many invalid bytes the buffer has.
  static func census(_ bytes: [UInt8]) -> (multibyte: Int, invalid: Int) {
    bytes.withUnsafeBufferPointer { buf in
      guard let base = buf.baseAddress else { return (0, 0) }
      let n = buf.count
      var multibyte = 0
      var invalid = 0
      var i = 0
      while i < n {
        if base[i] < 0x80 {
          i += 1
          continue
        }
        let length = sequenceLength(base, i, n)
        if length == 0 {
          invalid += 1
          i += 1
        } else {
          multibyte += 1
          i += length
        }
      }
      return (multibyte, invalid)
    }
  }

  /// Length of the valid multi-byte sequence starting at `i` (lead byte ≥ 0x80), or 0.
  /// Rejects overlong forms, UTF-16 surrogates and code points above U+10FFFF.
  @inline(__always)
  static func sequenceLength(_ base: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int {
    let b0 = base[i]
    if b0 < 0xC2 { return 0 }  // continuation byte or overlong 2-byte lead
    if b0 < 0xE0 {
      return i + 1 < n && base[i + 1] & 0xC0 == 0x80 ? 2 : 0
    }
    if b0 < 0xF0 {
      guard i + 2 < n else { return 0 }
      let b1 = base[i + 1]
      guard b1 & 0xC0 == 0x80, base[i + 2] & 0xC0 == 0x80 else { return 0 }
      if b0 == 0xE0, b1 < 0xA0 { return 0 }  // overlong
      if b0 == 0xED, b1 >= 0xA0 { return 0 }  // UTF-16 surrogate
      return 3
    }
    if b0 < 0xF5 {
      guard i + 3 < n else { return 0 }
      let b1 = base[i + 1]
      guard b1 & 0xC0 == 0x80, base[i + 2] & 0xC0 == 0x80, base[i + 3] & 0xC0 == 0x80 else { return 0 }
      if b0 == 0xF0, b1 < 0x90 { return 0 }  // overlong
      if b0 == 0xF4, b1 >= 0x90 { return 0 }  // above U+10FFFF
      return 4
    }
    return 0
  }
}

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

/// Windows-1258 (Excel's plain "CSV" on a Vietnamese Windows) through glibc iconv.
enum Windows1258Decoder {
  static func decode(_ bytes: [UInt8], file: String) throws -> [UInt8] {
    let cd = iconv_open("UTF-8", "CP1258")
    guard let cd, cd != iconv_t(bitPattern: -1) else {
      throw Diagnostic(
        .error, .unreadableFile, file: file,
        "Tệp không phải UTF-8 và máy này không chuyển được mã Windows-1258 (iconv). "
          + "Hãy lưu lại tệp từ Excel dưới dạng \"CSV UTF-8\".")
    }
    defer { iconv_close(cd) }
    // Converted through a fixed chunk and appended, so memory stays near the output's size.
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 2 + 16)
    var chunk = [UInt8](repeating: 0, count: 1 << 18)
    var badOffset: Int?
    var incomplete = false
    var ok = true
    bytes.withUnsafeBufferPointer { inBuf in
      guard let inBase = inBuf.baseAddress else { return }
      let inStart = UnsafeMutablePointer<CChar>(
        mutating: UnsafeRawPointer(inBase).assumingMemoryBound(to: CChar.self))
      var inPtr: UnsafeMutablePointer<CChar>? = inStart
      var inLeft = inBuf.count
      var flushed = false
      while true {
        var written = 0
        let status: Int32 = chunk.withUnsafeMutableBufferPointer { outBuf in
          let outStart = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
          var outPtr: UnsafeMutablePointer<CChar>? = outStart
          var outLeft = outBuf.count
          let r: Int
          if inLeft > 0 {
            r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
          } else {
            r = iconv(cd, nil, nil, &outPtr, &outLeft)  // flush a letter iconv held back
            flushed = r != -1
          }
          written = outBuf.count - outLeft
          return r == -1 ? errno : 0
        }
        out.append(contentsOf: chunk[0..<written])
        if status == 0 || status == E2BIG {
          if flushed { break }
          continue
        }
        badOffset = inStart.distance(to: inPtr!)
        incomplete = status == EINVAL
        ok = false
        break
      }
    }
    if !ok {
      let offset = badOffset ?? 0
      let byte = offset < bytes.count ? bytes[offset] : 0
      throw Diagnostic(
        .error, .invalidValue, file: file, line: LineNumbers.line(of: offset, in: bytes),
        incomplete
          ? "Tệp kết thúc giữa một ký tự (mã Windows-1258)."
          : "Tệp không phải UTF-8, và byte 0x\(TextDecoder.hex(byte)) ở đây cũng không hợp lệ "
            + "trong mã Windows-1258. Hãy lưu lại tệp từ Excel dưới dạng \"CSV UTF-8\".")
    }
    return out
  }
}
