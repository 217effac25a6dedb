import Tabular

extension ReportScope {
  /// The values `{…}` placeholders of definitions can use.
  public var templateValues: [String: String] {
    let c = campaign
    let months = self.months
    return [
      "ten_phong_trao": c.name, "ma_phong_trao": c.id, "chu_de": c.theme, "so_ke_hoach": c.planRef,
      "co_quan_phat_dong": c.issuer, "ngay": asOf.description, "tu_ngay": c.start.description,
      "den_ngay": c.end.description, "thang_dau": months.first?.description ?? "",
      "thang_cuoi": months.last?.description ?? "", "dia_danh": data.organisation.place,
    ]
  }

  func subtitles(_ def: TableDefinition) -> [String] {
    let values = templateValues
    return def.subtitles.map { Template.fill($0, values) }.filter { !$0.isEmpty }
  }
}
