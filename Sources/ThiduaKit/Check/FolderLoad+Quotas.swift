/// `chi_tieu.csv`: how many awards a campaign allows per scope.
extension FolderLoad {
  mutating func loadQuotas() {
    guard var r = open(Schemas.quotas) else { return }
    for rec in r.document.records {
      let campaign = r.reference(
        rec, "ma_phong_trao", in: campaignIndex, what: "phong trào",
        sourceFile: fileName(of: Schemas.campaigns))
      let award = r.award(rec, "ma_hinh_thuc", in: awards, source: awardSource)
      let scopeText = r.required(rec, "pham_vi")
      var limits: [Int?] = []
      var ok = true
      for column in ["toi_thieu_tap_the", "toi_da_tap_the", "toi_thieu_ca_nhan", "toi_da_ca_nhan"] {
        if let n = r.count(rec, column) { limits.append(n) } else { ok = false }
      }
      guard ok, let campaign, let award, let scopeText else { continue }
      for (lo, hi, column) in [(0, 1, "toi_da_tap_the"), (2, 3, "toi_da_ca_nhan")] {
        if let a = limits[lo], let b = limits[hi], a > b {
          r.error(.invalidValue, rec, column, "tối đa \(b) nhỏ hơn tối thiểu \(a)")
          ok = false
        }
      }
      guard ok else { continue }
      let scope: Quota.Scope
      if scopeText == "*" {
        scope = .all
      } else if let u = unitIndex[scopeText] {
        scope = .unit(u)
      } else {
        scope = .unitType(Fold.key(scopeText))
      }
      data.quotas.append(
        Quota(
          campaign: campaign, award: award, scope: scope, scopeText: scopeText, minCollective: limits[0],
          maxCollective: limits[1], minIndividual: limits[2], maxIndividual: limits[3], line: rec.line))
    }
    diagnostics += r.diagnostics
  }
}
