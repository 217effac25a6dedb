/// The nominations read from one stretch of `de_nghi.csv`, record by record: the fast
/// path (`NominationFastPath`) for valid rows, the slow way with every message of DATA.md
/// for the others, and the ids seen so far for the duplicate check.
///
/// The whole file is one stretch; on two cores (`NominationHalves`) each half is one,
/// and the second half leaves the duplicate-id check to the join (`checksDuplicates`
/// false): whether an id was first used in the first half, and on which line, is known
/// only then. Such a stretch keeps its rows in segments, which the join moves one at a
/// time, so the two halves are never held twice (measured: +47 MB at 1M nominations when
/// the second half was one array).
struct NominationRows {
  /// What every stretch of the file is checked against.
  struct Context {
    let campaignIndex: [String: Int]
    let unitIndex: [String: Int]
    /// The files an unknown `ma_phong_trao` / `ma_don_vi` is said to be missing from (the
    /// file read: `don_vi.xlsx` when the roster came as a workbook).
    let campaignsFile: String
    let unitsFile: String
    /// Codes and names of the catalogue.
    let awards: AwardLookup
    /// Where an unknown `ma_hinh_thuc` is said to be missing from.
    let awardSource: String
    /// Per campaign index: are its texts kept? nil keeps everything.
    let keepText: [Bool]?
    /// Rows per segment of a stretch that does not check duplicates (`ReadSettings`).
    let segmentSize: Int
    /// Whether valid rows take the fast path (`ReadSettings.fastPath`).
    var usesFastPath = true
  }

  let context: Context
  let checksDuplicates: Bool
  private(set) var nominations: [Nomination] = []
  /// The kept texts of the rows of this stretch.
  private(set) var texts = NominationTexts()
  private(set) var ids = NominationIDIndex()
  /// Rows the fast path made (the differential test checks it was taken).
  private(set) var fastRows = 0
  /// Full segments of a stretch that does not check duplicates (`nominations` is the last).
  private var segments: [[Nomination]] = []
  private var fast: NominationFastPath?
  private var reserved = false
  private var kinds: [String: NomineeKind?] = [:]
  private var statuses: [String: NominationStatus?] = [:]
  private var details = NominationDetails()

  init(context: Context, checksDuplicates: Bool = true) {
    self.context = context
    self.checksDuplicates = checksDuplicates
  }

  /// Gives the nominations and their texts away (the stretch is done with).
  mutating func take() -> ([Nomination], NominationTexts) {
    defer {
      nominations = []
      texts = NominationTexts()
    }
    return (nominations, texts)
  }

  /// Gives the rows away as segments, in order, with their texts (the stretch is done with).
  mutating func takeSegments() -> ([[Nomination]], NominationTexts) {
    defer {
      segments = []
      nominations = []
      texts = NominationTexts()
    }
    return (nominations.isEmpty ? segments : segments + [nominations], texts)
  }

  private mutating func keep(_ n: Nomination) {
    if checksDuplicates {
      ids.insert(hash: NominationIDIndex.hash(n.id), index: nominations.count)
    } else if nominations.count == context.segmentSize {
      segments.append(nominations)
      nominations = []
      nominations.reserveCapacity(context.segmentSize)
    }
    nominations.append(n)
  }

  mutating func add(_ r: inout FieldReader, _ view: CSVRecordView) {
    if fast == nil {
      fast = NominationFastPath(
        reader: r, campaignIndex: context.campaignIndex, unitIndex: context.unitIndex,
        awards: context.awards, keepText: context.keepText)
    }
    if checksDuplicates, !reserved, nominations.count == 1000, view.position > 0 {
      reserved = true
      // Room for the whole stretch, guessed from its first thousand rows: growing a million
      // nominations by doubling copies them and can leave twice the room (measured).
      // (A first half guesses the whole file's rows: its room then takes the second half's.)
      let estimate = Double(view.bufferCount) / Double(view.position) * 1.05 * Double(nominations.count + 1)
      nominations.reserveCapacity(Int(estimate))
      texts.reserveCapacity(Int(estimate / Double(nominations.count) * Double(texts.byteCount)))
      ids.reserve(Int(estimate))
    }
    // Without the duplicate check `ids` stays empty, so the fast path finds no repeat.
    if context.usesFastPath, let n = fast!.nomination(view, ids: ids, in: nominations, texts: &texts) {
      fastRows += 1
      keep(n)
      return
    }
    slow(&r, view.record)
  }

  /// The slow way, field by field, with the messages of DATA.md.
  private mutating func slow(_ r: inout FieldReader, _ rec: CSVRecord) {
    let id = r.required(rec, "ma_de_nghi")
    let campaign = r.reference(
      rec, "ma_phong_trao", in: context.campaignIndex, what: "phong trào", sourceFile: context.campaignsFile)
    let unit = r.reference(
      rec, "ma_don_vi", in: context.unitIndex, what: "đơn vị", sourceFile: context.unitsFile)
    let kind = r.enumeration(
      rec, "doi_tuong", labels: "tập thể, cá nhân, hộ gia đình", cache: &kinds, NomineeKind.init(folded:))
    let name = r.required(rec, "ten")
    let award = r.award(rec, "ma_hinh_thuc", in: context.awards, source: context.awardSource)
    let status = r.enumeration(
      rec, "trang_thai", labels: "đề nghị, đang thẩm định, đã khen thưởng, không đạt", cache: &statuses,
      NominationStatus.init(folded:))
    let submitted = r.date(rec, "ngay_de_nghi", required: true)
    let details = self.details.read(&r, rec)
    guard let id, let campaign, let unit, let kind, let name, let award, let status,
      let s = submitted ?? nil, let details
    else { return }
    var idCopy = id
    if checksDuplicates,
      let first = idCopy.withUTF8({ ids.find($0, hash: NominationIDIndex.hash($0), in: nominations) })
    {
      r.error(.duplicateID, rec, "ma_de_nghi", Self.duplicateMessage(id, firstLine: nominations[first].line))
      return
    }
    let textStart = NominationDetails.keptTexts(
      keepText: context.keepText, campaign: campaign, status: status, name: name,
      position: r.text(rec, "chuc_vu"), decisionNumber: r.text(rec, "so_quyet_dinh"),
      achievement: r.text(rec, "thanh_tich"), ethnicity: details.ethnicity, into: &texts)
    keep(
      Nomination(
        id: id, campaign: campaign, unit: unit, kind: kind, gender: details.gender,
        isMinority: details.isMinority, isDirectWorker: details.isDirectWorker, award: award, status: status,
        submitted: s, decisionDate: details.decisionDate, textStart: textStart, line: rec.line))
  }

  static func duplicateMessage(_ id: String, firstLine: Int) -> String {
    "trùng mã \"\(id)\" (đã có ở dòng \(firstLine))"
  }

  /// Appends the rows of a later stretch that did not check duplicates, as one read
  /// would have kept them: a row whose id is already here is dropped with its
  /// duplicate-id message, naming the line where the id was first used. `shift` makes the
  /// later stretch's lines the file's. Returns those messages in row order; `segments`
  /// is emptied one segment at a time. The texts of the rows kept are copied from
  /// `laterTexts` one row at a time, so the texts are exactly those of one read.
  mutating func append(
    _ segments: inout [[Nomination]], texts laterTexts: NominationTexts, shift: Int, file: String,
    header: String? = nil
  ) -> [Diagnostic] {
    var out: [Diagnostic] = []
    let total = nominations.count + segments.reduce(0) { $0 + $1.count }
    nominations.reserveCapacity(total)
    texts.reserveCapacity(texts.byteCount + laterTexts.byteCount)
    ids.reserve(total)
    for k in segments.indices {
      for var n in segments[k] {
        n.line += shift
        let h = NominationIDIndex.hash(n.id)
        var id = n.id
        if let first = id.withUTF8({ ids.find($0, hash: h, in: nominations) }) {
          out.append(
            Diagnostic(
              .error, .duplicateID, file: file, line: n.line, column: "ma_de_nghi",
              Self.duplicateMessage(n.id, firstLine: nominations[first].line), header: header))
          continue
        }
        ids.insert(hash: h, index: nominations.count)
        n.textStart = texts.append(copyOf: n.textStart, in: laterTexts)
        nominations.append(n)
      }
      segments[k] = []
    }
    segments = []
    return out
  }
}
