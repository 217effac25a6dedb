import Tabular

/// The columns of the fill-in workbooks: for each column of the contract
/// (`Schemas`), the Vietnamese header a clerk reads, the kind of value, the
/// width, the drop-down and the note.
///
/// Every header folds to its contract column (`Mã đơn vị` → `ma_don_vi`), or
/// is one of the headers DATA.md lists as "Headers as people write them"
/// (`ten`); a test reads each one back through the loader's header matching.
enum FormColumns {
  /// The header written for `column` of `file` (without the `(*)` of a required column).
  static func header(_ column: String, file: String) -> String {
    // `ten` is a collective's, a person's or a household's name: DATA.md's header for all three.
    column == "ten" ? "Tên tập thể / cá nhân / hộ gia đình" : labels[column] ?? column
  }

  static let labels: [String: String] = [
    "ma_phong_trao": "Mã phong trào", "ten_phong_trao": "Tên phong trào", "chu_de": "Chủ đề",
    "co_quan_phat_dong": "Cơ quan phát động", "so_ke_hoach": "Số kế hoạch", "ngay_bat_dau": "Ngày bắt đầu",
    "ngay_ket_thuc": "Ngày kết thúc", "han_de_nghi": "Hạn đề nghị", "ma_cum": "Mã cụm", "ten_cum": "Tên cụm",
    "loai": "Loại", "truong_cum": "Trưởng cụm", "pho_cum": "Phó cụm", "ma_don_vi": "Mã đơn vị",
    "ten_don_vi": "Tên đơn vị", "loai_don_vi": "Loại đơn vị", "cap": "Cấp", "ngay_dang_ky": "Ngày đăng ký",
    "so_nguoi_tham_gia": "Số người tham gia", "noi_dung": "Nội dung", "ma_de_nghi": "Mã đề nghị",
    "ten": "Tên",
    "doi_tuong": "Đối tượng", "chuc_vu": "Chức vụ", "gioi_tinh": "Giới tính", "dan_toc": "Dân tộc",
    "lao_dong_truc_tiep": "Lao động trực tiếp", "ma_hinh_thuc": "Mã hình thức", "trang_thai": "Trạng thái",
    "ngay_de_nghi": "Ngày đề nghị", "so_quyet_dinh": "Số quyết định", "ngay_quyet_dinh": "Ngày quyết định",
    "thanh_tich": "Thành tích", "ky": "Kỳ", "chi_tieu": "Chỉ tiêu", "gia_tri": "Giá trị",
    "ten_hinh_thuc": "Tên hình thức", "thu_tu": "Thứ tự", "pham_vi": "Phạm vi",
    "toi_thieu_tap_the": "Tối thiểu tập thể", "toi_da_tap_the": "Tối đa tập thể",
    "toi_thieu_ca_nhan": "Tối thiểu cá nhân", "toi_da_ca_nhan": "Tối đa cá nhân",
  ]

  /// The form column of `spec` in `file` (a file of `Schemas`).
  static func column(_ spec: ColumnSpec, file: String, lists: CodeLists) -> FormColumn {
    var c = FormColumn(header(spec.name, file: file), required: spec.required)
    let defines = definedID[file] == spec.name
    func ids(_ name: String, _ values: [String]) -> FormColumn.Choices? {
      lists.fromFolder && !defines ? FormColumn.Choices(name: name, values: values, strict: false) : nil
    }
    func fixed(_ name: String, _ values: [String]) -> FormColumn.Choices {
      FormColumn.Choices(name: name, values: values, strict: true)
    }
    func suggested(_ name: String, _ values: [String]) -> FormColumn.Choices {
      FormColumn.Choices(name: name, values: values, strict: false)
    }
    switch spec.name {
    case "ma_phong_trao":
      c.width = 16
      c.note =
        defines
        ? "Mã ngắn, không trùng, không có dấu / hay \\ (dùng làm tên thư mục kết quả), ví dụ NTM2025."
        : "Mã phong trào như trong phong_trao.xlsx."
      c.choices = ids("Mã phong trào", lists.campaigns.map(\.id))
    case "ten_phong_trao": (c.width, c.note) = (40, "Tên đầy đủ như trong kế hoạch phát động.")
    case "chu_de": (c.width, c.note) = (30, "Chủ đề (khẩu hiệu) thi đua, nếu có.")
    case "co_quan_phat_dong": (c.width, c.note) = (22, "Ví dụ: UBND huyện Văn Quan.")
    case "so_ke_hoach": (c.width, c.note) = (14, "Số kế hoạch phát động, ví dụ 11/KH-UBND.")
    case "ngay_bat_dau", "ngay_ket_thuc", "ngay_dang_ky", "ngay_de_nghi", "ngay_quyet_dinh", "han_de_nghi":
      (c.kind, c.width) = (.date, 13)
      c.note = dateNotes[spec.name, default: ""] + " Ghi dạng ngày/tháng/năm, ví dụ 15/06/2025."
    case "ma_cum":
      c.width = 14
      c.note =
        defines
        ? "Mã cụm hoặc khối, không trùng, ví dụ CUM-1."
        : "Mã cụm hoặc khối của đơn vị (trong cum_khoi.xlsx); mỗi đơn vị thuộc đúng một cụm hoặc khối."
      c.choices = ids("Mã cụm", lists.clusters.map(\.id))
    case "ten_cum": (c.width, c.note) = (34, "Tên cụm hoặc khối thi đua, ví dụ Cụm thi đua số 1.")
    case "loai":
      (c.width, c.note) = (10, "Cụm (các địa phương) hoặc Khối (các cơ quan cùng ngành).")
      c.choices = fixed("Loại cụm, khối", CodeLists.clusterKinds)
    case "truong_cum", "pho_cum":
      c.width = 17
      c.note = "Mã đơn vị \(spec.name == "truong_cum" ? "trưởng" : "phó") cụm, khối (nếu có)."
      c.choices = ids("Mã đơn vị", lists.units.map(\.id))
    case "ma_don_vi":
      c.width = 17
      c.note = defines ? "Mã đơn vị, không trùng, ví dụ XA-ANSON." : "Mã đơn vị như trong don_vi.xlsx."
      c.choices = ids("Mã đơn vị", lists.units.map(\.id))
    case "ten_don_vi": (c.width, c.note) = (34, "Tên đầy đủ, ví dụ UBND xã Tri Lễ.")
    case "loai_don_vi":
      c.width = 14
      c.note = "Tự ghi, ví dụ xã, thị trấn, cơ quan, trường học; chỉ tiêu theo loại đơn vị so theo cột này."
      c.choices = suggested("Loại đơn vị", lists.unitTypes)
    case "cap" where file == Schemas.awards.file:
      (c.width, c.note) = (12, "Cấp khen thưởng.")
      c.choices = fixed("Cấp khen thưởng", CodeLists.awardLevels)
    case "cap":
      (c.width, c.note) = (10, "Cấp của đơn vị: tỉnh, huyện, xã hoặc thôn.")
      c.choices = suggested("Cấp đơn vị", CodeLists.unitLevels)
    case "so_nguoi_tham_gia": (c.kind, c.width, c.note) = (.integer, 12, "Số người đăng ký tham gia.")
    case "noi_dung": (c.width, c.note) = (40, "Công trình, phần việc đăng ký thi đua.")
    case "ma_de_nghi": (c.width, c.note) = (14, "Mã không trùng trong cả tệp, ví dụ NTM-001.")
    case "doi_tuong":
      (c.width, c.note) = (14, "Tập thể, Cá nhân hoặc Hộ gia đình.")
      c.choices = fixed("Đối tượng", CodeLists.kinds)
    case "ten": (c.width, c.note) = (30, "Tên tập thể, họ và tên cá nhân, hoặc tên hộ gia đình.")
    case "chuc_vu": (c.width, c.note) = (30, "Với cá nhân: chức vụ, đơn vị công tác.")
    case "gioi_tinh":
      (c.width, c.note) = (10, "Chỉ với cá nhân: Nam hoặc Nữ.")
      c.choices = fixed("Giới tính", CodeLists.genders)
    case "dan_toc":
      (c.width, c.note) = (12, "Với cá nhân: dân tộc (Kinh, Tày, Nùng…); khác Kinh là dân tộc thiểu số.")
      c.choices = suggested("Dân tộc", CodeLists.ethnicities)
    case "lao_dong_truc_tiep":
      (c.width, c.note) = (12, "Có nếu là người lao động trực tiếp; bỏ trống là không.")
      c.choices = fixed("Có/Không", CodeLists.yesNo)
    case "ma_hinh_thuc" where !defines:
      (c.width, c.note) = (12, "Mã hình thức khen thưởng (xem danh mục ở sheet Hướng dẫn).")
      c.choices = suggested("Mã hình thức", lists.awards.map(\.code))
    case "ma_hinh_thuc": (c.width, c.note) = (12, "Mã hình thức, không trùng, ví dụ GKX.")
    case "ten_hinh_thuc": (c.width, c.note) = (40, "Tên hình thức, ví dụ Giấy khen của Chủ tịch UBND xã.")
    case "thu_tu": (c.kind, c.width, c.note) = (.integer, 8, "Thứ tự trong biểu: hình thức cao nhất ghi 1.")
    case "trang_thai":
      (c.width, c.note) = (16, "Đề nghị, Đang thẩm định, Đã khen thưởng hoặc Không đạt.")
      c.choices = fixed("Trạng thái", CodeLists.statuses)
    case "so_quyet_dinh": (c.width, c.note) = (16, "Khi đã khen thưởng: số quyết định, ví dụ 125/QĐ-UBND.")
    case "thanh_tich": (c.width, c.note) = (40, "Tóm tắt thành tích.")
    case "ky": (c.width, c.note) = (10, "Tháng báo cáo, dạng mm/yyyy, ví dụ 06/2025.")
    case "chi_tieu":
      (c.width, c.note) = (26, "Tên chỉ tiêu, ghi giống nhau ở mọi tháng, ví dụ Sáng kiến.")
      c.choices = suggested("Chỉ tiêu", lists.indicators)
    case "gia_tri": (c.kind, c.width, c.note) = (.decimal, 10, "Số đạt được trong tháng (không cộng dồn).")
    case "pham_vi":
      c.width = 14
      c.note = "Mã một đơn vị, một loại đơn vị (ví dụ xã), hoặc * cho mọi đơn vị."
      c.choices = suggested("Phạm vi", ["*"] + lists.unitTypes + lists.units.map(\.id))
    case "toi_thieu_tap_the", "toi_da_tap_the", "toi_thieu_ca_nhan", "toi_da_ca_nhan":
      (c.kind, c.width) = (.integer, 11)
      c.note = "Số đề nghị \(spec.name.hasPrefix("toi_thieu") ? "tối thiểu" : "tối đa") của mỗi đơn vị."
    default: c.width = 16
    }
    return c
  }

  /// The column each file defines its rows' ids in (no drop-down there: the ids are being made).
  static let definedID: [String: String] = [
    Schemas.campaigns.file: "ma_phong_trao", Schemas.clusters.file: "ma_cum", Schemas.units.file: "ma_don_vi",
    Schemas.awards.file: "ma_hinh_thuc",
  ]

  static let dateNotes: [String: String] = [
    "ngay_bat_dau": "Ngày bắt đầu phong trào.", "ngay_ket_thuc": "Ngày kết thúc phong trào.",
    "han_de_nghi": "Hạn cuối gửi đề nghị khen thưởng (nếu có).", "ngay_dang_ky": "Ngày đăng ký.",
    "ngay_de_nghi": "Ngày trình đề nghị.", "ngay_quyet_dinh": "Khi đã khen thưởng: ngày quyết định.",
  ]
}
