import Core

/// Builds a `Progress` straight from a `tien_do.csv` record's bytes when the row is entirely
/// valid, as `NominationFastPath` does for `de_nghi.csv`: ids, months, indicators and values
/// repeat, so each distinct field is made into a `String` and parsed once (`ParsedFieldCache`), and
/// a row costs no `[String]` (reading `tien_do.csv` as `CSVRecord`s was 5 % of a 1M run).
///
/// It never makes a diagnostic: whenever a row would get one, or a field is not plain bytes,
/// it returns nil and the loader reads the row field by field (`FolderLoad.readProgress`),
/// which makes the messages of DATA.md.
struct ProgressFastPath {
  /// Column positions (-1 when the file has no such column: the field reads as empty).
  let campaign: Int
  let unit: Int
  let period: Int
  let indicator: Int
  let value: Int

  let campaignIndex: [String: Int]
  let unitIndex: [String: Int]

  var campaigns = ParsedFieldCache<Int?>()
  var units = ParsedFieldCache<Int?>()
  var months = ParsedFieldCache<CalendarMonth?>()
  /// Also shares one `String` among the rows that name the same indicator.
  var indicators = ParsedFieldCache<String>()
  var values = ParsedFieldCache<ExactDecimal?>()

  init(reader: FieldReader, campaignIndex: [String: Int], unitIndex: [String: Int]) {
    func at(_ column: String) -> Int { reader.position[column] ?? -1 }
    campaign = at("ma_phong_trao")
    unit = at("ma_don_vi")
    period = at("ky")
    indicator = at("chi_tieu")
    value = at("gia_tri")
    self.campaignIndex = campaignIndex
    self.unitIndex = unitIndex
  }

  /// The row's progress, or nil when the row must be read the slow way (see the type).
  mutating func progress(_ v: CSVRecordView) -> Progress? {
    let text = NominationFastPath.text
    guard let cb = NominationFastPath.key(v, campaign),
      let c = campaigns.value(cb, { [campaignIndex] in campaignIndex[text($0)] })
    else { return nil }
    guard let ub = NominationFastPath.key(v, unit),
      let u = units.value(ub, { [unitIndex] in unitIndex[text($0)] })
    else { return nil }
    guard let mb = NominationFastPath.key(v, period),
      let m = months.value(mb, { ValueParser.month(text($0)) })
    else { return nil }
    guard let ib = NominationFastPath.key(v, indicator) else { return nil }
    guard let vb = NominationFastPath.key(v, value),
      let x = values.value(vb, { ValueParser.decimal(text($0)) })
    else { return nil }
    return Progress(
      campaign: c, unit: u, month: m, indicator: indicators.value(ib, text), value: x, line: v.line)
  }
}
