import Foundation
import TOMLKit

/// The definitions of all official tables (REPORTS.md T1–T6 and the charts).
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

  public static let tableIDs = ["T1", "T2", "T3", "T4", "T5", "T6", "charts", "tinh_hinh_gui"]

  public static let builtIn = ReportDefinitions(
    tables: [
      "T1": TableDefinition(
        sheet: "Biểu 01 - Khen thưởng", title: "TỔNG HỢP KẾT QUẢ KHEN THƯỞNG",
        subtitles: ["{ten_phong_trao}", "(Số liệu tính đến ngày {ngay})"],
        labels: [
          "stt": "STT", "unit": "Đơn vị", "total": "Tổng số", "sum": "Cộng", "of_which": "Trong đó (cá nhân)",
          "nu": "Nữ", "lao_dong_truc_tiep": "Lao động trực tiếp", "dan_toc_thieu_so": "Dân tộc thiểu số",
        ],
        breakdowns: ["nu", "lao_dong_truc_tiep", "dan_toc_thieu_so"]),
      "T2": TableDefinition(
        sheet: "Biểu 02 - Đề nghị", title: "TÌNH HÌNH ĐỀ NGHỊ KHEN THƯỞNG",
        subtitles: ["{ten_phong_trao}", "(Số liệu tính đến ngày {ngay})"],
        labels: [
          "stt": "STT", "unit": "Đơn vị", "total": "Tổng số đề nghị", "pending": "Chờ xử lý",
          "awarded": "Đã khen thưởng", "rejected": "Không đạt", "rate": "Tỷ lệ khen thưởng (%)",
        ]),
      "T3": TableDefinition(
        sheet: "Biểu 03 - Tham gia", title: "TÌNH HÌNH THAM GIA PHONG TRÀO THI ĐUA",
        subtitles: ["{ten_phong_trao}", "(Số liệu tính đến ngày {ngay})"],
        labels: [
          "stt": "STT", "cluster": "Cụm, khối thi đua", "units": "Số đơn vị",
          "registered": "Số đơn vị đăng ký", "registered_rate": "Tỷ lệ đăng ký (%)",
          "participants": "Số người tham gia", "nominating_units": "Số đơn vị có đề nghị",
          "nominations": "Số đề nghị", "awarded": "Số được khen thưởng",
        ]),
      "T4": TableDefinition(
        sheet: "Biểu 04 - Tiến độ", title: "TIẾN ĐỘ THỰC HIỆN THEO THÁNG",
        subtitles: ["{ten_phong_trao}", "(Từ tháng {thang_dau} đến tháng {thang_cuoi})"],
        labels: [
          "stt": "STT", "unit": "Đơn vị", "nominations": "Đề nghị khen thưởng", "month": "Tháng {mm}/{y}",
          "cumulative": "Lũy kế",
        ]),
      "T5": TableDefinition(
        sheet: "Biểu 05 - Danh sách", title: "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
        subtitles: ["{ten_phong_trao}", "(Tính đến ngày {ngay})"],
        labels: [
          "stt": "STT", "name": "Tên tập thể / Họ và tên", "position": "Chức vụ, đơn vị công tác",
          "unit": "Đơn vị đề nghị", "decision_no": "Số quyết định", "decision_date": "Ngày quyết định",
          "achievement": "Tóm tắt thành tích", "reporting_office": "Đơn vị báo cáo",
        ]),
      "T6": TableDefinition(
        sheet: "Biểu 06 - Kiểm tra", title: "KẾT QUẢ KIỂM TRA DỮ LIỆU",
        subtitles: ["{ten_phong_trao}", "(Kiểm tra ngày {ngay})"],
        labels: [
          "severity": "Mức độ", "kind": "Loại", "campaign": "Phong trào", "unit": "Đơn vị",
          "nomination": "Mã đề nghị", "message": "Nội dung", "location": "Vị trí",
          "none": "Không có cảnh báo nào.",
        ]),
      "tinh_hinh_gui": TableDefinition(
        sheet: "Tình hình gửi báo cáo", title: "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ",
        subtitles: ["{ten_phong_trao}", "(Số liệu tính đến ngày {ngay})"],
        labels: [
          "stt": "STT", "unit": "Đơn vị", "sent": "Đã gửi", "nominations": "Số đề nghị",
          "awarded": "Số được khen thưởng", "units": "Số đơn vị", "sent_units": "Số đã gửi",
        ]),
      "charts": TableDefinition(
        sheet: "Biểu đồ", title: "BIỂU ĐỒ KẾT QUẢ THI ĐUA, KHEN THƯỞNG", subtitles: ["{ten_phong_trao}"],
        labels: [
          "awards_by_cluster": "Số được khen thưởng theo cụm, khối thi đua", "cluster": "Cụm, khối",
          "count": "Số lượng", "by_month": "Số đề nghị khen thưởng theo tháng", "month": "Tháng",
          "nominations": "Số đề nghị",
        ]),
    ],
    common: [
      "total": "TỔNG CỘNG", "subtotal": "Cộng {ten_cum}",
      "date_line": "{dia_danh}, ngày {d} tháng {m} năm {y}", "prepared_by": "NGƯỜI LẬP BIỂU",
      "blank_place": "…………",
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
