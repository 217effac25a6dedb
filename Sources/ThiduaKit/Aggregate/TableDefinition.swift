/// The editable words of one official table: sheet name, title, the lines
/// under it and every column label. Loaded from `reports/tables.toml` so a
/// province can adapt a form without a compiler; `ReportDefinitions.builtIn`
/// holds the same values for when no file is found.
public struct TableDefinition: Sendable, Equatable {
  public var sheet: String
  public var title: String
  /// Lines under the title; `{ten_phong_trao}`, `{ngay}`… are filled in.
  public var subtitles: [String]
  public var labels: [String: String]
  /// Which optional columns to show, where the table has a choice (T1's "trong đó").
  public var breakdowns: [String]?

  public init(
    sheet: String, title: String, subtitles: [String], labels: [String: String], breakdowns: [String]? = nil
  ) {
    self.sheet = sheet
    self.title = title
    self.subtitles = subtitles
    self.labels = labels
    self.breakdowns = breakdowns
  }

  /// A label by key; the key itself if the definition lacks it (never crashes on an edited file).
  public func label(_ key: String) -> String { labels[key] ?? key }
}
