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
