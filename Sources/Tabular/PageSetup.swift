import XLSX

/// How every sheet prints: A4 landscape, at the scale `PrintLayout` chose
/// from the table's widths, centred, margins
/// close to those of Nghị định 30/2020 (wider on the left for binding), and
/// the page number (`Letterhead.pageNumber`, "Trang n") in Times New Roman at the bottom centre, numbered from 1 on each
/// sheet (the start page is set, so printing or converting the whole workbook
/// at once numbers each sheet's pages anew; "of N" is left out, since
/// applications count N over the whole workbook).
enum PageSetup {
  /// `pageNumber` as footer codes: `{page}` as `&P` (the page), a literal `&` doubled.
  static func pageCodes(_ pageNumber: String) -> String {
    pageNumber.replacingOccurrences(of: "&", with: "&&").replacingOccurrences(of: "{page}", with: "&P")
  }

  /// The report's footer: the page number centred in Times New Roman.
  static func footer(_ pageNumber: String) -> String {
    "&C&\"Times New Roman,Regular\"&11" + pageCodes(pageNumber)
  }

  static func apply(to sheet: Worksheet, layout: PrintLayout, pageNumber: String) throws {
    if let columns = layout.repeatedColumns {
      try sheet.repeatColumns(first: columns.lowerBound, last: columns.upperBound)
    }
    try sheet.setColumnBreaks(layout.columnBreaks)
    try apply(to: sheet, scale: layout.scale, pageNumber: pageNumber)
  }

  /// The chart sheet: its scale fits its pages' height as well.
  static func apply(to sheet: Worksheet, scale: Int, pageNumber: String) throws {
    sheet.setLandscape()
    sheet.setPaper(Worksheet.paperA4)
    sheet.setPrintScale(scale)
    sheet.setStartPage(1)
    sheet.centerHorizontally()
    sheet.setMargins(left: 0.8, right: 0.5, top: 0.6, bottom: 0.7)
    try sheet.setFooter(footer(pageNumber))
  }
}
