import Core
import Tabular

/// The fill-in workbook of each table of DATA.md (`init --xlsx`): the table's
/// columns in contract order under Vietnamese headers, its title, the
/// instruction row and the guide.
///
/// From an existing folder (`--from`), the tables that set the campaigns up
/// (campaigns, clusters, units, awards, registrations, quotas) come filled in
/// with its rows, so the new folder reads as it is and its checks (who has
/// registered, who has not sent a list) hold; the tables of what happens during
/// a campaign (nominations, monthly figures) are left to fill in, and offer its
/// ids in their drop-downs.
enum TableForms {
  /// The workbook's name: the CSV's with `.xlsx`.
  static func fileName(_ schema: FileSchema) -> String { baseName(schema) + ".xlsx" }

  static func baseName(_ schema: FileSchema) -> String {
    schema.file.hasSuffix(".csv") ? String(schema.file.dropLast(4)) : schema.file
  }

  static let titles: [String: (sheet: String, title: String, row: String)] = [
    Schemas.campaigns.file: ("Phong trào", "DANH SÁCH PHONG TRÀO THI ĐUA", "một phong trào, đợt thi đua"),
    Schemas.clusters.file: ("Cụm, khối", "DANH SÁCH CỤM, KHỐI THI ĐUA", "một cụm hoặc khối thi đua"),
    Schemas.units.file: ("Đơn vị", "DANH SÁCH ĐƠN VỊ", "một đơn vị, theo thứ tự trong biểu"),
    Schemas.registrations.file: ("Đăng ký", "ĐĂNG KÝ THI ĐUA", "đăng ký của một đơn vị trong một phong trào"),
    Schemas.nominations.file: (
      "Đề nghị", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "một tập thể, cá nhân hoặc hộ gia đình"
    ),
    Schemas.progress.file: (
      "Tiến độ", "SỐ LIỆU TIẾN ĐỘ THEO THÁNG", "số liệu một chỉ tiêu của một đơn vị trong một tháng"
    ),
    Schemas.awards.file: ("Hình thức", "DANH MỤC HÌNH THỨC KHEN THƯỞNG", "một hình thức khen thưởng"),
    Schemas.quotas.file: ("Chỉ tiêu", "CHỈ TIÊU SỐ LƯỢNG ĐỀ NGHỊ KHEN THƯỞNG", "một chỉ tiêu"),
  ]

  static func form(_ schema: FileSchema, lists: CodeLists, data: DataSet?) -> FillInForm {
    let t = titles[schema.file] ?? (baseName(schema), baseName(schema).uppercased(), "một bản ghi")
    let columns = schema.columns.map { FormColumns.column($0, file: schema.file, lists: lists) }
    let rows = data.map { prefilled(schema, $0) } ?? []
    var form = FillInForm(
      sheetName: t.sheet, titleLines: [t.title, "(Tệp \(fileName(schema)) của thư mục dữ liệu thidua)"],
      instruction: "-", columns: columns, rows: rows, blankRows: rows.isEmpty ? 20 : 5,
      guideLines: guideLines(schema), words: .builtIn)
    form.instruction =
      "Mỗi dòng là \(t.row), ghi từ dòng \(form.firstBodyRow + 1) trở xuống. Cột có dấu (*) là bắt buộc. "
      + "Ô có mũi tên: chọn trong danh sách. Ngày ghi dạng ngày/tháng/năm (15/06/2025). "
      + "Không đổi tên cột, không ghi gì khác vào giữa các dòng. Xem sheet \"\(FormWords.builtIn.guideSheet)\"."
    if !rows.isEmpty {
      form.instruction += " Các dòng đã có lấy từ thư mục dữ liệu cũ: sửa, thêm hoặc xóa tùy ý."
    }
    form.guideTables = guideTables(schema, lists: lists)
    return form
  }

  static func guideLines(_ schema: FileSchema) -> [String] {
    [
      "Tệp này là bảng \(schema.file) của thư mục dữ liệu, lưu dạng Excel (.xlsx). Chương trình thidua đọc "
        + "sheet đầu tiên có đủ các cột bắt buộc; dòng tiêu đề, dòng hướng dẫn phía trên và các dòng trống được bỏ qua.",
      "Giữ nguyên tên các cột (có thể thêm hay bỏ dấu (*)); không cần điền cột không bắt buộc. "
        + "Thư mục không được có đồng thời \(schema.file) và \(fileName(schema)).",
      "Ô ngày: ghi ngày/tháng/năm (15/06/2025) hoặc năm-tháng-ngày (2025-06-15). Ô có mũi tên là danh sách chọn; "
        + "giá trị chọn được ghi đúng như chương trình hiểu.",
    ]
  }

  /// The award catalogue beside the award codes, and the units beside their ids.
  static func guideTables(_ schema: FileSchema, lists: CodeLists) -> [(title: String, rows: [[String]])] {
    let names = Set(schema.columns.map(\.name))
    var tables: [(title: String, rows: [[String]])] = []
    if names.contains("ma_hinh_thuc"), schema.file != Schemas.awards.file {
      tables.append(("Danh mục hình thức khen thưởng: mã — tên", lists.awards.map { [$0.code, $0.name] }))
    }
    if lists.fromFolder, names.contains("ma_phong_trao"), schema.file != Schemas.campaigns.file {
      tables.append(("Danh sách phong trào: mã — tên", lists.campaigns.map { [$0.id, $0.name] }))
    }
    if lists.fromFolder, names.contains("ma_don_vi") || names.contains("truong_cum"),
      schema.file != Schemas.units.file
    {
      tables.append(("Danh sách đơn vị: mã — tên", lists.units.map { [$0.id, $0.name] }))
    }
    if lists.fromFolder, schema.file == Schemas.units.file {
      tables.append(("Danh sách cụm, khối: mã — tên", lists.clusters.map { [$0.id, $0.name] }))
    }
    return tables
  }

  /// The rows of a setting-up table in `data`, one cell per column of `schema`; nothing for the others.
  static func prefilled(_ schema: FileSchema, _ data: DataSet) -> [[Cell]] {
    var records: [[String: Cell]] = []
    func day(_ d: CalendarDay?) -> Cell { d.map(Cell.date) ?? .empty }
    switch schema.file {
    case Schemas.campaigns.file:
      records = data.campaigns.map {
        [
          "ma_phong_trao": .text($0.id), "ten_phong_trao": .text($0.name), "chu_de": .text($0.theme),
          "co_quan_phat_dong": .text($0.issuer), "so_ke_hoach": .text($0.planRef),
          "ngay_bat_dau": .date($0.start), "ngay_ket_thuc": .date($0.end), "han_de_nghi": day($0.deadline),
        ]
      }
    case Schemas.clusters.file:
      records = data.clusters.map {
        [
          "ma_cum": .text($0.id), "ten_cum": .text($0.name), "loai": .text($0.kind.label),
          "truong_cum": .text($0.leaderUnitID), "pho_cum": .text($0.deputyUnitID),
        ]
      }
    case Schemas.units.file:
      records = data.units.map {
        [
          "ma_don_vi": .text($0.id), "ten_don_vi": .text($0.name),
          "ma_cum": .text(data.clusters[$0.cluster].id),
          "loai_don_vi": .text($0.type), "cap": .text($0.level),
        ]
      }
    case Schemas.awards.file:
      records = data.catalogue.enumerated().map { i, a in
        [
          "ma_hinh_thuc": .text(a.code), "ten_hinh_thuc": .text(a.name), "cap": .text(a.level.label),
          "thu_tu": .integer(i + 1),
        ]
      }
    case Schemas.registrations.file:
      records = (data.registrations ?? []).map {
        [
          "ma_phong_trao": .text(data.campaigns[$0.campaign].id), "ma_don_vi": .text(data.units[$0.unit].id),
          "ngay_dang_ky": day($0.date), "so_nguoi_tham_gia": $0.participants.map(Cell.integer) ?? .empty,
          "noi_dung": .text($0.pledge),
        ]
      }
    case Schemas.quotas.file:
      func count(_ n: Int?) -> Cell { n.map(Cell.integer) ?? .empty }
      records = data.quotas.map {
        [
          "ma_phong_trao": .text(data.campaigns[$0.campaign].id),
          "ma_hinh_thuc": .text(data.catalogue[$0.award].code),
          "pham_vi": .text($0.scopeText), "toi_thieu_tap_the": count($0.minCollective),
          "toi_da_tap_the": count($0.maxCollective), "toi_thieu_ca_nhan": count($0.minIndividual),
          "toi_da_ca_nhan": count($0.maxIndividual),
        ]
      }
    default: return []
    }
    return records.map { r in
      schema.columns.map { c in
        let cell = r[c.name] ?? .empty
        if case .text(let s) = cell, s.isEmpty { return .empty }
        return cell
      }
    }
  }
}
