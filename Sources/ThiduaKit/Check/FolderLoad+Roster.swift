import Core

/// The roster files: the award catalogue, campaigns, clusters and units, in the order
/// each is checked against the ones before it.
extension FolderLoad {
  /// Records an id's first line; a second use is a duplicate-id error.
  static func claim(
    _ id: String, line: Int, in seen: inout [String: Int], reader: inout FieldReader,
    record: CSVRecord, column: String
  ) -> Bool {
    if let first = seen[id] {
      reader.error(.duplicateID, record, column, "trùng mã \"\(id)\" (đã có ở dòng \(first))")
      return false
    }
    seen[id] = line
    return true
  }

  mutating func loadAwards() {
    guard var r = open(Schemas.awards) else { return }
    var forms: [(form: AwardForm, order: Int?)] = []
    var seen: [String: Int] = [:]
    var levels: [String: AwardLevel?] = [:]
    for rec in r.document.records {
      let code = r.required(rec, "ma_hinh_thuc")
      let name = r.required(rec, "ten_hinh_thuc")
      let level = r.enumeration(
        rec, "cap", labels: "trung ương, tỉnh, huyện, xã, cơ quan", cache: &levels, AwardLevel.init(folded:))
      let orderText = r.text(rec, "thu_tu")
      var order: Int? = nil
      if !orderText.isEmpty {
        order = ValueParser.integer(orderText)
        if order == nil { r.error(.invalidValue, rec, "thu_tu", "số không hợp lệ: \"\(orderText)\"") }
      }
      guard let code, let name, let level else { continue }
      guard Self.claim(code, line: rec.line, in: &seen, reader: &r, record: rec, column: "ma_hinh_thuc")
      else { continue }
      forms.append((AwardForm(code: code, name: name, level: level, order: 0, line: rec.line), order))
    }
    diagnostics += r.diagnostics
    if forms.isEmpty { return }
    // Stable: by thu_tu where given, rows without it after, in file order.
    let sorted = forms.enumerated().sorted { a, b in
      switch (a.element.order, b.element.order) {
      case (let x?, let y?): return x != y ? x < y : a.offset < b.offset
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return a.offset < b.offset
      }
    }
    data.catalogue = sorted.enumerated().map { i, e in
      var f = e.element.form
      f.order = i + 1
      return f
    }
  }

  /// Where an unknown award is said to be missing from.
  var awardSource: String {
    data.catalogue.first?.line == 0 ? "danh mục mặc định" : fileName(of: Schemas.awards)
  }

  mutating func rebuildAwardIndex() {
    awards = AwardLookup(data.catalogue)
  }

  mutating func loadCampaigns() {
    guard var r = open(Schemas.campaigns) else { return }
    var seen: [String: Int] = [:]
    for rec in r.document.records {
      let id = r.required(rec, "ma_phong_trao")
      let name = r.required(rec, "ten_phong_trao")
      let start = r.date(rec, "ngay_bat_dau", required: true)
      let end = r.date(rec, "ngay_ket_thuc", required: true)
      let deadline = r.date(rec, "han_de_nghi", required: false)
      guard let id, let name, let s = start ?? nil, let e = end ?? nil, let deadline else { continue }
      if e < s {
        r.error(
          .invalidValue, rec, "ngay_ket_thuc",
          "ngày kết thúc \(e) trước ngày bắt đầu \(s)")
        continue
      }
      guard Self.claim(id, line: rec.line, in: &seen, reader: &r, record: rec, column: "ma_phong_trao")
      else { continue }
      campaignIndex[id] = data.campaigns.count
      data.campaigns.append(
        Campaign(
          id: id, name: name, theme: r.text(rec, "chu_de"), issuer: r.text(rec, "co_quan_phat_dong"),
          planRef: r.text(rec, "so_ke_hoach"), start: s, end: e, deadline: deadline, line: rec.line))
    }
    diagnostics += r.diagnostics
  }

  mutating func loadClusters() {
    guard var r = open(Schemas.clusters) else { return }
    var seen: [String: Int] = [:]
    var kinds: [String: ClusterKind?] = [:]
    for rec in r.document.records {
      let id = r.required(rec, "ma_cum")
      let name = r.required(rec, "ten_cum")
      let kind = r.enumeration(rec, "loai", labels: "cụm, khối", cache: &kinds) {
        ClusterKind(folded: $0) ?? ($0 == "cluster" ? .cluster : $0 == "block" ? .block : nil)
      }
      guard let id, let name, let kind else { continue }
      guard Self.claim(id, line: rec.line, in: &seen, reader: &r, record: rec, column: "ma_cum")
      else { continue }
      clusterIndex[id] = data.clusters.count
      data.clusters.append(
        Cluster(
          id: id, name: name, kind: kind, leaderUnitID: r.text(rec, "truong_cum"),
          deputyUnitID: r.text(rec, "pho_cum"), line: rec.line))
    }
    diagnostics += r.diagnostics
  }

  mutating func loadUnits() {
    guard var r = open(Schemas.units) else { return }
    var seen: [String: Int] = [:]
    for rec in r.document.records {
      let id = r.required(rec, "ma_don_vi")
      let name = r.required(rec, "ten_don_vi")
      let cluster = r.reference(
        rec, "ma_cum", in: clusterIndex, what: "cụm/khối", sourceFile: fileName(of: Schemas.clusters))
      guard let id, let name, let cluster else { continue }
      guard Self.claim(id, line: rec.line, in: &seen, reader: &r, record: rec, column: "ma_don_vi")
      else { continue }
      unitIndex[id] = data.units.count
      data.units.append(
        Unit(
          id: id, name: name, cluster: cluster, type: r.text(rec, "loai_don_vi"), level: r.text(rec, "cap"),
          line: rec.line))
    }
    diagnostics += r.diagnostics
    var byCluster = [[Int]](repeating: [], count: data.clusters.count)
    for (i, u) in data.units.enumerated() { byCluster[u.cluster].append(i) }
    data.roster = byCluster.flatMap { $0 }
  }

  /// `truong_cum` / `pho_cum` must name units that exist.
  mutating func checkClusterLeaders() {
    for c in data.clusters {
      for (column, id) in [("truong_cum", c.leaderUnitID), ("pho_cum", c.deputyUnitID)]
      where !id.isEmpty && unitIndex[id] == nil {
        let origin = data.origin(of: Schemas.clusters.file)
        diagnostics.append(
          Diagnostic(
            .error, .unknownReference, file: origin.file, line: c.line, column: column,
            "đơn vị không tồn tại trong \(fileName(of: Schemas.units)): \"\(id)\"",
            cell: origin.cell(line: c.line, column: column)))
      }
    }
  }
}
