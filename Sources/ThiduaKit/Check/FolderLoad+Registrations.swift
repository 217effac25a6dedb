/// `dang_ky.csv`: which unit takes part in which campaign.
extension FolderLoad {
  mutating func loadRegistrations() {
    guard var r = open(Schemas.registrations) else { return }
    var list: [Registration] = []
    var seen: [String: Int] = [:]
    for rec in r.document.records {
      let campaign = r.reference(
        rec, "ma_phong_trao", in: campaignIndex, what: "phong trào",
        sourceFile: fileName(of: Schemas.campaigns))
      let unit = r.reference(
        rec, "ma_don_vi", in: unitIndex, what: "đơn vị", sourceFile: fileName(of: Schemas.units))
      let date = r.date(rec, "ngay_dang_ky", required: false)
      let people = r.count(rec, "so_nguoi_tham_gia")
      guard let campaign, let unit, let date, let people else { continue }
      let key = "\(campaign)|\(unit)"
      if let first = seen[key] {
        r.error(
          .duplicateID, rec, "ma_don_vi",
          "đơn vị \"\(data.units[unit].id)\" đã đăng ký phong trào \"\(data.campaigns[campaign].id)\" "
            + "ở dòng \(first)")
        continue
      }
      seen[key] = rec.line
      list.append(
        Registration(
          campaign: campaign, unit: unit, date: date, participants: people, pledge: r.text(rec, "noi_dung"),
          line: rec.line))
    }
    diagnostics += r.diagnostics
    data.registrations = list
  }
}
