/// The messages for a workbook that cannot be read (DATA.md "Spreadsheets": the file named,
/// and what to do). Each is a `Diagnostic` of kind `.invalidWorkbook`: a data problem the
/// clerk fixes by saving the file again (exit 1), not a system failure.
enum WorkbookError {
  static func make(_ file: String, _ message: String) -> Diagnostic {
    Diagnostic(.error, .invalidWorkbook, file: file, message)
  }

  static func oldExcel(_ file: String) -> Diagnostic {
    make(
      file,
      "tệp \(file) là bảng tính Excel 97-2003 (.xls), không phải .xlsx; hãy mở bằng Excel hoặc LibreOffice "
        + "và lưu lại dạng .xlsx (Excel Workbook)")
  }

  static func encrypted(_ file: String) -> Diagnostic {
    make(
      file,
      "tệp \(file) được đặt mật khẩu nên không đọc được; hãy mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > "
        + "Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, để trống) rồi lưu lại")
  }

  static func damaged(_ file: String, _ why: String) -> Diagnostic {
    make(
      file,
      "tệp \(file) bị hỏng hoặc bị cắt ngang (\(why)); hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng "
        + ".xlsx, hoặc lấy lại tệp gốc")
  }

  static func notWorkbook(_ file: String) -> Diagnostic {
    make(
      file,
      "tệp \(file) không phải bảng tính .xlsx; hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx")
  }

  static func refused(_ file: String, _ why: String) -> Diagnostic {
    make(file, "tệp \(file) bị từ chối vì không an toàn (\(why)); hãy mở bằng Excel và lưu lại dạng .xlsx")
  }
}
