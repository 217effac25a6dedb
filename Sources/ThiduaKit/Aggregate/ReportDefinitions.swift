import Foundation
import TOMLKit

/// The definitions of all official tables (the tables of `ReportTable.allCases` and the charts).
///
/// `builtIn` is the standard form. `load(path:)` reads a TOML file with the
/// same structure (see `reports/tables.toml`) and overrides whatever it sets,
/// so an edited title changes the workbook with no rebuild.
public struct ReportDefinitions: Sendable, Equatable {
  public var tables: [String: TableDefinition]
  /// Words shared by every table (totals, date line…).
  public var common: [String: String]

  public func table(_ id: String) -> TableDefinition { tables[id] ?? ReportDefinitions.builtIn.tables[id]! }
  public func common(_ key: String) -> String { common[key] ?? ReportDefinitions.builtIn.common[key] ?? key }

  /// The tables with words in the definitions file: the registry's report tables, then the
  /// chart sheet, then the roll-up's own tables (`thidua tong-hop`), each by its words' key.
  public static let tableIDs =
    worded.filter { $0.isWritten(by: .report) }.map(\.wordsKey) + ["charts"]
    + worded.filter { !$0.isWritten(by: .report) }.map(\.wordsKey)
  private static let worded = ReportTable.allCases.filter { $0.words != nil }

  public static let builtIn = ReportDefinitions(
    tables: Dictionary(
      uniqueKeysWithValues: ReportTable.allCases.compactMap { t in t.words.map { (t.wordsKey, $0) } }
        + [("charts", ChartsBuilder.words)]),
    common: [
      "total": "TỔNG CỘNG", "subtotal": "Cộng {ten_cum}",
      "date_line": "{dia_danh}, ngày {d} tháng {m} năm {y}", "prepared_by": "NGƯỜI LẬP BIỂU",
      "blank_place": "…………",
      // Words the workbook writer shows on every sheet: it knows no language of its own.
      "motto": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
      "page_number": "Trang {page}",
      "unnamed_sheet": "Trang {n}",
    ])

  /// Reads a definitions file, overriding the built-in values it sets.
  /// Throws a `Diagnostic` naming the file (and line, for TOML syntax errors).
  public static func load(path: String) throws -> ReportDefinitions {
    let file = (path as NSString).lastPathComponent
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Diagnostic(.error, .unreadableFile, file: path, "không đọc được tệp định nghĩa biểu")
    }
    let root: TOMLTable
    do {
      root = try TOMLTable(string: String(decoding: data, as: UTF8.self))
    } catch let e as TOMLParseError {
      throw Diagnostic(
        .error, .invalidTOML, file: file, line: e.source.begin.line, "tệp TOML không hợp lệ: \(e.description)"
      )
    }
    var defs = builtIn
    func strings(_ v: TOMLValueConvertible?, _ what: String) throws -> [String]? {
      guard let v else { return nil }
      guard let a = v.array else {
        throw Diagnostic(.error, .invalidValue, file: file, column: what, "cần một mảng chuỗi")
      }
      return try a.map {
        guard let s = $0.string else {
          throw Diagnostic(.error, .invalidValue, file: file, column: what, "cần một mảng chuỗi")
        }
        return s
      }
    }
    if let common = root["common"]?.table {
      for (k, v) in common {
        guard let s = v.string else {
          throw Diagnostic(.error, .invalidValue, file: file, column: "common.\(k)", "giá trị phải là chuỗi")
        }
        defs.common[k] = s
      }
    }
    for id in tableIDs {
      guard let t = root[id]?.table else { continue }
      var d = defs.tables[id]!
      if let s = t["sheet"]?.string { d.sheet = s }
      if let s = t["title"]?.string { d.title = s }
      if let s = try strings(t["subtitles"], "\(id).subtitles") { d.subtitles = s }
      if let s = try strings(t["breakdowns"], "\(id).breakdowns") { d.breakdowns = s }
      if let labels = t["labels"]?.table {
        for (k, v) in labels {
          guard let s = v.string else {
            throw Diagnostic(
              .error, .invalidValue, file: file, column: "\(id).labels.\(k)", "giá trị phải là chuỗi")
          }
          d.labels[k] = s
        }
      }
      defs.tables[id] = d
    }
    return defs
  }

  /// Where to find the definitions when none is named: `$THIDUA_REPORTS`,
  /// then `reports/tables.toml` in the working folder, then beside the
  /// executable or any folder above it (a source checkout's `reports/`).
  public static func locate(executablePath: String?) -> String? {
    let fm = FileManager.default
    if let env = ProcessInfo.processInfo.environment["THIDUA_REPORTS"], !env.isEmpty {
      return env.hasSuffix(".toml") ? env : (env as NSString).appendingPathComponent("tables.toml")
    }
    var candidates = [(fm.currentDirectoryPath as NSString).appendingPathComponent("reports/tables.toml")]
    if let exe = executablePath {
      var dir = ((exe as NSString).resolvingSymlinksInPath as NSString).deletingLastPathComponent
      while dir != "/" && !dir.isEmpty {
        candidates.append((dir as NSString).appendingPathComponent("reports/tables.toml"))
        candidates.append((dir as NSString).appendingPathComponent("share/thidua/reports/tables.toml"))
        dir = (dir as NSString).deletingLastPathComponent
      }
    }
    return candidates.first { fm.fileExists(atPath: $0) }
  }
}
