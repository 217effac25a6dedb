#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Rewrites a zip libxlsxwriter has just written, replacing some entries'
/// contents and copying every other entry byte for byte (same order, names,
/// dates and compressed data). It reads the whole file into memory, which is
/// fine because the entries replaced are the big ones: what libxlsxwriter wrote
/// for them is only their frame (a streamed sheet's header and footer rows).
///
/// Only what libxlsxwriter 1.1.4 writes is read: deflated or stored entries, no
/// zip64 (it is off unless `use_zip64` is set, which `Workbook` never does), no
/// encryption; anything else throws instead of guessing. Headers in the output
/// carry their sizes (no data descriptors), as libxlsxwriter's do.
enum ZipSplice {
  /// Rewrites `path`: each entry named in `replacing` gets the contents its
  /// function makes from the entry's old, uncompressed bytes. The new file is
  /// written beside `path` and renamed over it.
  static func rewrite(_ path: String, replacing: [String: ([UInt8]) throws -> DeflateStream.Output]) throws {
    let bytes = try read(path)
    let entries = try centralDirectory(bytes, path: path)
    // The new file in order: each entry's local header, then its data (copied, or the new pieces).
    var parts: [ArraySlice<UInt8>] = []
    var central: [UInt8] = []
    var offset = 0
    for e in entries.entries {
      var local = Array(bytes[e.localOffset..<e.dataOffset])
      var header = e.centralHeader
      // Sizes in the headers, not in a data descriptor after the data.
      let flags = u16(local, 6) & ~0x0008
      put16(&local, 6, flags)
      put16(&header, 8, flags)
      let crc: UInt32
      let size: Int
      let data: [ArraySlice<UInt8>]
      if let make = replacing[e.name] {
        let new = try make(try e.uncompressed(bytes, path: path))
        data = new.pieces.map { $0[...] }
        size = new.uncompressedSize
        crc = UInt32(truncatingIfNeeded: new.crc)
        put16(&local, 8, 8)
        put16(&header, 10, 8)
      } else {
        data = [bytes[e.dataOffset..<(e.dataOffset + e.compressedSize)]]
        size = e.uncompressedSize
        crc = e.crc
      }
      let compressed = data.reduce(0) { $0 + $1.count }
      guard offset + local.count + compressed <= 0xFFFF_FFFF, size <= 0xFFFF_FFFF else {
        throw XLSXError.creatingFile("\(path): \(e.name) is too large for a zip without zip64")
      }
      put32(&local, 14, crc)
      put32(&local, 18, UInt32(compressed))
      put32(&local, 22, UInt32(size))
      put32(&header, 16, crc)
      put32(&header, 20, UInt32(compressed))
      put32(&header, 24, UInt32(size))
      put32(&header, 42, UInt32(offset))
      central += header
      parts.append(local[...])
      parts += data
      offset += local.count + compressed
    }
    for name in replacing.keys where !entries.entries.contains(where: { $0.name == name }) {
      throw XLSXError.creatingFile("\(path): no \(name) to replace")
    }
    var end = Array(bytes[entries.endRecord...])
    put32(&end, 12, UInt32(central.count))
    put32(&end, 16, UInt32(offset))
    parts.append((central + end)[...])
    try write(path, parts)
  }

  // MARK: Reading

  struct Entry {
    var name: String
    var centralHeader: [UInt8]
    var method: UInt16
    var crc: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var localOffset: Int
    var dataOffset: Int

    func uncompressed(_ bytes: [UInt8], path: String) throws -> [UInt8] {
      let data = Array(bytes[dataOffset..<(dataOffset + compressedSize)])
      if method == 0 { return data }
      guard method == 8, let plain = DeflateStream.inflate(data, expectedSize: uncompressedSize) else {
        throw XLSXError.creatingFile("\(path): cannot read back \(name)")
      }
      return plain
    }
  }

  static func centralDirectory(_ b: [UInt8], path: String) throws -> (entries: [Entry], endRecord: Int) {
    let bad = XLSXError.creatingFile("\(path): not a zip libxlsxwriter wrote")
    // The end record is 22 bytes plus a comment of at most 65,535.
    guard b.count >= 22 else { throw bad }
    var end = b.count - 22
    while end >= max(0, b.count - 22 - 0xFFFF), u32(b, end) != 0x0605_4B50 { end -= 1 }
    guard end >= 0, u32(b, end) == 0x0605_4B50 else { throw bad }
    let count = Int(u16(b, end + 10))
    var p = Int(u32(b, end + 16))
    guard count != 0xFFFF, p != 0xFFFF_FFFF else { throw bad }
    var entries: [Entry] = []
    for _ in 0..<count {
      guard p + 46 <= end, u32(b, p) == 0x0201_4B50 else { throw bad }
      let nameLength = Int(u16(b, p + 28))
      let headerLength = 46 + nameLength + Int(u16(b, p + 30)) + Int(u16(b, p + 32))
      let local = Int(u32(b, p + 42))
      guard p + headerLength <= end, local + 30 <= b.count, u32(b, local) == 0x0403_4B50,
        u16(b, p + 8) & 0x0001 == 0
      else { throw bad }
      let data = local + 30 + Int(u16(b, local + 26)) + Int(u16(b, local + 28))
      let e = Entry(
        name: String(decoding: b[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self),
        centralHeader: Array(b[p..<(p + headerLength)]), method: u16(b, p + 10), crc: u32(b, p + 16),
        compressedSize: Int(u32(b, p + 20)), uncompressedSize: Int(u32(b, p + 24)),
        localOffset: local, dataOffset: data)
      guard e.compressedSize != 0xFFFF_FFFF, e.uncompressedSize != 0xFFFF_FFFF,
        data + e.compressedSize <= b.count
      else { throw bad }
      entries.append(e)
      p += headerLength
    }
    return (entries, end)
  }

  // MARK: Bytes

  static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
  static func u32(_ b: [UInt8], _ i: Int) -> UInt32 { UInt32(u16(b, i)) | UInt32(u16(b, i + 2)) << 16 }
  static func put16(_ b: inout [UInt8], _ i: Int, _ v: UInt16) {
    b[i] = UInt8(v & 0xFF)
    b[i + 1] = UInt8(v >> 8)
  }
  static func put32(_ b: inout [UInt8], _ i: Int, _ v: UInt32) {
    put16(&b, i, UInt16(v & 0xFFFF))
    put16(&b, i + 2, UInt16(v >> 16))
  }

  // MARK: Files

  static func read(_ path: String) throws -> [UInt8] {
    guard let f = fopen(path, "rb") else { throw XLSXError.creatingFile("reading back \(path)") }
    defer { fclose(f) }
    var out: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
      if n == 0 { break }
      out += buffer[0..<n]
    }
    guard ferror(f) == 0 else { throw XLSXError.creatingFile("reading back \(path)") }
    return out
  }

  /// Writes `parts` one after the other to a file beside `path`, and renames it over `path`.
  static func write(_ path: String, _ parts: [ArraySlice<UInt8>]) throws {
    let temporary = path + ".zip-splice"
    guard let f = fopen(temporary, "wb") else { throw XLSXError.creatingFile(temporary) }
    var ok = true
    for bytes in parts where ok && !bytes.isEmpty {
      ok = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) } == bytes.count
    }
    if fclose(f) != 0 { ok = false }
    guard ok, rename(temporary, path) == 0 else {
      unlink(temporary)
      throw XLSXError.creatingFile(path)
    }
  }
}
