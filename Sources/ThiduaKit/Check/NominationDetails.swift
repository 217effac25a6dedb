import Core

/// The fields of a nomination row that `de_nghi.csv` and the units' lists read alike, the
/// slow way with every message of DATA.md: gender (`gioi_tinh`, or a `Nữ` column of
/// marks), direct worker, ethnicity, decision date, and the kept texts. Each distinct text
/// is parsed once (the caches).
struct NominationDetails {
  struct Values {
    var gender: Gender?
    var isDirectWorker: Bool
    var isMinority: Bool
    var decisionDate: CalendarDay?
    var ethnicity: String
  }

  private var genders: [String: Gender?] = [:]
  private var minority: [String: Bool] = [:]
  private var yesNo: [String: Bool?] = [:]

  /// The row's values, or nil when one of them is wrong (its error added to `r`).
  mutating func read(_ r: inout FieldReader, _ rec: CSVRecord) -> Values? {
    let decided = r.date(rec, "ngay_quyet_dinh", required: false)
    var gender: Gender?? = .some(nil)
    let genderText = r.text(rec, "gioi_tinh")
    if !genderText.isEmpty {
      if let hit = genders[genderText] {
        gender = .some(hit)
      } else {
        let g = Gender(folded: Fold.key(genderText))
        genders[genderText] = g
        gender = .some(g)
      }
      if gender! == nil {
        r.error(.invalidValue, rec, "gioi_tinh", "giá trị không hợp lệ: \"\(genderText)\" (cần: Nam, Nữ)")
        gender = nil
      }
    }
    let femaleText = r.text(rec, "nu")
    if genderText.isEmpty, !femaleText.isEmpty {
      if let mark = yesNoValue(femaleText) {
        gender = .some(mark ? .female : nil)
      } else {
        r.error(
          .invalidValue, rec, "nu", "giá trị không hợp lệ: \"\(femaleText)\" (cần: x/có/1 hoặc để trống)")
        gender = nil
      }
    }
    let directText = r.text(rec, "lao_dong_truc_tiep")
    var direct: Bool? = false
    if !directText.isEmpty {
      direct = yesNoValue(directText)
      if direct == nil {
        r.error(
          .invalidValue, rec, "lao_dong_truc_tiep",
          "giá trị không hợp lệ: \"\(directText)\" (cần: có/x/1 hoặc không/0/để trống)")
      }
    }
    guard let decided, let gender, let direct else { return nil }
    let ethnicity = r.text(rec, "dan_toc")
    var isMinority = false
    if !ethnicity.isEmpty {
      if let hit = minority[ethnicity] {
        isMinority = hit
      } else {
        isMinority = Self.isMinority(ethnicity)
        minority[ethnicity] = isMinority
      }
    }
    return Values(
      gender: gender, isDirectWorker: direct, isMinority: isMinority, decisionDate: decided,
      ethnicity: ethnicity)
  }

  /// A yes/no text, parsed once per distinct text.
  private mutating func yesNoValue(_ s: String) -> Bool? {
    if let hit = yesNo[s] { return hit }
    let v = ValueParser.yesNo(s)
    yesNo[s] = v
    return v
  }

  /// Anything but Kinh (a non-empty `dan_toc`) is an ethnic minority: the one statement of
  /// the rule, for the fast path too.
  static func isMinority(_ ethnicity: String) -> Bool { Fold.key(ethnicity) != "kinh" }

  /// Appends the kept texts (`KeptTexts`) of a row read the slow way, as the fast path keeps
  /// them (`keepText`: per campaign, nil keeps everything); returns their start (-1: none).
  static func keptTexts(
    keepText: [Bool]?, campaign c: Int, status: NominationStatus, name: String, position: String,
    decisionNumber: String, achievement: String, ethnicity: String, into texts: inout NominationTexts
  ) -> Int {
    let kept = KeptTexts.of(campaign: c, status: status, keepText: keepText)
    guard !kept.isEmpty else { return -1 }
    func ifKept(_ field: NominationTexts.Field, _ text: String) -> String { kept.keeps(field) ? text : "" }
    return texts.append(
      name: ifKept(.name, name), position: ifKept(.position, position),
      decisionNumber: ifKept(.decisionNumber, decisionNumber), achievement: ifKept(.achievement, achievement),
      ethnicity: ifKept(.ethnicity, ethnicity))
  }
}
