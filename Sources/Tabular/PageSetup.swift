import XLSX

/// How every sheet prints: A4 landscape (wide tables), one page wide and as
/// many tall as needed, centred, margins close to those of Nghị định 30/2020
/// (wider on the left for binding), and "Trang n/N" in Times New Roman at the
/// bottom centre.
enum PageSetup {
  static let footer = "&C&\"Times New Roman,Regular\"&11Trang &P/&N"

  static func apply(to sheet: Worksheet) throws {
    sheet.setLandscape()
    sheet.setPaper(Worksheet.paperA4)
    sheet.fitToPages(wide: 1, tall: 0)
    sheet.centerHorizontally()
    sheet.setMargins(left: 0.8, right: 0.5, top: 0.6, bottom: 0.7)
    try sheet.setFooter(footer)
  }
}
