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
