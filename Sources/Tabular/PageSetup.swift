import XLSX

/// How every sheet prints: A4 landscape, at the scale `PrintLayout` chose
/// from the table's widths (a chart sheet: one page wide), centred, margins
/// close to those of Nghị định 30/2020 (wider on the left for binding), and
/// "Trang n" in Times New Roman at the bottom centre, numbered from 1 on each
/// sheet (the start page is set, so printing or converting the whole workbook
/// at once numbers each sheet's pages anew; "of N" is left out, since
/// applications count N over the whole workbook).
enum PageSetup {
  static let footer = "&C&\"Times New Roman,Regular\"&11Trang &P"

  static func apply(to sheet: Worksheet, layout: PrintLayout? = nil) throws {
    sheet.setLandscape()
    sheet.setPaper(Worksheet.paperA4)
    if let layout {
      sheet.setPrintScale(layout.scale)
      if let columns = layout.repeatedColumns {
        try sheet.repeatColumns(first: columns.lowerBound, last: columns.upperBound)
      }
    } else {
      sheet.fitToPages(wide: 1, tall: 0)
    }
    sheet.setStartPage(1)
    sheet.centerHorizontally()
    sheet.setMargins(left: 0.8, right: 0.5, top: 0.6, bottom: 0.7)
    try sheet.setFooter(footer)
  }
}
