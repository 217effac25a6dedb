import XLSX

/// How every sheet prints: A4 landscape, at the scale `PrintLayout` chose
/// from the table's widths, centred, margins
/// close to those of Nghị định 30/2020 (wider on the left for binding), and
/// "Trang n" in Times New Roman at the bottom centre, numbered from 1 on each
/// sheet (the start page is set, so printing or converting the whole workbook
/// at once numbers each sheet's pages anew; "of N" is left out, since
/// applications count N over the whole workbook).
enum PageSetup {
  static let footer = "&C&\"Times New Roman,Regular\"&11Trang &P"

  static func apply(to sheet: Worksheet, layout: PrintLayout) throws {
    if let columns = layout.repeatedColumns {
      try sheet.repeatColumns(first: columns.lowerBound, last: columns.upperBound)
    }
    try apply(to: sheet, scale: layout.scale)
  }

  /// The chart sheet: its scale fits its pages' height as well.
  static func apply(to sheet: Worksheet, scale: Int) throws {
    sheet.setLandscape()
    sheet.setPaper(Worksheet.paperA4)
    sheet.setPrintScale(scale)
    sheet.setStartPage(1)
    sheet.centerHorizontally()
    sheet.setMargins(left: 0.8, right: 0.5, top: 0.6, bottom: 0.7)
    try sheet.setFooter(footer)
  }
}
