extension CampaignChecks {
  /// REPORTS.md T6, lists not sent: only when the folder has `de_nghi/<ma_phong_trao>/`.
  /// Each unit registered for the campaign (every unit of the roster without
  /// `dang_ky.csv`), in roster order, that has no list there (none with a row in it) and no nomination of the
  /// campaign in `de_nghi.csv` counted at as-of: "Chưa gửi danh sách đề nghị", and after
  /// `han_de_nghi` "Quá hạn gửi danh sách đề nghị". The office's reminder list.
  func listsNotSent() -> [Diagnostic] {
    let data = scope.data
    let c = scope.campaignIndex
    guard data.listFolders.contains(c) else { return [] }
    var expected = [Bool](repeating: data.registrations == nil, count: data.units.count)
    for r in data.registrations ?? [] where r.campaign == c { expected[r.unit] = true }
    var sent = [Bool](repeating: false, count: data.units.count)
    // A list with no nomination in it (the blank template `init` wrote, put back unfilled)
    // is not a list sent.
    for list in data.lists where list.campaign == c && list.count > 0 { sent[list.unit] = true }
    for i in scope.counted where data.nominations[i].source == 0 { sent[data.nominations[i].unit] = true }
    let campaign = scope.campaign
    let late = campaign.deadline.map { scope.asOf > $0 } ?? false
    let folder = "de_nghi/\(campaign.id)"
    return data.roster.filter { expected[$0] && !sent[$0] }.map { u in
      let unit = data.units[u]
      // The message starts with T6's words, so that the line on standard error says it too.
      let kind: Diagnostic.Kind = late ? .listLate : .listNotSent
      let deadline = campaign.deadline.map { late ? ", hạn \($0) đã qua" : ", hạn \($0)" } ?? ""
      let message =
        "\(kind.label): đơn vị \(unit.id) (\(unit.name))\(deadline) — chưa có danh sách trong \(folder)/, "
        + "chưa có đề nghị trong de_nghi.csv"
      return Diagnostic(
        .warning, kind, file: folder, message, campaignID: campaign.id,
        unitID: unit.id)
    }
  }
}
