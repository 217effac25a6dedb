import CXlsxWriter

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the fill-in templates need beyond the reports: data validation on a
/// block of cells and sheets that are there but not shown (the code lists the
/// drop-downs read from).
extension Worksheet {
  /// Applies `validation` to the block `firstRow...lastRow` × `firstColumn...lastColumn`
  /// (zero-based, inclusive). Titles longer than `DataValidation.maxTitle` or
  /// messages longer than `maxMessage` characters throw (Excel refuses the file otherwise).
  public func validate(
    _ validation: DataValidation, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int
  ) throws {
    try workbook.checkOpen("validate")
    for (r, c) in [(firstRow, firstColumn), (lastRow, lastColumn)] {
      guard (0..<Worksheet.maxRows).contains(r), (0..<Worksheet.maxColumns).contains(c) else {
        throw XLSXError(
          LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, context: "\(name): validate at row \(r), column \(c)")
      }
    }
    let ref =
      Worksheet.reference(row: firstRow, column: firstColumn) + ":"
      + Worksheet.reference(row: lastRow, column: lastColumn)
    for (text, limit) in [
      (validation.inputTitle, DataValidation.maxTitle), (validation.errorTitle, DataValidation.maxTitle),
      (validation.inputMessage, DataValidation.maxMessage),
      (validation.errorMessage, DataValidation.maxMessage),
    ] where text.count > limit {
      throw XLSXError(
        LXW_ERROR_PARAMETER_VALIDATION, context: "\(name)!\(ref): \"\(text)\" is over \(limit) characters")
    }
    var v = lxw_data_validation()
    v.error_type = Self.errorType(validation.alert)
    var formula = ""
    switch validation.rule {
    case .list(let source):
      v.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
      formula = source
    case .wholeNumber(let minimum):
      v.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
      v.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
      v.value_number = Double(minimum)
    case .decimal(let minimum):
      v.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
      v.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
      v.value_number = minimum
    case .date(let first, let last):
      v.validate = UInt8(LXW_VALIDATION_TYPE_DATE.rawValue)
      v.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
      v.minimum_datetime = lxw_datetime(year: Int32(first.0), month: Int32(first.1), day: Int32(first.2))
      v.maximum_datetime = lxw_datetime(year: Int32(last.0), month: Int32(last.1), day: Int32(last.2))
    case .any:
      v.validate = UInt8(LXW_VALIDATION_TYPE_ANY.rawValue)
    }
    let texts = [
      formula, validation.inputTitle, validation.inputMessage, validation.errorTitle,
      validation.errorMessage,
    ].map(XLSXText.plain)
    // libxlsxwriter copies every string into its own record, so the C strings
    // need live only for the call.
    let err = withCStrings(texts) { p -> lxw_error in
      if !texts[0].isEmpty { v.value_formula = p[0] }
      if !texts[1].isEmpty { v.input_title = p[1] }
      if !texts[2].isEmpty { v.input_message = p[2] }
      if !texts[3].isEmpty { v.error_title = p[3] }
      if !texts[4].isEmpty { v.error_message = p[4] }
      return worksheet_data_validation_range(
        handle, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow), lxw_col_t(lastColumn), &v)
    }
    try XLSXError.check(err, "\(name)!\(ref): data validation")
  }

  private static func errorType(_ alert: DataValidation.Alert) -> UInt8 {
    switch alert {
    case .stop: return UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
    case .warning: return UInt8(LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
    case .information: return UInt8(LXW_VALIDATION_ERROR_TYPE_INFORMATION.rawValue)
    }
  }

  /// The sheet stays in the file but its tab is not shown (Excel: Format › Hide).
  /// The first sheet, which Excel opens on, must stay visible.
  public func hide() {
    if !workbook.isClosed { worksheet_hide(handle) }
  }
}

extension lxw_datetime {
  fileprivate init(year: Int32, month: Int32, day: Int32) {
    self.init(year: year, month: month, day: day, hour: 0, min: 0, sec: 0)
  }
}

/// Calls `body` with a C copy of each of `strings`, freed when it returns.
private func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>]) -> R) -> R {
  let copies = strings.map { strdup($0)! }
  defer { for c in copies { free(c) } }
  return body(copies)
}
