import Foundation

#if canImport(Glibc)
  import Glibc
#endif

@inline(__always)
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    return Glibc.read(fd, buffer, count)
  #else
    return Darwin.read(fd, buffer, count)
  #endif
}

/// Reads a whole file into memory with `open`/`fstat`/`read`.
enum FileBytes {
  static func read(path: String, file: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      let e = errno
      if e == ENOENT {
        throw Diagnostic(.error, .missingFile, file: file, "Không tìm thấy tệp \(file).")
      }
      throw failure(e, file: file)
    }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw failure(errno, file: file) }
    if st.st_mode & S_IFMT == S_IFDIR {
      throw Diagnostic(
        .error, .unreadableFile, file: file,
        "Không đọc được tệp \(file): đây là một thư mục, không phải tệp dữ liệu.")
    }
    // One byte more than the size, so that reaching the end is seen without growing; the
    // array is filled straight from read(2), never zeroed first (300 MB files).
    let size = max(Int(st.st_size), 0)
    var readError: Int32 = 0
    var out = [UInt8](unsafeUninitializedCapacity: size + 1) { buf, initialized in
      var count = 0
      while count < buf.count {
        let r = systemRead(fd, buf.baseAddress! + count, buf.count - count)
        if r == 0 { break }
        if r < 0 {
          if errno == EINTR { continue }
          readError = errno
          break
        }
        count += r
      }
      initialized = count
    }
    if readError != 0 { throw failure(readError, file: file) }
    if out.count == size + 1 {
      // The file grew, or its size is not known (a pipe): read the rest in chunks.
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      while true {
        let r = chunk.withUnsafeMutableBufferPointer { systemRead(fd, $0.baseAddress!, $0.count) }
        if r == 0 { break }
        if r < 0 {
          let e = errno
          if e == EINTR { continue }
          throw failure(e, file: file)
        }
        out.append(contentsOf: chunk[0..<r])
      }
    }
    return out
  }

  private static func failure(_ e: Int32, file: String) -> Diagnostic {
    let reason: String
    switch e {
    case EACCES, EPERM: reason = "không có quyền đọc tệp"
    case EISDIR: reason = "đây là một thư mục, không phải tệp dữ liệu"
    case ENOTDIR: reason = "đường dẫn có một phần không phải thư mục"
    case EIO: reason = "lỗi vào/ra khi đọc đĩa"
    default: reason = "lỗi hệ thống: " + String(cString: strerror(e))
    }
    return Diagnostic(.error, .unreadableFile, file: file, "Không đọc được tệp \(file): \(reason).")
  }
}
