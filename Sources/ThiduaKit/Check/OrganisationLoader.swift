import Foundation
import TOMLKit

/// Reads `to_chuc.toml` (DATA.md): every key optional, unknown keys a warning,
/// a non-string value or invalid TOML an error naming the file and line.
enum OrganisationLoader {
  static let file = Schemas.organisationFile

  static let keys: [String: WritableKeyPath<Organisation, String>] = [
    "co_quan_chu_quan": \.governingBody,
    "co_quan_ban_hanh": \.issuingOffice,
    "dia_danh": \.place,
    "chuc_vu_nguoi_ky": \.signerTitle,
    "nguoi_ky": \.signer,
    "nguoi_lap_bieu": \.preparedBy,
  ]

  static func load(folder: String, diagnostics: inout [Diagnostic]) -> Organisation {
    var org = Organisation()
    let path = (folder as NSString).appendingPathComponent(file)
    guard FileManager.default.fileExists(atPath: path) else { return org }
    let text: String
    do {
      let bytes = try FileBytes.read(path: path, file: file)
      text = String(decoding: try TextDecoder.decode(bytes, file: file).utf8, as: UTF8.self)
    } catch let d as Diagnostic {
      diagnostics.append(d)
      return org
    } catch {
      diagnostics.append(Diagnostic(.error, .unreadableFile, file: file, "không đọc được tệp: \(error)"))
      return org
    }
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let e as TOMLParseError {
      diagnostics.append(
        Diagnostic(
          .error, .invalidTOML, file: file, line: e.source.begin.line,
          "tệp TOML không hợp lệ: \(e.description)"))
      return org
    } catch {
      diagnostics.append(Diagnostic(.error, .invalidTOML, file: file, "tệp TOML không hợp lệ: \(error)"))
      return org
    }
    for key in table.keys.sorted(by: { line(of: $0, in: text) < line(of: $1, in: text) }) {
      let at = line(of: key, in: text)
      guard let path = keys[key] else {
        diagnostics.append(
          Diagnostic(
            .warning, .unknownKey, file: file, line: at, column: key, "khóa không xác định, bị bỏ qua"))
        continue
      }
      guard let value = table[key]?.string else {
        diagnostics.append(
          Diagnostic(
            .error, .invalidValue, file: file, line: at, column: key, "giá trị phải là một chuỗi (\"…\")"))
        continue
      }
      org[keyPath: path] = value.precomposedStringWithCanonicalMapping
    }
    return org
  }

  /// The line where a top-level key is set: TOMLKit does not keep positions,
  /// so find `key =` (or `"key" =`) at the start of a line.
  static func line(of key: String, in text: String) -> Int {
    var n = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      n += 1
      let s = raw.drop { $0 == " " || $0 == "\t" }
      for form in [key, "\"\(key)\"", "'\(key)'"] where s.hasPrefix(form) {
        let rest = s.dropFirst(form.count).drop { $0 == " " || $0 == "\t" }
        if rest.hasPrefix("=") { return n }
      }
    }
    return n
  }
}
