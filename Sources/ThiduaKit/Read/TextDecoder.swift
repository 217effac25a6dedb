/// Turns a file's bytes into UTF-8, detecting the encoding (never asked for).
///
/// API CONTRACT (implementation pending): BOM → UTF-8/UTF-16LE/UTF-16BE;
/// no BOM and valid UTF-8 → UTF-8; otherwise Windows-1258 through glibc iconv.
/// Throws a `Diagnostic` (kind `.unreadableFile` or `.invalidValue`) with the
/// line where decoding failed; NUL bytes in an 8-bit file are an error.
public enum TextDecoder {
  public static func decode(_ bytes: [UInt8], file: String) throws -> (utf8: [UInt8], encoding: TextEncoding) {
    fatalError("TextDecoder.decode: not implemented yet")
  }
}
