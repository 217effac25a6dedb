import Tabular

extension FormWords {
  /// The words of every workbook `init --xlsx` writes. The page number is the reports'
  /// (`page_number` of the built-in report definitions), so a form prints its pages as a
  /// report does.
  static let builtIn = FormWords(
    guideSheet: "Hướng dẫn", listsSheet: "DanhMuc", guideTitlePrefix: "HƯỚNG DẪN: ",
    guideHeader: ["STT", "Cột", "Bắt buộc", "Cách điền"], valuesPrefix: "Giá trị: ",
    pageNumber: ReportDefinitions.builtIn.common("page_number"),
    notAChoice: Alert(
      title: "Giá trị không hợp lệ", message: "Chọn một giá trị trong danh sách (bấm vào mũi tên bên phải ô)."
    ),
    notInList: Alert(
      title: "Không có trong danh mục",
      message: "Giá trị này không có trong danh mục. Chọn Yes (Có) để vẫn giữ, No (Không) để sửa lại."),
    notADate: Alert(
      title: "Ngày chưa đúng", message: "Ngày ghi dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 15/06/2025."),
    notAWholeNumber: Alert(title: "Cần một số nguyên", message: "Ghi một số nguyên không âm, ví dụ 25."),
    notANumber: Alert(title: "Cần một số", message: "Ghi một số không âm, ví dụ 12 hoặc 12,5."))
}
