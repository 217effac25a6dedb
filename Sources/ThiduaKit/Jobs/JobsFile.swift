import Foundation
import TOMLKit

/// Reads and checks a jobs file (`thidua run JOBS.toml`). Every mistake is
/// collected, with its line, before any job runs: an operator editing the file
/// on a server fixes them all in one go instead of one per cron night.
public enum JobsFile {
  public static let keys = [
    "name", "data", "campaigns", "as_of", "time_zone", "out", "name_pattern", "tables", "keep", "reports",
    "tong_hop", "from",
  ]

  /// The jobs, or every mistake found (as `Diagnostic`s naming the file and line), sorted by line.
  public static func load(path: String) -> Result<[Job], JobsFileMistakes> {
    let file = (path as NSString).lastPathComponent
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
      return .failure(
        JobsFileMistakes([
          Diagnostic(.error, .unreadableFile, file: path, "đây là một thư mục, không phải tệp")
        ]))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(
        JobsFileMistakes([
          Diagnostic(.error, .unreadableFile, file: path, "không đọc được tệp danh sách việc")
        ]))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return .failure(
        JobsFileMistakes([Diagnostic(.error, .invalidTOML, file: file, "tệp không phải UTF-8")]))
    }
    let base = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
    return parse(text, file: file, base: base)
  }

  /// Checks the text of a jobs file; relative paths resolve against `base`.
  public static func parse(_ text: String, file: String, base: URL) -> Result<[Job], JobsFileMistakes> {
    let root: TOMLTable
    do {
      root = try TOMLTable(string: text)
    } catch let e as TOMLParseError {
      return .failure(
        JobsFileMistakes([
          Diagnostic(
            .error, .invalidTOML, file: file, line: e.source.begin.line,
            "tệp TOML không hợp lệ: \(e.description)")
        ]))
    } catch {
      return .failure(
        JobsFileMistakes([Diagnostic(.error, .invalidTOML, file: file, "tệp TOML không hợp lệ: \(error)")]))
    }
    let lines = TOMLLines(text)
    var mistakes: [Diagnostic] = []
    func mistake(_ line: Int?, _ key: String?, _ message: String, _ kind: Diagnostic.Kind = .invalidValue) {
      mistakes.append(Diagnostic(.error, kind, file: file, line: line, column: key, message))
    }
    for key in root.keys where key != "job" {
      mistake(lines.line(of: key), key, "khóa không xác định (chỉ dùng các bảng [[job]])", .unknownKey)
    }
    let headers = lines.headers("job")
    var jobs: [Job] = []
    guard let array = root["job"]?.array, !array.isEmpty else {
      if root["job"] == nil {
        mistake(nil, nil, "không có việc nào: cần ít nhất một bảng [[job]]", .missingValue)
      } else {
        mistake(lines.line(of: "job"), "job", "cần các bảng [[job]]")
      }
      return .failure(JobsFileMistakes(mistakes))
    }
    var names: [String: Int] = [:]
    for (i, value) in array.enumerated() {
      let start = i < headers.count ? headers[i] : (lines.line(of: "job") ?? 1)
      let end = i + 1 < headers.count ? headers[i + 1] - 1 : Int.max
      guard let table = value.table else {
        mistake(start, "job", "mỗi việc phải là một bảng [[job]]")
        continue
      }
      var reader = JobTableReader(table: table, lines: lines, start: start, end: end, base: base, file: file)
      if let job = reader.read() {
        if let first = names[job.name] {
          reader.mistakes.append(
            Diagnostic(
              .error, .duplicateID, file: file, line: reader.lineOf("name"), column: "name",
              "tên việc \"\(job.name)\" đã dùng cho việc ở dòng \(first)"))
        } else {
          names[job.name] = start
          jobs.append(job)
        }
      }
      mistakes += reader.mistakes
    }
    if !mistakes.isEmpty {
      return .failure(
        JobsFileMistakes(
          mistakes.enumerated().sorted {
            ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset)
          }.map(\.element)))
    }
    return .success(jobs)
  }
}
