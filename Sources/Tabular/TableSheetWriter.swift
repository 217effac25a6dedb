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
///    `dd/mm/yyyy`; text left-aligned and wrapped; the row-number column (`Column.isRowNumber`) centred;
///    empty cells bordered blanks;
/// 4. the notes, a blank row, the date line (italic) over the right part, then
///    the signature block: `preparedBy` on the left, `signature` on the right.
///
/// Column widths are estimated from content (`TextWidth`) and row heights from
/// how many lines wrapped text takes, since neither Excel nor libxlsxwriter 1.1.4
/// fits them. The header is frozen and repeated on every printed page; pages are
/// A4 landscape at the scale `PrintLayout` chooses from the widths (across
/// several pages, with STT and name repeated, when 8 pt does not fit one),
/// numbered from 1 on each sheet.
struct TableSheetWriter {
  let table: Table
  let letterhead: Letterhead
  let sheet: Worksheet
  let styles: XLSXStyles
  /// Where the non-data cells go: in row order on a streamed sheet.
  private let cells: RowOrderWriter

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

  private var columnCount: Int { max(1, table.columns.count) }

  func write() throws {
    let natural = columnWidths()
    let repeated = repeatedColumns
    // The letterhead, titles and signatures lie over the first page's columns (all
    // of them for a table one page wide); on a table running across pages, over
    // those right of the repeated STT and name columns, which would otherwise print
    // a cut piece of them on every later page. Then those columns widen to hold them.
    let span0 = PrintLayout(widths: natural, repeat: repeated).textSpan
    var blocks = LetterheadBlocks(widths: Array(natural[span0]), from: span0.lowerBound)
    let widths = widen(natural, blocks: blocks, span: span0)
    let layout = PrintLayout(widths: widths, repeat: repeated)
    let span = layout.textSpan
    if span != span0 { blocks = LetterheadBlocks(widths: Array(widths[span]), from: span.lowerBound) }
    for (j, w) in widths.enumerated() { try sheet.setColumnWidth(w, first: j) }

    var row = try around.writeTop(blocks: blocks)
    row = try writeTitles(at: row, span: span, widths: widths)
    let headerTop = row
    let layoutHeader = HeaderLayout(columns: table.columns)
    try writeHeader(layoutHeader, top: headerTop, widths: widths)
    row = headerTop + layoutHeader.depth
    try cells.flush()
    let top = row
    var body = BodyHeights(keep: endsWithTotals)
    row = try writeRows(at: row, widths: widths, heights: &body)
    let lastRow = try writeFooterBlock(at: row, blocks: blocks, span: span, widths: widths)
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

  private func writeHeader(_ layout: HeaderLayout, top: Int, widths: [Double]) throws {
    let style = CellStyle(
      points: TableSheetWriter.tablePoints, bold: true, align: .center, wrap: true, border: true)
    let format = try styles.format(style)
    // Lines each header row needs; a block spanning rows spreads its need over them.
    var lines = Array(repeating: 1, count: layout.depth)
    for b in layout.blocks {
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

  private func writeRows(at top: Int, widths: [Double], heights body: inout BodyHeights) throws -> Int {
    var formats = BodyCellFormats(columns: columnCount, sttColumn: isSTT(table.columns.first), styles: styles)
    let out = try sheet.beginRows(at: top)
    let placed = FormulaText(top: top, rows: table.rows.startIndex..<table.rows.endIndex)
    for (i, r) in zip(table.rows.indices, table.rows) {
      let bold = r.kind != .data
      var lines = 1
      for j in 0..<columnCount {
        let cell = j < r.cells.count ? r.cells[j] : .empty
        if case .formula(let formula, let result) = cell {
          try writeFormula(formula, result: result, row: i, column: j, bold: bold, placed, out, &formats)
          continue
        }
        try write(cell, column: j, bold: bold, out, &formats)
        if case .text(let s) = cell {
          lines = max(
            lines,
            TextWidth.lineCount(s, width: widths[j] - 1, bold: bold, points: TableSheetWriter.tablePoints))
        }
      }
      let h = lines > 1 ? height(lines: lines, points: TableSheetWriter.tablePoints) : nil
      try out.endRow(height: h)
      if body.keep {
        body.heights.append(h ?? RowOrderWriter.defaultHeight)
        if r.kind == .data || r.kind == .heading { body.lastData = body.heights.count - 1 }
      }
    }
    out.finish()
    return out.row
  }

  private func write(
    _ cell: Cell, column j: Int, bold: Bool, _ out: RowBlockWriter, _ formats: inout BodyCellFormats
  )
    throws
  {
    switch cell {
    case .empty:
      try out.blank(column: j, format: formats.format(.empty, column: j, bold: bold))
    case .text(let s):
      try out.text(s, column: j, format: formats.format(.text, column: j, bold: bold))
    case .integer(let n):
      try out.number(Double(n), column: j, format: formats.format(.integer, column: j, bold: bold))
    case .decimal(let x, let places):
      try out.number(x, column: j, format: formats.decimal(places: places, bold: bold))
    case .exact(let d):
      try out.number(d.doubleValue, column: j, format: formats.decimal(places: Int(d.scale), bold: bold))
    case .date(let d):
      try out.number(d.excelSerial, column: j, format: formats.format(.date, column: j, bold: bold))
    case .formula(_, let result):
      try write(result, column: j, bold: bold, out, &formats)
    }
  }

  /// A formula cell with its result stored, formatted as its result would be
  /// (a blank rate as the rate's decimals); the result alone when the formula
  /// cannot be placed (`FormulaText`).
  private func writeFormula(
    _ formula: Formula, result: Cell, row: Int, column j: Int, bold: Bool, _ placed: FormulaText,
    _ out: RowBlockWriter, _ formats: inout BodyCellFormats
  ) throws {
    guard let text = placed.text(formula, row: row, column: j) else {
      return try write(result, column: j, bold: bold, out, &formats)
    }
    switch result.value {
    case .integer(let n):
      try out.formula(
        text, result: Double(n), column: j, format: formats.format(.integer, column: j, bold: bold))
    case .decimal(let x, let places):
      // Stored as the CSV shows it (ROUND's result, a sum's digits), not the binary fraction.
      let shown = Double(Cell.format(x, places: places)) ?? x
      try out.formula(text, result: shown, column: j, format: formats.decimal(places: places, bold: bold))
    case .exact(let d):
      try out.formula(
        text, result: d.doubleValue, column: j, format: formats.decimal(places: Int(d.scale), bold: bold))
    case .empty:
      let format: Format
      if case .percent(_, _, let places) = formula {
        format = try formats.decimal(places: places, bold: bold)
      } else {
        format = try formats.format(.empty, column: j, bold: bold)
      }
      try out.formula(text, textResult: "", column: j, format: format)
    case .text(let s):
      try out.formula(text, textResult: s, column: j, format: formats.format(.text, column: j, bold: bold))
    case .date(let d):
      try out.formula(
        text, result: d.excelSerial, column: j, format: formats.format(.date, column: j, bold: bold))
    case .formula:
      try write(result, column: j, bold: bold, out, &formats)
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

  private func height(lines: Int, points: Double) -> Double {
    Double(lines) * TextWidth.lineHeight(points: points) + 2
  }

  private func isSTT(_ column: Column?) -> Bool { column?.isRowNumber ?? false }

  /// Each column's width: `Column.width` when given, else fitted to its leaf
  /// header and its cells, within bounds that keep long text wrapping.
  /// (Before `widen` makes room for the letterhead.)
  func columnWidths() -> [Double] {
    guard !table.columns.isEmpty else { return [30] }
    let pts = TableSheetWriter.tablePoints
    let columns = Array(table.columns.enumerated())
    // Text columns are capped (40, 50; an STT column 8): once the data reaches the cap,
    // later rows cannot change the width, so the column is done — on a 283k-row list
    // that skips nearly every row. The rows are read in one pass for every column
    // still open: a long list's rows are made as they are read (`Rows`), and a pass per
    // column made T5's rows five times over.
    let caps = columns.map { j, column -> Double in
      if let w = column.width, w > 0 { return 0 }  // fixed: nothing to measure
      switch column.kind {
      case _ where j == 0 && isSTT(column): return 8
      case .text: return 40
      case .longText: return 50
      default: return .infinity
      }
    }
    var data = [Double](repeating: 0, count: columns.count)
    var open = columns.indices.filter { caps[$0] > 0 }
    for r in table.rows where !open.isEmpty {
      let bold = r.kind != .data
      open.removeAll { j in
        guard j < r.cells.count else { return false }
        let cell = r.cells[j].value
        switch cell {
        case .empty: return false
        case .date: data[j] = max(data[j], 11.5)
        case .integer(let n) where n >= 0:
          // Digits are all 1.0 wide (TextWidth): the width is the digit count.
          data[j] = max(data[j], TextWidth.digits(n, bold: bold, points: pts) + 1.5)
        default: data[j] = max(data[j], TextWidth.of(cell.plainText, bold: bold, points: pts) + 1.5)
        }
        return data[j] >= caps[j]
      }
    }
    return columns.map { j, column in
      if let w = column.width, w > 0 { return min(w, 255) }
      let title = column.title
      let word = TextWidth.longestWord(title, bold: true, points: pts) + 1.5
      let full = TextWidth.of(title, bold: true, points: pts) + 1.5
      let header = max(word, min(full, 14))
      let w: Double
      if j == 0 && isSTT(column) {
        w = min(max(word, data[j], 5), 8)
      } else {
        switch column.kind {
        case .integer, .decimal: w = max(header, data[j], 7)
        case .date: w = max(header, data[j], 12)
        case .text: w = min(max(header, data[j], 8), 40)
        case .longText: w = min(max(header, data[j], 20), 50)
        }
      }
      return (w * 2).rounded(.up) / 2
    }
  }

  /// Widens columns so the letterhead, date line and signatures fit on one
  /// line over their blocks; columns with a fixed width are left alone.
  private func widen(_ widths: [Double], blocks: LetterheadBlocks, span: ClosedRange<Int>) -> [Double] {
    var w = widths
    let bold = { (lines: [String]) in lines.map { TextWidth.of($0, bold: true) + 2 }.max() ?? 0 }
    let leftNeed = max(bold(letterhead.issuer), bold(letterhead.preparedBy))
    let rightNeed = max(
      bold(letterhead.motto), bold(letterhead.signature), TextWidth.of(letterhead.dateLine) + 2)
    let titleNeed = TextWidth.of(table.title, bold: true, points: TableSheetWriter.titlePoints) + 2
    if blocks.stacked {
      grow(&w, blocks.left, to: max(leftNeed, rightNeed))
      return w
    }
    grow(&w, blocks.left, to: leftNeed)
    grow(&w, blocks.right, to: rightNeed)
    // A title up to about a landscape page wide stays on one line.
    grow(&w, span, to: min(titleNeed, 120))
    return w
  }

  private func grow(_ w: inout [Double], _ block: ClosedRange<Int>, to need: Double) {
    let have = w[block].reduce(0, +)
    let free = block.filter { table.columns.indices.contains($0) ? table.columns[$0].width == nil : true }
    guard need > have, !free.isEmpty else { return }
    let add = ((need - have) / Double(free.count) * 2).rounded(.up) / 2
    for j in free { w[j] += add }
  }
}
