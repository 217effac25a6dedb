import XLSX

/// Lays one `Table` out on a worksheet as an official Vietnamese appendix
/// ("phụ lục", "biểu tổng hợp"), top to bottom:
///
/// 1. letterhead (`LetterheadWriter`): the issuer lines over the left part of
///    the columns, the national motto over the right part;
/// 2. a blank row, the title (bold, 14 pt) and the subtitles (the first bold,
///    the rest italic), each merged across the table;
/// 3. a blank row, the header rows of `HeaderLayout` (bold, centred, wrapped,
///    bordered), then the rows: headings, subtotals and totals bold; integers
///    `0` and decimals `0.0…` right-aligned; dates real Excel dates shown
///    `dd/mm/yyyy`; text left-aligned and wrapped; the row-number column (`Column.isRowNumber`) and
///    columns of marks (`Column.isCentred`) centred;
///    empty cells bordered blanks;
/// 4. the notes, a blank row, the date line (italic) over the right part, then
///    the signature block: `preparedBy` on the left, `signature` on the right;
///    on a table running across pages, over the last band's columns
///    (`PrintLayout.lastBand`), so they print on the last page.
///
/// Column widths are estimated from content (`TextWidth`) and row heights from
/// how many lines wrapped text takes, since neither Excel nor libxlsxwriter 1.1.4
/// fits them. The header is frozen and repeated on every printed page; pages are
/// A4 landscape at the scale `PrintLayout` chooses from the widths (across
/// several pages, with STT and name repeated, when 8 pt does not fit one),
/// numbered from 1 on each sheet.
///
/// This file lays the sheet out around the table; the body rows are written in
/// `TableSheetWriter+Body`, the column widths chosen in `TableSheetWriter+Widths`.
struct TableSheetWriter {
  let table: Table
  let letterhead: Letterhead
  let sheet: Worksheet
  let styles: XLSXStyles
  /// Where the non-data cells go: in row order on a streamed sheet.
  let cells: RowOrderWriter

  init(table: Table, letterhead: Letterhead, sheet: Worksheet, styles: XLSXStyles) {
    self.table = table
    self.letterhead = letterhead
    self.sheet = sheet
    self.styles = styles
    cells = RowOrderWriter(sheet)
  }

  static let bodyPoints = 12.0
  static let tablePoints = 12.0
  static let titlePoints = 14.0
  static let signatureRoom = LetterheadWriter.signatureRoom

  var columnCount: Int { max(1, table.columns.count) }

  func write() throws {
    let natural = columnWidths()
    let repeated = repeatedColumns
    let layoutHeader = HeaderLayout(columns: table.columns)
    let groups = layoutHeader.groups
    // The letterhead and titles lie over the first page's columns (all of them for a
    // table one page wide); on a table running across pages, over those right of the
    // repeated STT and name columns, which would otherwise print a cut piece of them
    // on every later page, and the notes and signatures over the last band's columns,
    // so they print on the last page. Then those columns widen to hold them.
    let layout0 = PrintLayout(widths: natural, repeat: repeated, groups: groups)
    let span0 = layout0.textSpan
    var blocks = LetterheadBlocks(widths: Array(natural[span0]), from: span0.lowerBound)
    let foot0 = layout0.lastBand
    let needs = footerNeeds
    let footerBlocks = { (span: ClosedRange<Int>, widths: [Double]) in
      LetterheadBlocks(widths: Array(widths[span]), from: span.lowerBound, holding: needs.left, needs.right)
    }
    var footBlocks = foot0.map { footerBlocks($0, natural) }
    let widths = widen(natural, blocks: blocks, span: span0, footer: footBlocks)
    let layout = PrintLayout(widths: widths, repeat: repeated, groups: groups)
    let span = layout.textSpan
    if span != span0 { blocks = LetterheadBlocks(widths: Array(widths[span]), from: span.lowerBound) }
    let foot = layout.lastBand
    if foot != foot0 { footBlocks = foot.map { footerBlocks($0, widths) } }
    for (j, w) in widths.enumerated() { try sheet.setColumnWidth(w, first: j) }

    var row = try around.writeTop(blocks: blocks)
    row = try writeTitles(at: row, span: span, widths: widths)
    let headerTop = row
    try writeHeader(layoutHeader, top: headerTop, widths: widths, breaks: layout.columnBreaks)
    row = headerTop + layoutHeader.depth
    try cells.flush()
    let top = row
    var body = BodyHeights(keep: endsWithTotals)
    row = try writeRows(at: row, widths: widths, heights: &body)
    let lastRow = try writeFooterBlock(
      at: row, blocks: footBlocks ?? blocks, span: foot ?? span, widths: widths)
    try cells.flush()

    let header = headerTop...(headerTop + layoutHeader.depth - 1)
    sheet.freezePanes(row: headerTop + layoutHeader.depth, column: table.columns.count > 8 ? 2 : 0)
    try sheet.repeatRows(first: header.lowerBound, last: header.upperBound)
    try sheet.setPrintArea(firstRow: 0, firstColumn: 0, lastRow: lastRow, lastColumn: columnCount - 1)
    if let lastData = body.lastData {
      let heights = cells.heights(through: lastRow, body: body.heights, bodyTop: top)
      try sheet.setRowBreaks(layout.pageBreaks(heights: heights, header: header, lastData: top + lastData))
    }
    try PageSetup.apply(to: sheet, layout: layout, pageNumber: letterhead.pageNumber)
  }

  /// The body rows' heights, kept only for a table ending in total rows (the
  /// keep-together rule needs them; a long list does not keep them).
  struct BodyHeights {
    let keep: Bool
    var heights: [Double] = []
    /// The index (from the first body row) of the last data or heading row.
    var lastData: Int?
  }

  /// Whether the table's last row is a subtotal or total (T1–T4; not the lists).
  private var endsWithTotals: Bool {
    // A long list made when read never ends in totals (and reading its last row would make it once more).
    guard !table.rows.areMade, let last = table.rows.last else { return false }
    return last.kind == .subtotal || last.kind == .total
  }

  /// STT and the name column: the leading columns up to the first text column
  /// after STT, repeated at the left of each page of a table too wide for one.
  private var repeatedColumns: ClosedRange<Int>? {
    guard
      let name = table.columns.indices.first(where: { j in
        table.columns[j].kind == .text && !(j == 0 && isSTT(table.columns[j]))
      })
    else { return nil }
    return 0...name
  }

  // MARK: Letterhead and titles

  private func writeTitles(at top: Int, span all: ClosedRange<Int>, widths: [Double]) throws -> Int {
    var row = top
    let total = widths[all].reduce(0, +)
    if !table.title.isEmpty {
      let style = CellStyle(points: TableSheetWriter.titlePoints, bold: true, align: .center, wrap: true)
      try put(table.title, row: row, block: all, style: style)
      try fitHeight(row: row, text: table.title, width: total, style: style)
      row += 1
    }
    for (i, line) in table.subtitles.enumerated() {
      let style = CellStyle(
        points: TableSheetWriter.bodyPoints, bold: i == 0, italic: i > 0, align: .center, wrap: true)
      try put(line, row: row, block: all, style: style)
      try fitHeight(row: row, text: line, width: total, style: style)
      row += 1
    }
    return row == top ? top : row + 1
  }

  // MARK: The table

  /// The header blocks, cut at the column `breaks` (`HeaderLayout.blocks(cutAt:)`).
  private func writeHeader(_ layout: HeaderLayout, top: Int, widths: [Double], breaks: [Int]) throws {
    let style = CellStyle(
      points: TableSheetWriter.tablePoints, bold: true, align: .center, wrap: true, border: true)
    let format = try styles.format(style)
    // Lines each header row needs; a block spanning rows spreads its need over them.
    var lines = Array(repeating: 1, count: layout.depth)
    for b in layout.blocks(cutAt: breaks) {
      try cells.merge(
        b.label, firstRow: top + b.firstLevel, firstColumn: b.firstColumn,
        lastRow: top + b.lastLevel, lastColumn: b.lastColumn, format: format)
      let width = widths[b.firstColumn...b.lastColumn].reduce(0, +) - 1
      let need = TextWidth.lineCount(b.label, width: width, bold: true, points: style.points)
      let have = lines[b.firstLevel...b.lastLevel].reduce(0, +)
      if need > have { lines[b.lastLevel] += need - have }
    }
    for (level, n) in lines.enumerated() where n > 1 {
      try cells.setRowHeight(height(lines: n, points: style.points), row: top + level)
    }
  }

  // MARK: After the table

  /// Notes, date line and signatures; returns the last row used.
  private func writeFooterBlock(
    at top: Int, blocks: LetterheadBlocks, span: ClosedRange<Int>, widths: [Double]
  ) throws -> Int {
    var row = top
    var last = top - 1
    let total = widths[span].reduce(0, +)
    for note in table.notes {
      let style = CellStyle(points: TableSheetWriter.bodyPoints, italic: true, wrap: true)
      try put(note, row: row, block: span, style: style)
      try fitHeight(row: row, text: note, width: total, style: style)
      last = row
      row += 1
    }
    row += 1
    return max(last, try around.writeBottom(at: row, blocks: blocks), top - 1)
  }

  // MARK: Helpers

  /// Writes `text` merged over `block` of columns in one row.
  private func put(_ text: String, row: Int, block: ClosedRange<Int>, style: CellStyle) throws {
    try around.put(text, row: row, block: block, style: style)
  }

  private var around: LetterheadWriter {
    LetterheadWriter(
      letterhead: letterhead, cells: cells, styles: styles, points: TableSheetWriter.bodyPoints)
  }

  private func fitHeight(row: Int, text: String, width: Double, style: CellStyle) throws {
    let n = TextWidth.lineCount(text, width: width - 1, bold: style.bold, points: style.points)
    if n > 1 { try cells.setRowHeight(height(lines: n, points: style.points), row: row) }
  }

  func height(lines: Int, points: Double) -> Double {
    Double(lines) * TextWidth.lineHeight(points: points) + 2
  }

  func isSTT(_ column: Column?) -> Bool { column?.isRowNumber ?? false }
}
