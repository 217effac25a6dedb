import Foundation
import Tabular

/// The warnings of DATA.md for one campaign at one as-of date, exactly as
/// REPORTS.md T6 defines them: they look at the nominations counted at as-of
/// (`ngay_de_nghi` ≤ as-of), of every status.
public struct CampaignChecks {
  public let scope: ReportScope

  public init(scope: ReportScope) { self.scope = scope }

  public func run() -> [Diagnostic] {
    var out: [Diagnostic] = []
    out += periodAndDecision()
    out += duplicatePeople()
    out += unregisteredUnits()
    out += quotas()
    out += listsNotSent()
    return Self.located(out, in: scope.data)
  }

  /// The warnings, made with the contract's file names (`de_nghi.csv`), naming the file each
  /// table was read from and, for a workbook, the cell of the column they are about.
  static func located(_ warnings: [Diagnostic], in data: DataSet) -> [Diagnostic] {
    guard !data.origins.isEmpty else { return warnings }
    var out = warnings
    for i in out.indices {
      guard let origin = data.origins[out[i].file] else { continue }
      out[i].file = origin.file
      if let line = out[i].line { out[i].cell = origin.cell(line: line, column: out[i].column) }
    }
    return out
  }

  func warning(
    _ kind: Diagnostic.Kind, _ n: Nomination, column: String, _ message: String
  ) -> Diagnostic {
    Diagnostic(
      .warning, kind, file: scope.data.file(of: n), line: n.line, column: column, message,
      campaignID: scope.campaign.id, unitID: scope.data.units[n.unit].id, nominationIDs: [n.id])
  }

  /// Out of period, after the deadline, awarded without a decision.
  func periodAndDecision() -> [Diagnostic] {
    let c = scope.campaign
    var out: [Diagnostic] = []
    let all = scope.data.nominations
    let texts = scope.data.texts
    for i in scope.counted {
      // Most nominations raise nothing: look at their fields in place and copy
      // a whole `Nomination` (every string retained) only for one that does.
      let submitted = all[i].submitted
      let late = c.deadline.map { submitted > $0 } ?? false
      let undecided =
        all[i].status == .awarded
        && (texts.isEmpty(.decisionNumber, of: all[i]) || all[i].decisionDate == nil)
      guard submitted < c.start || submitted > c.end || late || undecided else { continue }
      let n = all[i]
      if n.submitted < c.start || n.submitted > c.end {
        out.append(
          warning(
            .outOfPeriod, n, column: "ngay_de_nghi",
            "đề nghị \(n.id) nộp ngày \(n.submitted), ngoài thời gian phong trào (\(c.start) - \(c.end))"))
      }
      if let deadline = c.deadline, n.submitted > deadline {
        out.append(
          warning(
            .afterDeadline, n, column: "ngay_de_nghi",
            "đề nghị \(n.id) nộp ngày \(n.submitted), sau hạn đề nghị \(deadline)"))
      }
      let noNumber = texts.isEmpty(.decisionNumber, of: n)
      if n.status == .awarded && (noNumber || n.decisionDate == nil) {
        let missing = [noNumber ? "số quyết định" : nil, n.decisionDate == nil ? "ngày quyết định" : nil]
          .compactMap { $0 }.joined(separator: " và ")
        out.append(
          warning(
            .missingDecision, n, column: noNumber ? "so_quyet_dinh" : "ngay_quyet_dinh",
            "đề nghị \(n.id) (\(texts.name(of: n))) đã khen thưởng nhưng thiếu \(missing)"))
      }
    }
    return out
  }

  /// The same person (NFC, case-folded, spaces collapsed) nominated more than
  /// once in the campaign: one finding naming every nomination involved.
  func duplicatePeople() -> [Diagnostic] {
    // Identities folded to bytes and grouped without a String per name
    // (`PersonIdentity`, `PersonGroups`); groups numbered in order of first appearance.
    let nominations = scope.data.nominations
    let texts = scope.data.texts
    var table = PersonGroups(capacity: scope.counted.count)
    var groupOf: [Int32] = []
    var members: [Int] = []
    groupOf.reserveCapacity(scope.counted.count)
    members.reserveCapacity(scope.counted.count)
    for i in scope.counted where nominations[i].kind == .individual {
      groupOf.append(
        Int32(
          table.add { out in
            texts.withBytes(.name, at: nominations[i].textStart) { PersonIdentity.append(utf8: $0, to: &out) }
          }))
      members.append(i)
    }
    var groups = [[Int]](repeating: [], count: table.count)
    for (k, g) in groupOf.enumerated() where table.sizes[Int(g)] > 1 { groups[Int(g)].append(members[k]) }
    var out: [Diagnostic] = []
    for members in groups where members.count > 1 {
      let ns = members.map { scope.data.nominations[$0] }
      let units = ns.map { scope.data.units[$0.unit].id }
      var seen = Set<String>()
      let distinctUnits = units.filter { seen.insert($0).inserted }
      let list = ns.map {
        "\($0.id) (\(scope.data.units[$0.unit].id), \(scope.data.catalogue[$0.award].code))"
      }
      out.append(
        Diagnostic(
          .warning, .duplicatePerson, file: scope.data.file(of: ns[0]), line: ns[0].line, column: "ten",
          "\"\(texts.name(of: ns[0]))\" được đề nghị \(ns.count) lần trong phong trào: \(list.joined(separator: ", "))",
          campaignID: scope.campaign.id, unitID: distinctUnits.joined(separator: ", "),
          nominationIDs: ns.map(\.id)))
    }
    return out
  }

  /// NFC, case folding and collapsing runs of spaces (REPORTS.md T6).
  static func personIdentity(_ name: String) -> String {
    // Text made only of precomposed Latin (below U+0300, or U+1E00–U+1EFF, the
    // Vietnamese letters) is already NFC: skip Foundation's normalisation, which
    // was most of this check's time on 560k nominations.
    let nfc = isPrecomposedLatin(name) ? name : name.precomposedStringWithCanonicalMapping
    let folded = nfc.lowercased()
    return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  static func isPrecomposedLatin(_ s: String) -> Bool {
    for u in s.unicodeScalars {
      let v = u.value
      if v >= 0x300 && !(0x1E00...0x1EFF).contains(v) { return false }
    }
    return true
  }

  /// Units that nominate without a registration (only when `dang_ky.csv` exists).
  func unregisteredUnits() -> [Diagnostic] {
    guard let registrations = scope.data.registrations else { return [] }
    var registered = Set<Int>()
    for r in registrations where r.campaign == scope.campaignIndex { registered.insert(r.unit) }
    var byUnit: [Int: [Nomination]] = [:]
    var order: [Int] = []
    let all = scope.data.nominations
    for i in scope.counted where !registered.contains(all[i].unit) {
      let n = all[i]
      if byUnit[n.unit] == nil { order.append(n.unit) }
      byUnit[n.unit, default: []].append(n)
    }
    return order.map { u in
      let ns = byUnit[u]!
      let unit = scope.data.units[u]
      return Diagnostic(
        .warning, .notRegistered, file: scope.data.file(of: ns[0]), line: ns[0].line, column: "ma_don_vi",
        "đơn vị \(unit.id) (\(unit.name)) có \(ns.count) đề nghị nhưng chưa đăng ký thi đua: "
          + ns.map(\.id).joined(separator: ", "),
        campaignID: scope.campaign.id, unitID: unit.id, nominationIDs: ns.map(\.id))
    }
  }

  /// Quotas: for each row of `chi_tieu.csv` of the campaign, each unit in
  /// scope and each kind with a limit, the unit's nominations for that award
  /// (every status) against the minimum and maximum.
  func quotas() -> [Diagnostic] {
    let data = scope.data
    let quotas = data.quotas.filter { $0.campaign == scope.campaignIndex }
    guard !quotas.isEmpty else { return [] }
    // counts[unit][award][kind]
    let awards = data.catalogue.count
    var counts = [Int](repeating: 0, count: data.units.count * awards * 3)
    let all = data.nominations
    for i in scope.counted {
      counts[(all[i].unit * awards + all[i].award) * 3 + all[i].kind.rawValue] += 1
    }
    var out: [Diagnostic] = []
    for q in quotas {
      let units: [Int]
      switch q.scope {
      case .all: units = data.roster
      case .unit(let u): units = [u]
      case .unitType(let t): units = data.roster.filter { Fold.key(data.units[$0].type) == t }
      }
      let award = data.catalogue[q.award]
      for u in units {
        let unit = data.units[u]
        for (kind, lo, hi) in [
          (NomineeKind.collective, q.minCollective, q.maxCollective),
          (NomineeKind.individual, q.minIndividual, q.maxIndividual),
        ] {
          let n = counts[(u * awards + q.award) * 3 + kind.rawValue]
          let what = "\(unit.id) (\(unit.name)) đề nghị \(n) \(kind.label.lowercased()) cho \(award.code)"
          if let lo, n < lo {
            out.append(
              Diagnostic(
                .warning, .quotaBelowMinimum, file: Schemas.quotas.file, line: q.line, column: "pham_vi",
                "\(what), chưa đạt tối thiểu \(lo) (phạm vi \"\(q.scopeText)\")",
                campaignID: scope.campaign.id,
                unitID: unit.id))
          }
          if let hi, n > hi {
            out.append(
              Diagnostic(
                .warning, .quotaAboveMaximum, file: Schemas.quotas.file, line: q.line, column: "pham_vi",
                "\(what), vượt tối đa \(hi) (phạm vi \"\(q.scopeText)\")", campaignID: scope.campaign.id,
                unitID: unit.id))
          }
        }
      }
    }
    return out
  }
}
