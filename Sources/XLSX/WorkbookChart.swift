import CXlsxWriter

/// A chart owned by its workbook: series point at cell ranges of a worksheet
/// (Excel charts plot cells, not values), then the chart is inserted once with
/// `Worksheet.insert(_:row:column:)`.
///
/// Titles that begin with `=` would be read by libxlsxwriter as cell formulas,
/// so literal titles are written with a leading space in that case.
public final class WorkbookChart {
  let handle: UnsafeMutablePointer<lxw_chart>
  let workbook: Workbook

  public enum Kind: Sendable {
    case column
    case line

    var lxwType: UInt8 {
      switch self {
      case .column: return UInt8(LXW_CHART_COLUMN.rawValue)
      case .line: return UInt8(LXW_CHART_LINE.rawValue)
      }
    }
  }

  public enum LegendPosition: Sendable {
    case bottom, right, top, none

    var lxw: UInt8 {
      switch self {
      case .bottom: return UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue)
      case .right: return UInt8(LXW_CHART_LEGEND_RIGHT.rawValue)
      case .top: return UInt8(LXW_CHART_LEGEND_TOP.rawValue)
      case .none: return UInt8(LXW_CHART_LEGEND_NONE.rawValue)
      }
    }
  }

  init(handle: UnsafeMutablePointer<lxw_chart>, workbook: Workbook) {
    self.handle = handle
    self.workbook = workbook
  }

  /// Adds a series plotting `values` against `categories`, named by the text
  /// in cell `name` (so the legend follows the sheet) when given.
  public func addSeries(categories: CellRange, values: CellRange, name: CellRange? = nil) throws {
    try workbook.checkOpen("addSeries")
    guard let series = chart_add_series(handle, nil, nil) else {
      throw XLSXError(LXW_ERROR_MEMORY_MALLOC_FAILED, context: "adding a chart series")
    }
    try WorkbookChart.validate(categories)
    try WorkbookChart.validate(values)
    // The range setters copy the sheet name (lxw_strdup).
    XLSXText.plain(categories.sheet).withCString {
      chart_series_set_categories(
        series, $0, lxw_row_t(categories.firstRow), lxw_col_t(categories.firstColumn),
        lxw_row_t(categories.lastRow), lxw_col_t(categories.lastColumn))
    }
    XLSXText.plain(values.sheet).withCString {
      chart_series_set_values(
        series, $0, lxw_row_t(values.firstRow), lxw_col_t(values.firstColumn),
        lxw_row_t(values.lastRow), lxw_col_t(values.lastColumn))
    }
    if let name {
      try WorkbookChart.validate(name)
      XLSXText.plain(name.sheet).withCString {
        chart_series_set_name_range(series, $0, lxw_row_t(name.firstRow), lxw_col_t(name.firstColumn))
      }
    }
  }

  /// The chart's title, in `font` (a font name; libxlsxwriter copies it).
  public func setTitle(_ title: String, font: String? = nil, size: Double = 14) {
    guard !workbook.isClosed else { return }
    XLSXText.literalChartName(title).withCString { chart_title_set_name(handle, $0) }
    WorkbookChart.withFont(font, size: size, bold: true) { chart_title_set_name_font(handle, $0) }
  }

  /// Titles of the category (x) and value (y) axes; empty ones are left out.
  public func setAxisTitles(category: String, value: String, font: String? = nil, size: Double = 11) {
    guard !workbook.isClosed else { return }
    for (axis, text) in [(handle.pointee.x_axis, category), (handle.pointee.y_axis, value)] {
      guard let axis else { continue }
      if !text.isEmpty {
        XLSXText.literalChartName(text).withCString { chart_axis_set_name(axis, $0) }
        WorkbookChart.withFont(font, size: size, bold: true) { chart_axis_set_name_font(axis, $0) }
      }
      WorkbookChart.withFont(font, size: size - 1, bold: false) { chart_axis_set_num_font(axis, $0) }
    }
  }

  public func setLegend(_ position: LegendPosition, font: String? = nil, size: Double = 11) {
    guard !workbook.isClosed else { return }
    chart_legend_set_position(handle, position.lxw)
    WorkbookChart.withFont(font, size: size, bold: false) { chart_legend_set_font(handle, $0) }
  }

  /// Calls `body` with a C font description, or not at all without a font name.
  private static func withFont(
    _ name: String?, size: Double, bold: Bool, _ body: (UnsafeMutablePointer<lxw_chart_font>) -> Void
  ) {
    guard let name else { return }
    XLSXText.plain(name).withCString { cName in
      var font = lxw_chart_font()
      font.name = UnsafeMutablePointer(mutating: cName)
      font.size = size
      // libxlsxwriter treats 0 as "default" (bold titles); this value means "not bold".
      font.bold = bold ? 1 : UInt8(LXW_EXPLICIT_FALSE.rawValue)
      body(&font)
    }
  }

  private static func validate(_ r: CellRange) throws {
    let rows = 0..<Worksheet.maxRows
    let cols = 0..<Worksheet.maxColumns
    guard rows.contains(r.firstRow), rows.contains(r.lastRow), cols.contains(r.firstColumn),
      cols.contains(r.lastColumn)
    else {
      throw XLSXError(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, context: "chart range on \(r.sheet)")
    }
  }
}
