/// The central directory of a zip file (an `.xlsx` is one), read from the end of the
/// file's bytes: each entry's name, method, sizes and where its data starts. Nothing is
/// inflated here and nothing is taken from the entries' own claims but their place.
///
/// Refused as not a workbook: an OLE2 container (an old `.xls`, or a password-protected
/// workbook, which Excel stores as an OLE2 file holding `EncryptionInfo` and
/// `EncryptedPackage`), anything without an end-of-central-directory record (a truncated
/// download), entries that point outside the file, encrypted entries, methods other than
/// stored and deflate, and a workbook claiming more than 4 GiB once inflated.
struct ZipDirectory {
  struct Entry {
    let name: String
    /// 0 stored, 8 deflate.
    let method: UInt16
    let crc: UInt32
    let compressedSize: Int
    let uncompressedSize: Int
    /// Offset of the entry's data (after its local header) in the file.
    let dataOffset: Int
  }

  let entries: [String: Entry]

  /// A workbook past this inflated is refused as damaged (DATA.md).
  static let maxTotalUncompressed = 4 << 30

  init(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws {
    let n = bytes.count
    func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
    func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
    func u64(_ i: Int) -> Int { u32(i) | u32(i + 4) << 32 }
    if n >= 8, bytes[0] == 0xD0, bytes[1] == 0xCF, bytes[2] == 0x11, bytes[3] == 0xE0 {
      throw Self.isEncryptedPackage(bytes) ? WorkbookError.encrypted(file) : WorkbookError.oldExcel(file)
    }
    guard n >= 22, bytes[0] == 0x50, bytes[1] == 0x4B else {
      throw n == 0 ? WorkbookError.damaged(file, "tệp rỗng") : WorkbookError.notWorkbook(file)
    }
    // The end record is in the last 22 + 65,535 bytes (its comment is at most that long).
    var eocd = -1
    var i = n - 22
    let lowest = max(0, n - 22 - 65_535)
    while i >= lowest {
      if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 5, bytes[i + 3] == 6 {
        eocd = i
        break
      }
      i -= 1
    }
    guard eocd >= 0 else { throw WorkbookError.damaged(file, "không thấy mục lục của tệp nén zip") }
    var count = u16(eocd + 10)
    var dirSize = u32(eocd + 12)
    var dirOffset = u32(eocd + 16)
    // Zip64: the locator sits just before the end record.
    if count == 0xFFFF || dirSize == 0xFFFF_FFFF || dirOffset == 0xFFFF_FFFF, eocd >= 20,
      u32(eocd - 20) == 0x0706_4B50
    {
      let at = u64(eocd - 12)
      guard at >= 0, at + 56 <= n, u32(at) == 0x0606_4B50 else {
        throw WorkbookError.damaged(file, "mục lục zip64 không hợp lệ")
      }
      count = u64(at + 32)
      dirSize = u64(at + 40)
      dirOffset = u64(at + 48)
    }
    guard dirOffset >= 0, dirSize >= 0, dirOffset <= n, dirSize <= n - dirOffset, count >= 0,
      count <= dirSize / 46 + 1
    else { throw WorkbookError.damaged(file, "mục lục của tệp nén zip nằm ngoài tệp") }
    var entries: [String: Entry] = [:]
    var p = dirOffset
    var total = 0
    for _ in 0..<count {
      guard p + 46 <= n, u32(p) == 0x0201_4B50 else {
        throw WorkbookError.damaged(file, "mục lục của tệp nén zip bị hỏng")
      }
      let flags = u16(p + 8)
      let method = UInt16(u16(p + 10))
      let crc = UInt32(u32(p + 16))
      var csize = u32(p + 20)
      var usize = u32(p + 24)
      let nameLength = u16(p + 28)
      let extraLength = u16(p + 30)
      let commentLength = u16(p + 32)
      var local = u32(p + 42)
      guard p + 46 + nameLength + extraLength + commentLength <= n else {
        throw WorkbookError.damaged(file, "mục lục của tệp nén zip bị cắt")
      }
      let name = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[(p + 46)..<(p + 46 + nameLength)]), as: UTF8.self)
      // Zip64 extra field: the 64-bit sizes and offset, for those given as 0xFFFFFFFF.
      var e = p + 46 + nameLength
      let extraEnd = e + extraLength
      while e + 4 <= extraEnd {
        let id = u16(e)
        let size = u16(e + 2)
        var q = e + 4
        if id == 1 {
          if usize == 0xFFFF_FFFF, q + 8 <= e + 4 + size {
            usize = u64(q)
            q += 8
          }
          if csize == 0xFFFF_FFFF, q + 8 <= e + 4 + size {
            csize = u64(q)
            q += 8
          }
          if local == 0xFFFF_FFFF, q + 8 <= e + 4 + size { local = u64(q) }
        }
        e += 4 + size
      }
      p += 46 + nameLength + extraLength + commentLength
      if flags & 1 != 0 { throw WorkbookError.encrypted(file) }
      guard local >= 0, local + 30 <= n, u32(local) == 0x0403_4B50 else {
        throw WorkbookError.damaged(file, "phần \"\(name)\" nằm ngoài tệp")
      }
      let dataOffset = local + 30 + u16(local + 26) + u16(local + 28)
      guard csize >= 0, usize >= 0, dataOffset <= n, csize <= n - dataOffset else {
        throw WorkbookError.damaged(file, "phần \"\(name)\" bị cắt ngang")
      }
      guard method == 0 || method == 8 else {
        throw WorkbookError.damaged(file, "phần \"\(name)\" nén theo cách không hỗ trợ (\(method))")
      }
      total += usize
      guard total <= Self.maxTotalUncompressed else {
        throw WorkbookError.refused(file, "giải nén ra quá 4 GiB")
      }
      entries[name] = Entry(
        name: name, method: method, crc: crc, compressedSize: csize, uncompressedSize: usize,
        dataOffset: dataOffset)
    }
    self.entries = entries
  }

  /// Does an OLE2 file hold the `EncryptedPackage` stream of a password-protected
  /// workbook? Its directory names streams in UTF-16LE; a plain search is enough to tell.
  static func isEncryptedPackage(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let needle = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    let info = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    return contains(bytes, needle) || contains(bytes, info)
  }

  static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    guard bytes.count >= needle.count, let first = needle.first else { return false }
    var i = 0
    let last = bytes.count - needle.count
    while i <= last {
      if bytes[i] == first {
        var j = 1
        while j < needle.count && bytes[i + j] == needle[j] { j += 1 }
        if j == needle.count { return true }
      }
      i += 1
    }
    return false
  }
}
