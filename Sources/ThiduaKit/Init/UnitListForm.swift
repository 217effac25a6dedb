import Tabular

/// The list a unit sends for one campaign (DATA.md "Lists sent by units"), as
/// `init --from` hands it out: `de_nghi/<ma_phong_trao>/<ma_don_vi>.xlsx`.
///
/// Shaped like the printed lists units already send: the unit and the campaign
/// in the title rows, heading rows `I. TẬP THỂ`, `II. CÁ NHÂN`, `III. HỘ GIA
/// ĐÌNH` that give each row its kind, the award by its name. The campaign, the
/// unit, the ids and the status come from the file's place (ids `<campaign>/<unit>/<n>`,
/// status `đề nghị`), so the unit writes none of them.
enum UnitListForm {
  /// Blank rows made ready under each heading; more are inserted inside the part.
  static let sectionRows: [NomineeKind: Int] = [.collective: 5, .individual: 15, .household: 5]

  /// The contract columns of a list, in order, after the row number.
  static let columns = [
    "ten", "chuc_vu", "gioi_tinh", "dan_toc", "lao_dong_truc_tiep", "ma_hinh_thuc", "ngay_de_nghi",
    "thanh_tich",
  ]

  static let headers: [String: String] = [
    "ten": "Tên tập thể / Họ và tên", "chuc_vu": "Chức vụ, đơn vị công tác",
    "ma_hinh_thuc": "Hình thức khen thưởng", "thanh_tich": "Tóm tắt thành tích",
  ]

  static func form(campaign: Campaign, unit: Unit, lists: CodeLists) -> FillInForm {
    let specs = Dictionary(uniqueKeysWithValues: Schemas.nominations.columns.map { ($0.name, $0) })
    var formColumns = [FormColumn("STT", kind: .rowNumber, width: 6)]
    for name in columns {
      guard var spec = specs[name] else { continue }
      spec.required = spec.required || name == "ngay_de_nghi"
      var c = FormColumns.column(spec, file: Schemas.nominations.file, lists: lists)
      if let h = headers[name] { c.header = h }
      switch name {
      case "ma_hinh_thuc":
        c.width = 30
        c.note = "Chọn tên hình thức khen thưởng trong danh sách."
        c.choices = FormColumn.Choices(
          name: "Hình thức khen thưởng", values: lists.awards.map(\.name), strict: true)
      case "ngay_de_nghi":
        c.note = "Ngày của tờ trình đề nghị, dạng ngày/tháng/năm, ví dụ 15/06/2025; ghi ở mọi dòng."
      case "thanh_tich": c.width = 36
      default: break
      }
      formColumns.append(c)
    }
    let sections = NomineeKind.allCases.enumerated().map { i, kind in
      FillInForm.Section(
        numeral: RomanNumeral.of(i + 1), heading: kind.label.uppercased(),
        rows: sectionRows[kind, default: 5])
    }
    let instruction =
      "Ghi mỗi tập thể, cá nhân, hộ gia đình một dòng, dưới đúng phần của mình (I. TẬP THỂ, II. CÁ NHÂN, "
      + "III. HỘ GIA ĐÌNH); thiếu dòng thì chèn thêm dòng ngay trong phần đó, phần không có ai thì để trống. "
      + "Cột có dấu (*) là bắt buộc; ô có mũi tên: chọn trong danh sách. Giữ nguyên tên tệp (mã đơn vị) "
      + "và tên các cột. Xem sheet \"\(FormWords.builtIn.guideSheet)\"."
    return FillInForm(
      sheetName: "Danh sách",
      titleLines: [
        "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", campaign.name, "Đơn vị đề nghị: \(unit.name)",
        "(Kèm theo Tờ trình số ........ ngày ..../..../........ của \(unit.name))",
      ],
      instruction: instruction, columns: formColumns, sections: sections,
      guideLines: [
        "Danh sách đề nghị khen thưởng của \(unit.name) (mã \(unit.id)) trong phong trào \(campaign.id): "
          + "\(campaign.name).",
        "Tệp gửi lại Phòng Nội vụ giữ nguyên tên \(unit.id).xlsx; Phòng Nội vụ đặt vào thư mục "
          + "de_nghi/\(campaign.id)/ của thư mục dữ liệu, chương trình thidua đọc thẳng, không cần chép lại.",
        "Loại đối tượng lấy theo phần (I. TẬP THỂ, II. CÁ NHÂN, III. HỘ GIA ĐÌNH); mã đề nghị, trạng thái do "
          + "chương trình tự ghi (đề nghị).",
      ],
      guideTables: [("Danh mục hình thức khen thưởng: mã — tên", lists.awards.map { [$0.code, $0.name] })],
      words: .builtIn)
  }
}
