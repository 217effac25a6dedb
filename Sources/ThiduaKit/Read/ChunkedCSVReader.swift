#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a UTF-8 CSV file (with or without BOM) a chunk at a time through the same parser as
/// `CSVReader.visit`, so the whole file never sits in memory: at 1M nominations the 296 MB
/// buffer of `de_nghi.csv` was alive with all the nominations at the loading peak.
///
/// Each chunk is checked as `TextDecoder` checks a whole file (no NUL byte, valid UTF-8; a
/// multi-byte letter cut by the chunk's end waits for the next chunk), its complete records
/// are visited, and the last, unfinished record (maybe inside quotes, over several lines) is
/// carried over to the next chunk; line numbers go on counting across chunks. Anything
/// unusual — a UTF-16 BOM, a NUL byte, invalid UTF-8 (Windows-1258, or a damaged file), a
/// file that cannot be opened — returns `.wholeFileNeeded` (maybe after some records were
/// visited): the caller drops what it built and reads the file the whole-file way, which
/// gives every message exactly as before. An unclosed quote at the end throws the same
/// `Diagnostic` as `CSVReader.visit`, after the records before it.
enum ChunkedCSVReader {
  /// 16 MB: big enough that reading and carrying cost nothing, small next to the data.
  static let defaultChunkSize = 16 << 20

  enum Outcome: Equatable {
    case read(encoding: TextEncoding, delimiter: UInt8)
    /// With `stopAt`: the records before `offset` were visited; `state` is the parser's there.
    case stopped(offset: Int, state: CSVParser.State, encoding: TextEncoding)
    case wholeFileNeeded
  }

  /// Where a read of part of a file starts (for the second half of a file read on two
  /// cores): a record start at file byte `offset`, `consumed` bytes after any BOM, with the
  /// parser state there (the line counts on from it; the delimiter is known).
  struct Start {
    var offset: Int
    var consumed: Int
    var state: CSVParser.State
  }

  /// `stopAt` (bytes after any BOM): stop before the first record that starts there or
  /// later, and return `.stopped` with where it started.
  static func visit(
    path: String, file: String, chunkSize: Int = defaultChunkSize, from start: Start? = nil,
    stopAt: Int? = nil, _ body: (CSVRecordView) throws -> Void
  ) throws -> Outcome {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .wholeFileNeeded }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return .wholeFileNeeded }
    if let start, lseek(fd, off_t(start.offset), SEEK_SET) != off_t(start.offset) { return .wholeFileNeeded }
    let chunk = max(chunkSize, 1)
    var capacity = max(chunk, 8)
    var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    defer { buffer.deallocate() }
    var count = 0  // bytes in the buffer
    var validated = 0  // of which checked as UTF-8
    var consumed = start?.consumed ?? 0  // file bytes (after any BOM) before the buffer's first byte
    var encoding = TextEncoding.utf8
    var first = start == nil
    var state = start?.state ?? CSVParser.State()
    var total = Int(st.st_size) - (start.map { $0.offset - $0.consumed } ?? 0)
    while true {
      // Fill: up to a chunk; at the start the whole first buffer (at least 8 bytes, so that
      // the BOM checks and the parser's own BOM skip see what the whole-file path sees).
      if count == capacity {
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        bigger.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = bigger
        capacity *= 2
      }
      var eof = false
      let target = first ? capacity : min(capacity, count + chunk)
      while count < target {
        let r = read(fd, buffer + count, target - count)
        if r < 0 {
          if errno == EINTR { continue }
          return .wholeFileNeeded
        }
        if r == 0 {
          eof = true
          break
        }
        if memchr(buffer + count, 0, r) != nil { return .wholeFileNeeded }
        count += r
      }
      if first {
        if count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
          encoding = .utf8BOM
          count -= 3
          memmove(buffer, buffer + 3, count)
          total -= 3
        } else if count >= 2,
          (buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)
        {
          return .wholeFileNeeded
        }
      }
      // Validate up to the last complete UTF-8 sequence (all of it at the end of the file).
      var cut = count
      if !eof {
        var j = count - 1
        while j >= max(validated, count - 3) {
          let b = buffer[j]
          if b & 0xC0 != 0x80 {
            let need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            if need > count - j { cut = j }
            break
          }
          j -= 1
        }
      }
      if UTF8Validator.firstInvalid(UnsafeBufferPointer(start: buffer + validated, count: cut - validated))
        != nil
      {
        return .wholeFileNeeded
      }
      var parser = CSVParser(buf: UnsafeBufferPointer(start: buffer, count: cut), file: file)
      parser.partial = !eof
      parser.skipsBOM = consumed == 0 && start == nil
      parser.origin = consumed
      parser.total = total
      parser.state = state
      parser.stopAt = stopAt
      let stop = try parser.visit(body)
      state = parser.state
      if let offset = parser.stoppedAt { return .stopped(offset: offset, state: state, encoding: encoding) }
      first = false
      if eof { return .read(encoding: encoding, delimiter: state.delimiter) }
      count -= stop
      memmove(buffer, buffer + stop, count)
      validated = cut - stop
      consumed += stop
    }
  }
}
