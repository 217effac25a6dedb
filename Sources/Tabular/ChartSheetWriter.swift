import XLSX

/// Lays a `ChartSheet` out like the other sheets of the appendix: the
/// letterhead, the title, then for each chart its caption, the chart, and
/// under it a small bordered table of the numbers it plots (categories down
/// the first column, one column per series); after the last, the date line and
/// the signature block.
///
/// Excel charts plot cells, not values, so the numbers must be on a sheet; on
/// the chart's own sheet, under the chart, the reader can check them. Every
/// chart has the same width (the width of the sheet's columns, which the
/// letterhead spans too) and the same left edge (column A), and each starts a
/// printed page: the second chart's block is put after a manual page break.
/// The print scale fits the taller page into A4 landscape (at most 100 %, at
/// least 73 %, where the charts' 11 pt axis numbers print at 8 pt). A chart with no categories or no series is
/// replaced by a line saying there is nothing to plot (libxlsxwriter refuses
/// an empty chart).
struct ChartSheetWriter {
  let chartSheet: ChartSheet
  let letterhead: Letterhead
  let sheet: Worksheet
  let styles: XLSXStyles
  let workbook: Workbook

  static let points = 12.0
  /// The charts' size in pixels (libxlsxwriter's default is 480 × 288): the
  /// width of the sheet's columns as Excel draws them, a third of an A4 page tall.
  static let chartHeight = 340.0
  /// Rows (of the default 20 px) a chart covers, and the sheet's printed width in points.
  static var chartRows: Int { Int((chartHeight / 20).rounded(.up)) + 1 }
  static let contentPoints = 720.0
  /// The charts' smallest text (axis numbers, 11 pt) prints at 8 pt from this scale on.
  static let minimumScale = 73

  func write() throws {
    let cells = RowOrderWriter(sheet)
    let widths = columnWidths()
    for (j, w) in widths.enumerated() { try sheet.setColumnWidth(w, first: j) }
    let blocks = LetterheadBlocks(widths: widths)
    let around = LetterheadWriter(
      letterhead: letterhead, cells: cells, styles: styles, points: ChartSheetWriter.points)
    var row = try around.writeTop(blocks: blocks)
    var heights: [Int: Double] = [:]
    if !chartSheet.title.isEmpty {
      let style = CellStyle(points: 14, bold: true, align: .center, wrap: true)
      try around.put(chartSheet.title, row: row, block: 0...(widths.count - 1), style: style)
      let lines = TextWidth.lineCount(
        chartSheet.title, width: widths.reduce(0, +) - 1, bold: true, points: 14)
      if lines > 1 {
        heights[row] = Double(lines) * TextWidth.lineHeight(points: 14) + 2
        try sheet.setRowHeight(heights[row]!, row: row)
      }
      row += 2
    }
    var breaks: [Int] = []
    var pageTops = [0]
    for (i, chart) in chartSheet.charts.enumerated() {
      if i > 0 {
        breaks.append(row)
        pageTops.append(row)
      }
      row = try write(chart, at: row, widths: widths, heights: &heights)
    }
    let last = try around.writeBottom(at: row + 1, blocks: blocks)
    try sheet.setRowBreaks(breaks)
    try sheet.setPrintArea(firstRow: 0, firstColumn: 0, lastRow: max(last, row), lastColumn: widths.count - 1)
    // The tallest page sets the scale: each chart's block, the first with the
    // letterhead, the last with the signatures.
    var tallest = 0.0
    for (k, top) in pageTops.enumerated() {
      let end = k + 1 < pageTops.count ? pageTops[k + 1] : max(last, row) + 1
      tallest = max(tallest, (top..<end).reduce(0.0) { $0 + (heights[$1] ?? RowOrderWriter.defaultHeight) })
    }
    let fit = Int((PrintLayout.pageHeight * PrintLayout.slack / max(tallest, 1) * 100).rounded(.down))
    let layout = PrintLayout(widths: widths, repeat: nil)
    try PageSetup.apply(
      to: sheet, scale: min(layout.scale, max(ChartSheetWriter.minimumScale, min(100, fit))),
      pageNumber: letterhead.pageNumber)
  }

  /// Writes one chart's block starting at `top`; returns the first row after it.
  private func write(_ chart: Chart, at top: Int, widths: [Double], heights: inout [Int: Double]) throws
    -> Int
  {
    let caption = CellStyle(points: ChartSheetWriter.points, bold: true)
    try sheet.write(chart.title, row: top, column: 0, format: styles.format(caption))
    guard !chart.categories.isEmpty, !chart.series.isEmpty else {
      let note = CellStyle(points: ChartSheetWriter.points, italic: true)
      try sheet.write(chartSheet.noData, row: top + 1, column: 0, format: styles.format(note))
      return top + 3
    }
    let plotTop = top + 1
    let headerRow = plotTop + ChartSheetWriter.chartRows
    let first = headerRow + 1
    let last = first + chart.categories.count - 1
    let header = CellStyle(
      points: ChartSheetWriter.points, bold: true, align: .center, wrap: true, border: true)
    try sheet.write(
      chart.categoryTitle, row: headerRow, column: 0,
      format: styles.format(header))
    var headerLines = 1
    for (i, s) in chart.series.enumerated() {
      try sheet.write(s.name, row: headerRow, column: i + 1, format: styles.format(header))
      headerLines = max(
        headerLines,
        TextWidth.lineCount(s.name, width: widths[i + 1] - 1, bold: true, points: ChartSheetWriter.points))
    }
    if headerLines > 1 {
      heights[headerRow] = Double(headerLines) * TextWidth.lineHeight(points: ChartSheetWriter.points) + 2
      try sheet.setRowHeight(heights[headerRow]!, row: headerRow)
    }
    let label = CellStyle(points: ChartSheetWriter.points, wrap: true, border: true)
    for (k, category) in chart.categories.enumerated() {
      try sheet.write(category, row: first + k, column: 0, format: styles.format(label))
      // A long cluster name wraps: give its row the lines it needs (Excel does not fit heights).
      let lines = TextWidth.lineCount(category, width: widths[0] - 1, points: ChartSheetWriter.points)
      if lines > 1 {
        heights[first + k] = Double(lines) * TextWidth.lineHeight(points: ChartSheetWriter.points) + 2
        try sheet.setRowHeight(heights[first + k]!, row: first + k)
      }
    }
    for (i, s) in chart.series.enumerated() {
      let whole = s.values.allSatisfy { $0.isFinite && $0 == $0.rounded() }
      let number = CellStyle(
        points: ChartSheetWriter.points, align: .right, border: true, numberFormat: whole ? "0" : "0.0")
      for k in chart.categories.indices {
        if k < s.values.count {
          try sheet.write(s.values[k], row: first + k, column: i + 1, format: styles.format(number))
        } else {
          try sheet.writeBlank(row: first + k, column: i + 1, format: styles.format(number))
        }
      }
    }
    let plot = try workbook.addChart(chart.kind == .line ? .line : .column)
    let name = sheet.name
    let categories = CellRange(sheet: name, firstRow: first, firstColumn: 0, lastRow: last, lastColumn: 0)
    for i in chart.series.indices {
      try plot.addSeries(
        categories: categories,
        values: CellRange(sheet: name, firstRow: first, firstColumn: i + 1, lastRow: last, lastColumn: i + 1),
        name: CellRange(sheet: name, row: headerRow, column: i + 1))
    }
    // Fonts one size up from libxlsxwriter's (axis numbers 11 pt): at the sheet's
    // scale (at least 73 %) they print at 8 pt or more. The value axis is left
    // untitled: its title prints turned on its side, and the chart's own title
    // already says what is counted.
    plot.setTitle(chart.title, font: CellStyle.fontName, size: 14)
    plot.setAxisTitles(category: chart.categoryTitle, value: "", font: CellStyle.fontName, size: 12)
    plot.setLegend(.bottom, font: CellStyle.fontName, size: 12)
    // Both charts: column A, the sheet's whole width (in Excel's pixels, 7w + 5 a column).
    let pixels = widths.reduce(0.0) { $0 + ($1 * 7 + 5).rounded(.down) }
    try sheet.insert(
      plot, row: plotTop, column: 0, xScale: pixels / 480, yScale: ChartSheetWriter.chartHeight / 288)
    return last + 2
  }

  /// The category column fits the longest category (at most 40, longer ones
  /// wrap); series columns their names; then columns of 10 up to the sheet's
  /// printed width, which the letterhead and the charts span.
  private func columnWidths() -> [Double] {
    var first = 12.0
    var others = 10.0
    var series = 1
    for chart in chartSheet.charts {
      for c in chart.categories { first = max(first, TextWidth.of(c) + 1.5) }
      first = max(first, TextWidth.longestWord(chart.categoryTitle, bold: true) + 1.5)
      for s in chart.series { others = max(others, TextWidth.longestWord(s.name, bold: true) + 1.5) }
      series = max(series, chart.series.count)
    }
    var widths = [min(first, 40).rounded(.up)] + Array(repeating: min(others, 18).rounded(.up), count: series)
    while widths.reduce(0.0, { $0 + PrintLayout.printed(width: $1) }) + PrintLayout.printed(width: 10)
      <= ChartSheetWriter.contentPoints
    {
      widths.append(10)
    }
    return widths
  }
}
