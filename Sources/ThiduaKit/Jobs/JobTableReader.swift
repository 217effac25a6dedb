import Core
import Foundation
import TOMLKit

/// Checks one `[[job]]` table key by key, collecting every mistake with the
/// line of its key (or of the `[[job]]` header for a missing key).
struct JobTableReader {
  let table: TOMLTable
  let lines: TOMLLines
  /// The `[[job]]` header line, and the last line before the next job.
  let start: Int
  let end: Int
  let base: URL
  let file: String
  var mistakes: [Diagnostic] = []

  init(table: TOMLTable, lines: TOMLLines, start: Int, end: Int, base: URL, file: String) {
    self.table = table
    self.lines = lines
    self.start = start
    self.end = end
    self.base = base
    self.file = file
  }

  func lineOf(_ key: String) -> Int { lines.line(of: key, from: start, to: end) ?? start }

  mutating func mistake(_ key: String, _ message: String, _ kind: Diagnostic.Kind = .invalidValue) {
    mistakes.append(Diagnostic(.error, kind, file: file, line: lineOf(key), column: key, message))
  }

  /// The job, or nil when a mistake was found (they are in `mistakes`).
  mutating func read() -> Job? {
    let before = mistakes.count
    for key in table.keys.sorted() where !JobsFile.keys.contains(key) {
      mistake(
        key, "khóa không xác định (dùng: \(JobsFile.keys.joined(separator: ", ")))", .unknownKey)
    }
    let name = requiredString("name")
    if let name, name.trimmingCharacters(in: .whitespaces).isEmpty {
      mistake("name", "tên việc không được để trống")
    }
    let data = requiredString("data").map(path)
    let out = requiredString("out").map(path)
    let campaigns = readCampaigns()
    let asOf = readAsOf()
    var zone = Job.defaultTimeZone
    if let z = string("time_zone") {
      if TimeZone(identifier: z) == nil {
        mistake("time_zone", "múi giờ không xác định: \"\(z)\" (ví dụ \"Asia/Ho_Chi_Minh\")")
      } else {
        zone = z
      }
    }
    var pattern = NamePattern.standard
    if let p = string("name_pattern") {
      do {
        pattern = try NamePattern(p)
      } catch {
        mistake("name_pattern", "\(error)")
      }
    }
    if let campaigns, campaigns.mayChooseSeveral, !pattern.usesCampaign {
      mistake(
        "name_pattern", "việc có thể xuất nhiều phong trào nên mẫu tên cần có {campaign}: \"\(pattern)\"")
    }
    var isRollup = false
    if let v = table["tong_hop"] {
      if let b = v.bool { isRollup = b } else { mistake("tong_hop", "cần true hoặc false, không phải \(v)") }
    }
    var rollup: Job.RollupJob?
    var tables: Set<ReportTable>? = Set(ReportTable.tables(of: .report))
    if isRollup {
      let from = requiredString("from").map(path)
      let chosen = readTables(of: .rollup)
      if let from, let chosen { rollup = Job.RollupJob(from: from, tables: chosen) }
    } else {
      if table["from"] != nil { mistake("from", "\"from\" chỉ dùng cho việc tổng hợp (tong_hop = true)") }
      tables = readTables(of: .report)
    }
    var keep: Int?
    if let v = table["keep"] {
      if let n = v.int, n >= 1 {
        keep = n
      } else {
        mistake("keep", "cần một số nguyên ≥ 1 (số bản xuất cũ được giữ lại), không phải \(v)")
      }
    }
    let reports = string("reports").map(path)
    guard mistakes.count == before, let name, let data, let out, let campaigns, let asOf, let tables else {
      return nil
    }
    return Job(
      name: name, data: data, campaigns: campaigns, asOf: asOf, timeZone: zone, out: out,
      namePattern: pattern,
      tables: tables, keep: keep, reports: reports, line: start, rollup: rollup)
  }

  /// An absolute path: relative ones resolve against the jobs file's folder.
  func path(_ p: String) -> String {
    URL(fileURLWithPath: p, relativeTo: base).standardizedFileURL.path
  }

  /// A string value, or nil (with a mistake when the key is there but not a string).
  mutating func string(_ key: String) -> String? {
    guard let v = table[key] else { return nil }
    guard let s = v.string else {
      mistake(key, "giá trị phải là một chuỗi (\"…\"), không phải \(v)")
      return nil
    }
    return s
  }

  mutating func requiredString(_ key: String) -> String? {
    guard table[key] != nil else {
      mistakes.append(
        Diagnostic(
          .error, .missingValue, file: file, line: start, column: key, "thiếu khóa bắt buộc \"\(key)\""))
      return nil
    }
    guard let s = string(key) else { return nil }
    if s.isEmpty { mistake(key, "không được để trống") }
    return s
  }

  /// `"active"` (default), `"all"`, or an array of campaign ids.
  mutating func readCampaigns() -> CampaignSelection? {
    guard let v = table["campaigns"] else { return .active }
    if let s = v.string {
      switch s.lowercased() {
      case "active", "dang-dien-ra": return .active
      case "all", "tat-ca": return .all
      default:
        mistake("campaigns", "cần \"active\", \"all\" hoặc một mảng mã phong trào, không phải \"\(s)\"")
        return nil
      }
    }
    guard let a = v.array, !a.isEmpty else {
      mistake("campaigns", "cần \"active\", \"all\" hoặc một mảng mã phong trào không rỗng")
      return nil
    }
    var ids: [String] = []
    for item in a {
      guard let s = item.string, !s.isEmpty else {
        mistake("campaigns", "mỗi mã phong trào phải là một chuỗi không rỗng, không phải \(item)")
        return nil
      }
      ids.append(s)
    }
    return .named(ids)
  }

  /// `today` (default), `end-of-last-month`, a date string, or a TOML date.
  mutating func readAsOf() -> AsOfRule? {
    guard let v = table["as_of"] else { return .today }
    if let d = v.date {
      guard let day = CalendarDay(year: d.year, month: d.month, day: d.day) else {
        mistake("as_of", "ngày không hợp lệ: \(v)")
        return nil
      }
      return .fixed(day)
    }
    guard let s = v.string else {
      mistake("as_of", "cần \"today\", \"end-of-last-month\" hoặc một ngày (yyyy-mm-dd, dd/mm/yyyy)")
      return nil
    }
    guard let rule = AsOfRule.parse(s) else {
      mistake(
        "as_of",
        "ngày chốt không hợp lệ: \"\(s)\" (cần \"today\", \"end-of-last-month\", yyyy-mm-dd hoặc dd/mm/yyyy)")
      return nil
    }
    return rule
  }

  /// The `tables` of a job writing `command`'s tables (a roll-up job: those of
  /// `thidua tong-hop`): an array of table names (`"T4"`, `"so-lieu"`…) or one string
  /// (`"all"`, `"T1,T2"`); default all.
  mutating func readTables(of command: ReportTable.Command) -> Set<ReportTable>? {
    guard let v = table["tables"] else { return Set(ReportTable.tables(of: command)) }
    var names: [String] = []
    if let s = v.string {
      names = s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    } else if let a = v.array {
      for item in a {
        guard let s = item.string else {
          mistake("tables", "mỗi tên biểu phải là một chuỗi, không phải \(item)")
          return nil
        }
        names.append(s)
      }
    } else {
      mistake("tables", "cần một mảng tên biểu, ví dụ [\"T4\", \"so-lieu\"]")
      return nil
    }
    var out = Set<ReportTable>()
    var ok = true
    for n in names {
      guard let t = ReportTable.parseList(n, for: command) else {
        mistake(
          "tables",
          "không có biểu \"\(n)\" (dùng \(ReportTable.names(of: command, separator: ", ")) hoặc all)")
        ok = false
        continue
      }
      out.formUnion(t)
    }
    if ok && out.isEmpty { mistake("tables", "cần ít nhất một biểu") }
    return ok && !out.isEmpty ? out : nil
  }
}
