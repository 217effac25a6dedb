/// Which free texts of `de_nghi.csv` a run will show, so the loader can leave the others
/// unmade: at a million rows the names, positions, decision numbers and achievements were
/// ~4 heap `String`s a row and most of the memory, yet a report shows them only for the
/// campaigns it covers. Every field is still read and checked; only the kept `String`s differ.
///
/// For the campaigns in `campaigns`: `ten` (the duplicate-person check, the awarded list)
/// and, for rows whose file status is `đã khen thưởng`, `chuc_vu`, `so_quyet_dinh`
/// (its emptiness drives the "awarded without decision" warning) and `thanh_tich`. For
/// other campaigns, and `dan_toc` everywhere, nothing (empty strings). `isMinority`, `id`
/// and every typed field are always kept. Passing no `TextNeeds` keeps everything.
///
/// Only T5 (the awarded list) and T6 (the checks) show texts: a run writing neither
/// (`--tables so-lieu,T1`, a cron job's roll-up) keeps none (`showsText` false).
public struct TextNeeds: Sendable, Equatable {
  /// `ma_phong_trao` of the campaigns reported; nil means every campaign.
  public var campaigns: Set<String>?
  /// Whether any text is shown at all.
  public var showsText: Bool

  public init(campaigns: Set<String>?, showsText: Bool = true) {
    self.campaigns = campaigns
    self.showsText = showsText
  }

  /// What `thidua report --campaign …` needs: the campaigns named, or all when none are.
  public static func reporting(_ campaignIDs: [String], showsText: Bool = true) -> TextNeeds {
    TextNeeds(campaigns: campaignIDs.isEmpty ? nil : Set(campaignIDs), showsText: showsText)
  }
}
