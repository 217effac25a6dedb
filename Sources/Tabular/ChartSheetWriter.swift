import XLSX

/// Lays a `ChartSheet` out: its title, then for each chart, top to bottom, a
/// small bordered table of the numbers it plots (categories down the first
/// column, one column per series) with the chart beside it on the right.
///
/// Excel charts plot cells, not values, so the numbers must be on a sheet; on
/// the chart's own sheet, next to the chart, the reader can check them. Each
/// block is as tall as the taller of its table and its chart, plus a gap, so
/// charts never overlap. A chart with no categories or no series is replaced
/// by a line saying there is nothing to plot (libxlsxwriter refuses an empty chart).
struct ChartSheetWriter {
  let chartSheet: ChartSheet
  let sheet: Worksheet
  let styles: XLSXStyles
  let workbook: Workbook

  /// Rows a chart covers at the scale used (432 px at the default 20 px rows).
  static let chartRows = 22
  static let xScale = 1.5
  static let yScale = 1.5
  static let points = 12.0

  func write() throws {
    let charts = chartSheet.charts
    let seriesMax = charts.map(\.series.count).max() ?? 1
    try setWidths(seriesMax: seriesMax)
    var row = 0
    if !chartSheet.title.isEmpty {
      let style = CellStyle(points: 14, bold: true, align: .center)
      try sheet.merge(
        chartSheet.title, firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: seriesMax + 9,
        format: styles.format(style))
      row = 2
    }
    for chart in charts { row = try write(chart, at: row) }
    try PageSetup.apply(to: sheet)
  }

  /// Writes one chart's block starting at `top`; returns the first row of the next block.
  private func write(_ chart: Chart, at top: Int) throws -> Int {
    let caption = CellStyle(points: ChartSheetWriter.points, bold: true)
    try sheet.write(chart.title, row: top, column: 0, format: styles.format(caption))
    guard !chart.categories.isEmpty, !chart.series.isEmpty else {
      let note = CellStyle(points: ChartSheetWriter.points, italic: true)
      try sheet.write(
        "Không có số liệu để vẽ biểu đồ.", row: top + 1, column: 0, format: styles.format(note))
      return top + 3
    }
    let header = CellStyle(
      points: ChartSheetWriter.points, bold: true, align: .center, wrap: true, border: true)
    let headerRow = top + 1
    let first = headerRow + 1
    let last = first + chart.categories.count - 1
    try sheet.write(
      chart.categoryTitle.isEmpty ? "Danh mục" : chart.categoryTitle, row: headerRow, column: 0,
      format: styles.format(header))
    for (i, s) in chart.series.enumerated() {
      try sheet.write(s.name, row: headerRow, column: i + 1, format: styles.format(header))
    }
    let label = CellStyle(points: ChartSheetWriter.points, wrap: true, border: true)
    let width = categoryWidth
    for (k, category) in chart.categories.enumerated() {
      try sheet.write(category, row: first + k, column: 0, format: styles.format(label))
      // A long cluster name wraps: give its row the lines it needs (Excel does not fit heights).
      let lines = TextWidth.lineCount(category, width: width - 1, points: ChartSheetWriter.points)
      if lines > 1 {
        try sheet.setRowHeight(
          Double(lines) * TextWidth.lineHeight(points: ChartSheetWriter.points) + 2, row: first + k)
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
    plot.setTitle(chart.title, font: CellStyle.fontName, size: 13)
    plot.setAxisTitles(category: chart.categoryTitle, value: chart.valueTitle, font: CellStyle.fontName)
    plot.setLegend(.bottom, font: CellStyle.fontName)
    try sheet.insert(
      plot, row: headerRow, column: chart.series.count + 2, xScale: ChartSheetWriter.xScale,
      yScale: ChartSheetWriter.yScale)
    return max(last + 1, headerRow + ChartSheetWriter.chartRows) + 2
  }

  /// The category column: fits the longest category, at most 40 (longer ones wrap).
  private var categoryWidth: Double {
    var first = 12.0
    for chart in chartSheet.charts {
      for c in chart.categories { first = max(first, TextWidth.of(c) + 1.5) }
      first = max(first, TextWidth.longestWord(chart.categoryTitle, bold: true) + 1.5)
    }
    return min(first, 40)
  }

  /// The category column fits the longest category; series columns their names.
  private func setWidths(seriesMax: Int) throws {
    var others = 10.0
    for chart in chartSheet.charts {
      for s in chart.series { others = max(others, TextWidth.longestWord(s.name, bold: true) + 1.5) }
    }
    try sheet.setColumnWidth(categoryWidth, first: 0)
    try sheet.setColumnWidth(min(others, 18), first: 1, last: max(1, seriesMax))
  }
}
