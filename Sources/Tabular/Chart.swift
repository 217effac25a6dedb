import Core

/// A chart drawn from a few labelled series; the data it needs travels with it
/// so a renderer can write the numbers beside the chart and point the chart at them.
public struct Chart: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case clusteredColumn
    case line
  }

  public struct Series: Hashable, Sendable {
    public var name: String
    public var values: [Double]
    public init(name: String, values: [Double]) {
      self.name = name
      self.values = values
    }
  }

  public var kind: Kind
  public var title: String
  public var categoryTitle: String
  public var valueTitle: String
  public var categories: [String]
  public var series: [Series]

  public init(
    kind: Kind, title: String, categoryTitle: String = "", valueTitle: String = "",
    categories: [String], series: [Series]
  ) {
    self.kind = kind
    self.title = title
    self.categoryTitle = categoryTitle
    self.valueTitle = valueTitle
    self.categories = categories
    self.series = series
  }
}

/// A sheet holding charts only (and the small data tables they plot).
public struct ChartSheet: Hashable, Sendable {
  public var sheetName: String
  public var title: String
  public var charts: [Chart]
  /// Written under the caption of a chart with nothing to draw (from the report definitions).
  public var noData: String
  public init(sheetName: String, title: String, charts: [Chart], noData: String = "") {
    self.sheetName = sheetName
    self.title = title
    self.charts = charts
    self.noData = noData
  }
}

/// A whole workbook: its sheets in order, the letterhead they share, and the
/// document date (which becomes the file's creation date, so output does not
/// depend on the clock).
public struct WorkbookDocument: Hashable, Sendable {
  public enum Sheet: Hashable, Sendable {
    case table(Table)
    case charts(ChartSheet)
  }

  public var sheets: [Sheet]
  public var letterhead: Letterhead
  public var documentDate: CalendarDay
  public var documentTitle: String
  public var author: String
  /// The name of a sheet whose own name is blank once cleaned (`SheetNames`), `{n}` standing
  /// for its place from 1 ("Trang {n}" from the report definitions).
  public var unnamedSheet: String

  public init(
    sheets: [Sheet], letterhead: Letterhead, documentDate: CalendarDay, documentTitle: String = "",
    author: String = "", unnamedSheet: String = "{n}"
  ) {
    self.sheets = sheets
    self.letterhead = letterhead
    self.documentDate = documentDate
    self.documentTitle = documentTitle
    self.author = author
    self.unnamedSheet = unnamedSheet
  }
}
