import Tabular

extension ReportScope {
  /// The campaign, as-of date, months and place that title this scope's tables.
  public var heading: ReportHeading {
    ReportHeading(campaign: campaign, asOf: asOf, place: data.organisation.place)
  }

  /// The values `{…}` placeholders of definitions can use.
  public var templateValues: [String: String] { heading.templateValues }

  func subtitles(_ def: TableDefinition) -> [String] { heading.subtitles(def) }
}
