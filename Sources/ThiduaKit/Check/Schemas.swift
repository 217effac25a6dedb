/// Every data file of DATA.md with its columns, in the order `init` writes them.
///
/// This is the single place the input contract's column names live: the
/// loader, `thidua init` and the tests all read it from here.
public enum Schemas {
  public static let campaigns = FileSchema(
    "phong_trao.csv", required: true,
    [
      ColumnSpec("ma_phong_trao", "campaign_id", required: true),
      ColumnSpec("ten_phong_trao", "name", required: true),
      ColumnSpec("chu_de", "theme"),
      ColumnSpec("co_quan_phat_dong", "issuer"),
      ColumnSpec("so_ke_hoach", "plan_ref"),
      ColumnSpec("ngay_bat_dau", "start_date", required: true),
      ColumnSpec("ngay_ket_thuc", "end_date", required: true),
      ColumnSpec("han_de_nghi", "nomination_deadline"),
    ])

  public static let clusters = FileSchema(
    "cum_khoi.csv", required: true,
    [
      ColumnSpec("ma_cum", "cluster_id", required: true),
      ColumnSpec("ten_cum", "cluster_name", required: true),
      ColumnSpec("loai", "kind", required: true),
      ColumnSpec("truong_cum", "leader_unit_id"),
      ColumnSpec("pho_cum", "deputy_unit_id"),
    ])

  public static let units = FileSchema(
    "don_vi.csv", required: true,
    [
      ColumnSpec("ma_don_vi", "unit_id", required: true),
      ColumnSpec("ten_don_vi", "unit_name", required: true, also: PeopleHeaders.tenDonVi),
      ColumnSpec("ma_cum", "cluster_id", required: true),
      ColumnSpec("loai_don_vi", "unit_type"),
      ColumnSpec("cap", "level"),
    ])

  public static let registrations = FileSchema(
    "dang_ky.csv", required: false,
    [
      ColumnSpec("ma_phong_trao", "campaign_id", required: true),
      ColumnSpec("ma_don_vi", "unit_id", required: true),
      ColumnSpec("ngay_dang_ky", "registered_on"),
      ColumnSpec("so_nguoi_tham_gia", "participants", also: PeopleHeaders.soNguoiThamGia),
      ColumnSpec("noi_dung", "pledge"),
    ])

  public static let nominations = FileSchema(
    "de_nghi.csv", required: true,
    [
      ColumnSpec("ma_de_nghi", "nomination_id", required: true),
      ColumnSpec("ma_phong_trao", "campaign_id", required: true),
      ColumnSpec("ma_don_vi", "unit_id", required: true),
      ColumnSpec("doi_tuong", "nominee_kind", required: true, also: PeopleHeaders.doiTuong),
      ColumnSpec("ten", "nominee", required: true, also: PeopleHeaders.ten),
      ColumnSpec("chuc_vu", "position", also: PeopleHeaders.chucVu),
      ColumnSpec("gioi_tinh", "gender"),
      ColumnSpec("nu", "female", isTemplateColumn: false),
      ColumnSpec("dan_toc", "ethnicity"),
      ColumnSpec("lao_dong_truc_tiep", "direct_worker", also: PeopleHeaders.laoDongTrucTiep),
      ColumnSpec("ma_hinh_thuc", "award_code", required: true, also: PeopleHeaders.maHinhThuc),
      ColumnSpec("trang_thai", "status", required: true),
      ColumnSpec("ngay_de_nghi", "submitted_on", required: true, also: PeopleHeaders.ngayDeNghi),
      ColumnSpec("so_quyet_dinh", "decision_no", also: PeopleHeaders.soQuyetDinh),
      ColumnSpec("ngay_quyet_dinh", "decision_date", also: PeopleHeaders.ngayQuyetDinh),
      ColumnSpec("thanh_tich", "achievement", also: PeopleHeaders.thanhTich),
    ])

  public static let progress = FileSchema(
    "tien_do.csv", required: false,
    [
      ColumnSpec("ma_phong_trao", "campaign_id", required: true),
      ColumnSpec("ma_don_vi", "unit_id", required: true),
      ColumnSpec("ky", "period", required: true),
      ColumnSpec("chi_tieu", "indicator", required: true),
      ColumnSpec("gia_tri", "value", required: true),
    ])

  public static let awards = FileSchema(
    "hinh_thuc.csv", required: false,
    [
      ColumnSpec("ma_hinh_thuc", "award_code", required: true),
      ColumnSpec("ten_hinh_thuc", "award_name", required: true),
      ColumnSpec("cap", "level", required: true),
      ColumnSpec("thu_tu", "order"),
    ])

  /// DATA.md gives no English aliases for the four limits; these are ours.
  public static let quotas = FileSchema(
    "chi_tieu.csv", required: false,
    [
      ColumnSpec("ma_phong_trao", "campaign_id", required: true),
      ColumnSpec("ma_hinh_thuc", "award_code", required: true, also: PeopleHeaders.maHinhThuc),
      ColumnSpec("pham_vi", "scope", required: true),
      ColumnSpec("toi_thieu_tap_the", "min_collective"),
      ColumnSpec("toi_da_tap_the", "max_collective"),
      ColumnSpec("toi_thieu_ca_nhan", "min_individual"),
      ColumnSpec("toi_da_ca_nhan", "max_individual"),
    ])

  /// A list sent by a unit (`de_nghi/<ma_phong_trao>/<unit>.xlsx|csv`, DATA.md "Lists sent
  /// by units"): the columns of `de_nghi.csv`, the campaign and unit taken from the path
  /// (a list that has those columns anyway must agree with it), the kind possibly from
  /// heading rows, the id, status and date possibly left out. The header row is the first
  /// that names `ten` and `ma_hinh_thuc`.
  public static let list = FileSchema(
    "de_nghi/<ma_phong_trao>/<đơn vị>", required: false,
    nominations.columns.map { spec in
      var s = spec
      s.required = spec.name == "ten" || spec.name == "ma_hinh_thuc"
      return s
    })

  /// `de_nghi/<ma_phong_trao>/tiep_nhan.csv`, the receipt register: a unit (by id, or by
  /// name in `ten_don_vi`), the day its letter came and the letter's number.
  public static let receipts = FileSchema(
    "tiep_nhan.csv", required: false,
    [
      ColumnSpec("ma_don_vi", "unit_id"),
      ColumnSpec("ten_don_vi", "unit_name", also: PeopleHeaders.tenDonVi),
      ColumnSpec("ngay_nhan", "received_on", required: true, also: ["Ngày nhận", "Ngày nhận hồ sơ"]),
      ColumnSpec("so_van_ban", "letter_no", also: ["Số văn bản", "Số công văn", "Số tờ trình"]),
    ])

  /// The CSV files in the order they are read and written by `init`.
  public static let all: [FileSchema] = [
    campaigns, clusters, units, registrations, nominations, progress, awards, quotas,
  ]

  public static let organisationFile = "to_chuc.toml"
}
