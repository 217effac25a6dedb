import Core

/// Reads one list sent by a unit (DATA.md "Lists sent by units") into nominations: the
/// campaign and unit from the path, the kind from the `doi_tuong` column or the heading
/// row above, the id `<campaign>/<unit>/<n>` and the status `đề nghị` where left out, the
/// date from the row or the receipt register. Rows keep the list's order; each keeps its
/// line (or row) and the list's `source`, so every message and T6 names the list's file.
struct UnitListRows {
  struct Context {
    let campaign: Int
    let campaignID: String
    let unit: Int
    let unitID: String
    /// `ngay_nhan` of `tiep_nhan.csv` for this unit, if any.
    let received: CalendarDay?
    /// What the message about a list with no dates names as the receipt register.
    let receiptsFile: String
    let awards: AwardLookup
    let awardSource: String
    let keepText: [Bool]?
    /// This list's `Nomination.source`.
    let source: UInt16
  }

  let context: Context
  private(set) var nominations: [Nomination] = []
  private var details = NominationDetails()
  private var kinds: [String: NomineeKind?] = [:]
  private var statuses: [String: NominationStatus?] = [:]

  init(context: Context) { self.context = context }

  /// `1`, `2`, `3`… or `(1)`, `(2)`… in every filled cell: the row under a printed list's
  /// header that numbers its columns.
  static func numbersColumns(_ fields: [String]) -> Bool {
    let filled = fields.filter { !$0.isEmpty }
    return filled.count >= 2
      && filled.allSatisfy { f in
        let digits = f.utf8.filter { $0 != 0x28 && $0 != 0x29 }
        return !digits.isEmpty && digits.allSatisfy { (0x30...0x39).contains($0) }
      }
  }

  /// Reads every record of the list (the header bound in `r`); messages go to `r`.
  mutating func read(_ r: inout FieldReader, texts: inout NominationTexts) {
    let records = r.document.records
    let stt = r.document.header.firstIndex { PeopleHeaders.rowNumber.contains(Fold.key($0)) } ?? 0
    var start = 0
    if let first = records.first, Self.numbersColumns(first.fields) { start = 1 }
    // A list with an STT column ends at its last numbered row: the rows below it without a
    // number (the date line, "Người lập biểu", signatures) are its foot, not nominations.
    let hasSTT = r.document.header.contains { PeopleHeaders.rowNumber.contains(Fold.key($0)) }
    func numbered(_ rec: CSVRecord) -> Bool {
      let key = stt < rec.fields.count ? Fold.key(rec.fields[stt]) : ""
      return !key.isEmpty && key.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }
    let last = hasSTT ? (records.lastIndex(where: numbered) ?? -1) : records.count - 1
    var heading: (kind: NomineeKind, text: String, line: Int)?
    var n = 0
    var undated: [Int] = []
    for k in records.indices where k >= start && k <= last {
      let rec = records[k]
      if let kind = ListHeading.kind(of: rec.fields, stt: stt) {
        let text = rec.fields.first { !$0.isEmpty && !ListHeading.isNumeral(Fold.key($0)) } ?? ""
        heading = (kind, text, rec.line)
        continue
      }
      if rec.fields.enumerated().allSatisfy({ $0.offset == stt || $0.element.isEmpty }) { continue }
      n += 1
      if let nomination = row(&r, rec, number: n, heading: heading, undated: &undated, texts: &texts) {
        nominations.append(nomination)
      }
    }
    if !undated.isEmpty {
      let rows = undated.count == 1 ? "dòng \(undated[0])" : "\(undated.count) dòng (từ dòng \(undated[0]))"
      r.diagnostics.append(
        Diagnostic(
          .error, .missingValue, file: r.file, column: "ngay_de_nghi",
          "danh sách không ghi ngày đề nghị (\(rows)) và đơn vị \(context.unitID) chưa có ngày nhận trong "
            + "\(context.receiptsFile): ghi ngày vào cột ngay_de_nghi của danh sách, hoặc ghi ma_don_vi và "
            + "ngay_nhan vào \(context.receiptsFile)"))
    }
  }

  /// One data row; nil when it has an error (added to `r`). `undated` collects the lines
  /// of rows with no date when the unit has no receipt date (one message for the list).
  private mutating func row(
    _ r: inout FieldReader, _ rec: CSVRecord, number: Int,
    heading: (kind: NomineeKind, text: String, line: Int)?, undated: inout [Int], texts: inout NominationTexts
  ) -> Nomination? {
    var ok = true
    for (column, expected, what) in [
      ("ma_phong_trao", context.campaignID, "phong trào"), ("ma_don_vi", context.unitID, "đơn vị"),
    ] {
      let s = r.text(rec, column)
      if !s.isEmpty && s != expected {
        r.error(
          .invalidValue, rec, column,
          "\(what) \"\(s)\" khác với \(what) của danh sách theo đường dẫn tệp: \"\(expected)\"")
        ok = false
      }
    }
    let idText = r.text(rec, "ma_de_nghi")
    let id = idText.isEmpty ? "\(context.campaignID)/\(context.unitID)/\(number)" : idText
    var kind: NomineeKind? = heading?.kind
    if !r.text(rec, "doi_tuong").isEmpty {
      let written = r.enumeration(
        rec, "doi_tuong", labels: "tập thể, cá nhân, hộ gia đình", cache: &kinds, NomineeKind.init(folded:))
      if let written, let heading, written != heading.kind {
        r.error(
          .invalidValue, rec, "doi_tuong",
          "đối tượng \"\(r.text(rec, "doi_tuong"))\" khác với dòng tiêu đề \"\(heading.text)\" ở dòng \(heading.line)"
        )
        ok = false
      }
      kind = written
    } else if kind == nil {
      r.error(
        .missingValue, rec, "doi_tuong",
        "thiếu đối tượng: ghi cột doi_tuong (tập thể, cá nhân, hộ gia đình) hoặc đặt dòng tiêu đề nhóm "
          + "(\"I. TẬP THỂ\", \"II. CÁ NHÂN\") phía trên")
    }
    let name = r.required(rec, "ten")
    let award = r.award(rec, "ma_hinh_thuc", in: context.awards, source: context.awardSource)
    var status: NominationStatus? = .submitted
    if !r.text(rec, "trang_thai").isEmpty {
      status = r.enumeration(
        rec, "trang_thai", labels: "đề nghị, đang thẩm định, đã khen thưởng, không đạt", cache: &statuses,
        NominationStatus.init(folded:))
    }
    var submitted: CalendarDay? = nil
    if !r.text(rec, "ngay_de_nghi").isEmpty {
      if let d = r.date(rec, "ngay_de_nghi", required: true) { submitted = d } else { ok = false }
    } else if let received = context.received {
      submitted = received
    } else {
      undated.append(rec.line)
    }
    let values = details.read(&r, rec)
    guard ok, let kind, let name, let award, let status, let submitted, let values else { return nil }
    let textStart = NominationDetails.keptTexts(
      keepText: context.keepText, campaign: context.campaign, status: status, name: name,
      position: r.text(rec, "chuc_vu"), decisionNumber: r.text(rec, "so_quyet_dinh"),
      achievement: r.text(rec, "thanh_tich"), ethnicity: values.ethnicity, into: &texts)
    return Nomination(
      id: id, campaign: context.campaign, unit: context.unit, kind: kind, gender: values.gender,
      isMinority: values.isMinority, isDirectWorker: values.isDirectWorker, award: award, status: status,
      submitted: submitted, decisionDate: values.decisionDate, textStart: textStart, line: rec.line,
      source: context.source)
  }
}
