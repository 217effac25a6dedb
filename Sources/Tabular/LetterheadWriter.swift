/// Writes what every sheet of the workbook carries around its content, the
/// same on a table sheet and on the chart sheet: the issuer and the national
/// motto on top, the date line and the signature block below.
///
/// The issuer lines sit over `blocks.left` (the governing body regular, the
/// issuing office — the last line — bold, as Nghị định 30/2020 sets them), the
/// motto over `blocks.right` (the first line bold capitals, the second bold and
/// underlined, standing in for the rule drawn under it on paper). Below: the
/// date line (italic) over the right block, `preparedBy` on the left and
/// `signature` on the right (`SignatureBlock`).
struct LetterheadWriter {
  let letterhead: Letterhead
  let cells: RowOrderWriter
  let styles: XLSXStyles
  let points: Double
  /// Rows left for a handwritten signature between capacity and name.
  static let signatureRoom = 4

  /// Writes the issuer and the motto from row 0; returns the first row after them and a blank row.
  func writeTop(blocks: LetterheadBlocks) throws -> Int {
    let issuer = letterhead.issuer
    let motto = letterhead.motto
    guard !issuer.isEmpty || !motto.isEmpty else { return 0 }
    let base = CellStyle(points: points, align: .center)
    for (i, line) in issuer.enumerated() {
      var style = base
      style.bold = issuer.count == 1 || i == issuer.count - 1
      try put(line, row: i, block: blocks.left, style: style)
    }
    let mottoTop = blocks.stacked ? issuer.count : 0
    for (i, line) in motto.enumerated() {
      var style = base
      style.bold = true
      style.underline = i == 1
      try put(line, row: mottoTop + i, block: blocks.right, style: style)
    }
    let used = blocks.stacked ? issuer.count + motto.count : max(issuer.count, motto.count)
    return used + 1
  }

  /// Writes the date line and the signatures from `top`; returns the last row used (`top - 1` for none).
  func writeBottom(at top: Int, blocks: LetterheadBlocks) throws -> Int {
    var row = top
    var last = top - 1
    if !letterhead.dateLine.isEmpty {
      let style = CellStyle(points: points, italic: true, align: .center)
      try put(letterhead.dateLine, row: row, block: blocks.right, style: style)
      last = row
      row += 1
    }
    let block = SignatureBlock(
      left: letterhead.preparedBy, right: letterhead.signature, room: LetterheadWriter.signatureRoom)
    for (i, line) in block.left.enumerated() where !line.text.isEmpty {
      try put(line.text, row: row + i, block: blocks.left, style: style(line))
      last = max(last, row + i)
    }
    let rightTop = blocks.stacked ? row + block.left.count + 1 : row
    for (i, line) in block.right.enumerated() where !line.text.isEmpty {
      try put(line.text, row: rightTop + i, block: blocks.right, style: style(line))
      last = max(last, rightTop + i)
    }
    return last
  }

  private func style(_ line: SignatureBlock.Line) -> CellStyle {
    CellStyle(points: points, bold: line.bold, italic: line.italic, align: .center)
  }

  /// Writes `text` merged over `block` of columns in one row.
  func put(_ text: String, row: Int, block: ClosedRange<Int>, style: CellStyle) throws {
    try cells.merge(
      text, firstRow: row, firstColumn: block.lowerBound, lastRow: row, lastColumn: block.upperBound,
      format: styles.format(style))
  }
}
