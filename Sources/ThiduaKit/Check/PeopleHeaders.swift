/// DATA.md "Headers as people write them": the headers that units' lists and provincial
/// systems' templates use, per column of the contract. Matched folded (`Fold.key`), so
/// `Họ và tên`, `HỌ VÀ TÊN` and `Họ và\ntên` (a header cell with a line break) are one.
enum PeopleHeaders {
  static let ten = [
    "Họ và tên", "Họ tên", "Tên tập thể / cá nhân", "Tên tập thể/cá nhân/hộ gia đình",
    "Tên đơn vị / tập thể", "Tên tập thể / Họ và tên",
  ]
  static let chucVu = ["Chức vụ, đơn vị công tác", "Chức vụ, nơi công tác", "Chức danh"]
  static let doiTuong = ["Đối tượng", "Phân loại khen thưởng", "Loại đối tượng"]
  static let maHinhThuc = [
    "Mã hình thức khen thưởng", "Hình thức khen thưởng", "Hình thức",
    "Danh hiệu thi đua/Hình thức khen thưởng",
  ]
  static let thanhTich = ["Tóm tắt thành tích", "Thành tích", "Thành tích đạt được"]
  static let laoDongTrucTiep = ["Lao động trực tiếp", "Người lao động trực tiếp", "LĐTT"]
  static let ngayDeNghi = ["Ngày đề nghị", "Ngày trình"]
  static let soQuyetDinh = ["Số QĐ", "Số quyết định"]
  static let ngayQuyetDinh = ["Ngày QĐ", "Ngày quyết định"]
  static let tenDonVi = ["Tên đơn vị", "Đơn vị"]
  static let soNguoiThamGia = ["Số người tham gia", "Số người đăng ký"]

  /// Headers of a printed list's row numbers: ignored without a warning.
  static let rowNumber: Set<String> = ["stt", "tt", "so_tt"]
}
