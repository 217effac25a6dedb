import Core

/// The receipt register of a campaign's lists folder (`Receipt`).
extension FolderLoad {
  /// The register of one campaign folder, by unit index; empty when there is none.
  mutating func loadReceipts(campaignFolder: String, names: UnitNames) -> [Int: Receipt] {
    let schema = Schemas.receipts.named(campaignFolder + "/" + Schemas.receipts.file)
    guard var r = open(schema) else { return [:] }
    var out: [Int: Receipt] = [:]
    if !r.has("ma_don_vi") && !r.has("ten_don_vi") {
      diagnostics.append(
        Diagnostic(
          .error, .missingColumn, file: schema.file, line: r.document.headerLine, column: "ma_don_vi",
          "thiếu cột đơn vị (tên cột \"ma_don_vi\" hoặc \"ten_don_vi\")"))
      return [:]
    }
    for rec in r.document.records {
      var unit: Int?
      let id = r.text(rec, "ma_don_vi")
      let name = r.text(rec, "ten_don_vi")
      if !id.isEmpty {
        unit = r.reference(
          rec, "ma_don_vi", in: unitIndex, what: "đơn vị", sourceFile: fileName(of: Schemas.units))
      } else if !name.isEmpty {
        let match = names.match(name)
        if case .unit(let u) = match {
          unit = u
        } else {
          r.error(
            .unknownReference, rec, "ten_don_vi",
            "không phải tên một đơn vị trong \(fileName(of: Schemas.units)): \"\(name)\" (\(names.hint(for: name, match)))"
          )
        }
      } else {
        r.error(.missingValue, rec, r.has("ma_don_vi") ? "ma_don_vi" : "ten_don_vi", "thiếu giá trị bắt buộc")
      }
      let date = r.date(rec, "ngay_nhan", required: true)
      guard let unit, let d = date ?? nil else { continue }
      if let first = out[unit] {
        r.error(
          .duplicateID, rec, r.has("ma_don_vi") ? "ma_don_vi" : "ten_don_vi",
          "đơn vị \(data.units[unit].id) đã có ở dòng \(first.line)")
        continue
      }
      out[unit] = Receipt(date: d, letterNumber: r.text(rec, "so_van_ban"), line: rec.line)
    }
    diagnostics += r.diagnostics
    return out
  }
}
