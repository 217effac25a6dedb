import Core

/// Builds a `Nomination` straight from a record's bytes when the row is entirely valid:
/// ids, enumerated words and dates are looked up in `ParsedFieldCache`s keyed by the field's
/// bytes, a `String` is made only for `ma_de_nghi`, and the free texts that are kept are
/// copied into `NominationTexts`.
/// Measured at 1M rows, making 15 `String`s a row and hashing them was most of loading.
///
/// It never makes a diagnostic: whenever a row would get one (a missing value, an unknown
/// id or word, a bad date, a duplicate `ma_de_nghi`), or a key field is not plain bytes
/// (NFC or quotes to undo), it returns nil and the loader reads the row the ordinary way
/// (`NominationRows`), which makes the messages of DATA.md; `FastPathDifferentialTests`
/// holds both ways to the same nominations and texts on valid rows.
struct NominationFastPath {
  /// Column positions (-1 when the file has no such column: the field reads as empty).
  let id: Int
  let campaign: Int
  let unit: Int
  let kind: Int
  let name: Int
  let position: Int
  let gender: Int
  /// A `Nữ` column of yes/no marks, read where `gioi_tinh` is empty.
  let female: Int
  let ethnicity: Int
  let direct: Int
  let award: Int
  let status: Int
  let submitted: Int
  let decisionNumber: Int
  let decided: Int
  let achievement: Int

  let campaignIndex: [String: Int]
  let unitIndex: [String: Int]
  let awardLookup: AwardLookup
  /// Per campaign index: are its texts kept? nil keeps everything (no `TextNeeds`).
  let keepText: [Bool]?

  var campaigns = ParsedFieldCache<Int?>()
  var units = ParsedFieldCache<Int?>()
  var awards = ParsedFieldCache<Int?>()
  var kinds = ParsedFieldCache<NomineeKind?>()
  var statuses = ParsedFieldCache<NominationStatus?>()
  var genders = ParsedFieldCache<Gender?>()
  var yesNo = ParsedFieldCache<Bool?>()
  var minority = ParsedFieldCache<Bool>()
  var dates = ParsedFieldCache<CalendarDay?>()

  init(
    reader: FieldReader, campaignIndex: [String: Int], unitIndex: [String: Int],
    awards awardLookup: AwardLookup,
    keepText: [Bool]?
  ) {
    func at(_ column: String) -> Int { reader.position[column] ?? -1 }
    id = at("ma_de_nghi")
    campaign = at("ma_phong_trao")
    unit = at("ma_don_vi")
    kind = at("doi_tuong")
    name = at("ten")
    position = at("chuc_vu")
    gender = at("gioi_tinh")
    female = at("nu")
    ethnicity = at("dan_toc")
    direct = at("lao_dong_truc_tiep")
    award = at("ma_hinh_thuc")
    status = at("trang_thai")
    submitted = at("ngay_de_nghi")
    decisionNumber = at("so_quyet_dinh")
    decided = at("ngay_quyet_dinh")
    achievement = at("thanh_tich")
    self.campaignIndex = campaignIndex
    self.unitIndex = unitIndex
    self.awardLookup = awardLookup
    self.keepText = keepText
  }

  @inline(__always) static func text(_ b: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: b, as: UTF8.self)
  }

  /// Plain, non-empty bytes of a field, or nil.
  @inline(__always) static func key(_ v: CSVRecordView, _ i: Int) -> UnsafeBufferPointer<UInt8>? {
    guard let b = v.plainBytes(i), b.count > 0 else { return nil }
    return b
  }

  /// The row's nomination, or nil when the row must be read the slow way (see the type).
  /// `ids` holds the ids of `nominations`, the rows read so far; a repeated id goes the slow way.
  mutating func nomination(
    _ v: CSVRecordView, ids: NominationIDIndex, in nominations: [Nomination], texts: inout NominationTexts
  ) -> Nomination? {
    guard let idBytes = Self.key(v, id) else { return nil }
    guard let cb = Self.key(v, campaign),
      let c = campaigns.value(cb, { [campaignIndex] in campaignIndex[Self.text($0)] })
    else { return nil }
    guard let ub = Self.key(v, unit), let u = units.value(ub, { [unitIndex] in unitIndex[Self.text($0)] })
    else { return nil }
    guard let kb = Self.key(v, kind),
      let k = kinds.value(kb, { NomineeKind(folded: Fold.key(Self.text($0))) })
    else { return nil }
    guard !v.isEmpty(name) else { return nil }
    guard let ab = Self.key(v, award),
      let a = awards.value(ab, { [awardLookup] in awardLookup.index(of: Self.text($0)) })
    else { return nil }
    guard let sb = Self.key(v, status),
      let st = statuses.value(sb, { NominationStatus(folded: Fold.key(Self.text($0))) })
    else { return nil }
    guard let db = Self.key(v, submitted), let day = dates.value(db, { ValueParser.date(Self.text($0)) })
    else { return nil }
    var decisionDate: CalendarDay? = nil
    if !v.isEmpty(decided) {
      guard let b = Self.key(v, decided), let d = dates.value(b, { ValueParser.date(Self.text($0)) })
      else { return nil }
      decisionDate = d
    }
    var g: Gender? = nil
    if !v.isEmpty(gender) {
      guard let b = Self.key(v, gender), let x = genders.value(b, { Gender(folded: Fold.key(Self.text($0))) })
      else { return nil }
      g = x
    } else if !v.isEmpty(female) {
      guard let b = Self.key(v, female), let x = yesNo.value(b, { ValueParser.yesNo(Self.text($0)) })
      else { return nil }
      g = x ? .female : nil
    }
    var isDirect = false
    if !v.isEmpty(direct) {
      guard let b = Self.key(v, direct), let x = yesNo.value(b, { ValueParser.yesNo(Self.text($0)) })
      else { return nil }
      isDirect = x
    }
    guard ids.find(idBytes, hash: NominationIDIndex.hash(idBytes), in: nominations) == nil else { return nil }
    let idText = Self.text(idBytes)
    var isMinority = false
    if !v.isEmpty(ethnicity) {
      if let b = Self.key(v, ethnicity) {
        isMinority = minority.value(b) { NominationDetails.isMinority(Self.text($0)) }
      } else {
        isMinority = NominationDetails.isMinority(v.string(ethnicity))
      }
    }
    return Nomination(
      id: idText, campaign: c, unit: u, kind: k, gender: g, isMinority: isMinority, isDirectWorker: isDirect,
      award: a, status: st, submitted: day, decisionDate: decisionDate,
      textStart: keptTexts(v, campaign: c, status: st, into: &texts), line: v.line)
  }

  /// Appends the texts of the row that are kept to `texts`; returns their start (-1: none).
  private func keptTexts(
    _ v: CSVRecordView, campaign c: Int, status: NominationStatus, into texts: inout NominationTexts
  )
    -> Int
  {
    let kept = KeptTexts.of(campaign: c, status: status, keepText: keepText)
    guard !kept.isEmpty else { return -1 }
    return texts.append { f, out in
      guard kept.keeps(f) else { return }
      let column: Int
      switch f {
      case .name: column = name
      case .position: column = position
      case .decisionNumber: column = decisionNumber
      case .achievement: column = achievement
      case .ethnicity: column = ethnicity
      }
      if let b = v.plainBytes(column) {
        out.append(contentsOf: b)
      } else {
        out.append(contentsOf: v.string(column).utf8)
      }
    }
  }
}
