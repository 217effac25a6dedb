import Core
import Tabular

/// Small documents shaped like the real reports (a two-level header, cluster
/// headings, subtotals, a grand total, Vietnamese text) for the renderer tests.
enum Samples {
  static let asOf = CalendarDay(year: 2025, month: 10, day: 31)!

  static let letterhead = Letterhead(
    issuer: ["UBND HUYỆN VĂN QUAN", "PHÒNG NỘI VỤ"], motto: motto,
    dateLine: "Văn Quan, ngày 31 tháng 10 năm 2025",
    preparedBy: ["NGƯỜI LẬP BIỂU", "Lê Thị Hoa"],
    signature: ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Hoàng Văn Nam"], pageNumber: "Trang {page}")

  /// The national motto as the report definitions give it (the renderer has none of its own).
  static let motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

  /// T1-like: STT, Đơn vị, an award group of two kinds, Tổng số group.
  static let awards = Table(
    sheetName: "T1 Khen thưởng",
    title: "TỔNG HỢP KẾT QUẢ KHEN THƯỞNG",
    subtitles: ["Phong trào thi đua \"Dân vận khéo\" năm 2025", "(Tính đến ngày 31/10/2025)"],
    columns: [
      Column(["STT"], kind: .text, isRowNumber: true),
      Column(["Đơn vị"], kind: .text),
      Column(["Bằng khen của Chủ tịch UBND tỉnh", "Tập thể"], kind: .integer),
      Column(["Bằng khen của Chủ tịch UBND tỉnh", "Cá nhân"], kind: .integer),
      Column(["Tổng số", "Tập thể"], kind: .integer),
      Column(["Tổng số", "Cá nhân"], kind: .integer),
      Column(["Tỷ lệ (%)"], kind: .decimal),
      Column(["Ngày quyết định"], kind: .date),
    ],
    rows: [
      Row(.heading, [.text("I"), .text("Cụm thi đua số 1"), .empty, .empty, .empty, .empty, .empty, .empty]),
      Row(
        .data,
        [
          .text("1"), .text("Xã Tân Đoàn"), .integer(2), .integer(0), .integer(2), .integer(0),
          .decimal(66.666, places: 1), .date(CalendarDay(year: 2025, month: 6, day: 15)!),
        ]),
      Row(
        .data,
        [
          .text("2"), .text("Thị trấn Văn Quan"), .integer(0), .integer(3), .integer(0), .integer(3),
          .empty, .empty,
        ]),
      Row(
        .subtotal,
        [
          .empty, .text("Cộng cụm 1"), .integer(2), .integer(3), .integer(2), .integer(3),
          .decimal(50, places: 1), .empty,
        ]),
      Row(
        .total,
        [
          .empty, .text("TỔNG CỘNG"), .integer(2), .integer(3), .integer(2), .integer(3),
          .decimal(50, places: 1), .empty,
        ]),
    ],
    notes: ["Ghi chú: số liệu tính theo ngày quyết định."])

  static let list = Table(
    sheetName: "T5 Danh sách",
    title: "DANH SÁCH KHEN THƯỞNG",
    columns: [
      Column(["STT"], kind: .text, isRowNumber: true),
      Column(["Họ và tên"], kind: .text),
      Column(["Tóm tắt thành tích"], kind: .longText),
    ],
    rows: [
      Row(
        .data,
        [
          .text("1"), .text("Nông Thị Ánh"),
          .text(String(repeating: "Hoàn thành xuất sắc nhiệm vụ được giao, ", count: 8)),
        ]),
      Row(.data, [.text("2"), .text("=HYPERLINK(\"x\")"), .text("-5 điểm")]),
    ])

  static let charts = ChartSheet(
    sheetName: "Biểu đồ",
    title: "BIỂU ĐỒ",
    charts: [
      Chart(
        kind: .clusteredColumn, title: "Khen thưởng theo cụm", categoryTitle: "Cụm", valueTitle: "Số lượng",
        categories: ["Cụm 1", "Cụm 2"],
        series: [.init(name: "Tập thể", values: [2, 1]), .init(name: "Cá nhân", values: [3, 4])]),
      Chart(
        kind: .line, title: "Đề nghị theo tháng", categoryTitle: "Tháng", valueTitle: "Số đề nghị",
        categories: ["06/2025", "07/2025", "08/2025"],
        series: [.init(name: "Đề nghị", values: [1, 4, 2])]),
    ])

  static let document = WorkbookDocument(
    sheets: [.table(awards), .table(list), .charts(charts)], letterhead: letterhead, documentDate: asOf,
    documentTitle: "Tổng kết phong trào", author: "Phòng Nội vụ")
}
