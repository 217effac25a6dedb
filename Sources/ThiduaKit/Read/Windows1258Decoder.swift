#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
