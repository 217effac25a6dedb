import Core

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
