import Core
import Tabular

/// What a table's title lines and placeholders say about its report: the
/// campaign, the as-of date, the months and the place. A report from a data
/// set and a roll-up of received fact tables both have one, so the tables
/// built from a fact table need no data set to be titled.
public struct ReportHeading: Sendable {
  public var campaign: Campaign
  public var asOf: CalendarDay
  /// The report's months (REPORTS.md "Scope"): from the start's month to the month of min(as-of, end).
  public var months: [CalendarMonth]
  /// `dia_danh` of `to_chuc.toml`.
  public var place: String

  public init(campaign: Campaign, asOf: CalendarDay, place: String) {
    self.campaign = campaign
    self.asOf = asOf
    self.place = place
    let first = campaign.start.calendarMonth
    let last = min(asOf, campaign.end).calendarMonth
    months = first <= last ? (first.index...last.index).map { CalendarMonth(index: $0) } : []
  }

  /// The values `{…}` placeholders of definitions can use.
  public var templateValues: [String: String] {
    let c = campaign
    return [
      "ten_phong_trao": c.name, "ma_phong_trao": c.id, "chu_de": c.theme, "so_ke_hoach": c.planRef,
      "co_quan_phat_dong": c.issuer, "ngay": asOf.description, "tu_ngay": c.start.description,
      "den_ngay": c.end.description, "thang_dau": months.first?.description ?? "",
      "thang_cuoi": months.last?.description ?? "", "dia_danh": place,
    ]
  }

  func subtitles(_ def: TableDefinition) -> [String] {
    let values = templateValues
    return def.subtitles.map { Template.fill($0, values) }.filter { !$0.isEmpty }
  }
}
