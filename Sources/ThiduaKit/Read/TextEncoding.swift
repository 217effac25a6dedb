/// The encodings a data file may come in (DATA.md "How files are read").
public enum TextEncoding: String, Sendable {
  case utf8 = "UTF-8"
  case utf8BOM = "UTF-8 (BOM)"
  case utf16LE = "UTF-16LE"
  case utf16BE = "UTF-16BE"
  case windows1258 = "Windows-1258"
}
