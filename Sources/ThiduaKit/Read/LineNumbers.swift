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
