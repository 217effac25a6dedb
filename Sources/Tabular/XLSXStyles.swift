import XLSX

/// Hands out one `XLSX.Format` per distinct `CellStyle` of a workbook.
///
/// Formats are created in the order styles are first asked for, and the
/// renderer asks in document order, so the style table of the file is the
/// same on every run.
final class XLSXStyles {
  private let workbook: Workbook
  private var made: [CellStyle: Format] = [:]

  init(workbook: Workbook) { self.workbook = workbook }

  func format(_ style: CellStyle) throws -> Format {
    if let f = made[style] { return f }
    let f = try workbook.addFormat()
      .fontName(CellStyle.fontName)
      .fontSize(style.points)
      .align(style.align)
      .verticalAlign(style.verticalAlign)
    if style.bold { f.bold() }
    if style.italic { f.italic() }
    if style.underline { f.underline() }
    if style.wrap { f.textWrap() }
    if style.border { f.thinBorder() }
    if let code = style.numberFormat { f.numberFormat(code) }
    made[style] = f
    return f
  }
}
