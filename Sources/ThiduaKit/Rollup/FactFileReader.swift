/// Reads received `so-lieu.csv` files and adds their rows into a fact table:
/// every row of an office's file counts for that office, whatever its own
/// campaign, cluster and unit ids (REPORTS.md "Roll-up").
///
/// Rows are checked as the roll-up section says: the header must be the fact
/// table's; counts whole numbers ≥ 0; `nu`, `lao_dong_truc_tiep`,
/// `dan_toc_thieu_so` at most `so_luong`; the award code in the upper
/// catalogue; kind and status known. Every problem is a located `Diagnostic`.
/// Fields are read as bytes where they can be (a national roll-up reads a
/// million rows): codes through one table of the values written, numbers digit
/// by digit; anything else goes through the ordinary text rules.
struct FactFileReader {
  /// Award code → position in the upper catalogue.
  private var awards = ParsedFieldCache<Int?>()
  private var kinds = ParsedFieldCache<NomineeKind?>()
  private var statuses = ParsedFieldCache<NominationStatus?>()
  private let awardCodes: [String: Int]
  private let unitIDs: [String: Int]

  /// Which unit of the fact table a row counts for.
  enum Target {
    /// Every row, for this unit (a roll-up: the office that sent the file).
    case office(Int)
    /// The unit whose `ma_don_vi` the row names (a file read back at its own level).
    case ownUnits
  }

  init(dimensions: FactDimensions) {
    var codes: [String: Int] = [:]
    for (i, a) in dimensions.awards.enumerated() where codes[a.code] == nil { codes[a.code] = i }
    awardCodes = codes
    var ids: [String: Int] = [:]
    for (i, u) in dimensions.units.enumerated() where ids[u.id] == nil { ids[u.id] = i }
    unitIDs = ids
  }

  /// Adds the file at `path` (named `file` in messages) into `facts`;
  /// returns its errors (the counts added are then not to be used).
  mutating func add(path: String, file: String, unit: Target, into facts: inout FactTable) -> [Diagnostic] {
    let utf8: [UInt8]
    do {
      utf8 = try TextDecoder.decode(FileBytes.read(path: path, file: file), file: file).utf8
    } catch let d as Diagnostic {
      return [d]
    } catch {
      return [Diagnostic(.error, .unreadableFile, file: file, "không đọc được tệp: \(error)")]
    }
    return add(utf8: utf8, file: file, unit: unit, into: &facts)
  }

  mutating func add(utf8: [UInt8], file: String, unit: Target, into facts: inout FactTable) -> [Diagnostic] {
    var errors: [Diagnostic] = []
    var columns: [Int]?  // position of each of `FactTable.columnNames` in the file
    do {
      try CSVReader.visit(utf8: utf8, file: file) { view in
        guard let at = columns else {
          columns = Self.bind(view, file: file, into: &errors)
          if columns == nil { throw StopReading() }
          return
        }
        self.row(view, at, file: file, unit: unit, into: &facts, errors: &errors)
      }
    } catch is StopReading {
    } catch let d as Diagnostic {
      errors.append(d)
    } catch {
      errors.append(Diagnostic(.error, .unreadableFile, file: file, "không đọc được tệp: \(error)"))
    }
    if columns == nil && errors.isEmpty {
      errors.append(Self.headerError(file: file, line: nil))
    }
    return errors
  }

  private struct StopReading: Error {}

  /// The header's columns, or nil (with the error) when it is not the fact table's.
  private static func bind(_ view: CSVRecordView, file: String, into errors: inout [Diagnostic]) -> [Int]? {
    let folded = (0..<view.count).map { Fold.key(view.string($0)) }
    let names = FactTable.columnNames
    guard folded.count == names.count, Set(folded) == Set(names) else {
      errors.append(headerError(file: file, line: view.line))
      return nil
    }
    return names.map { folded.firstIndex(of: $0)! }
  }

  static func headerError(file: String, line: Int?) -> Diagnostic {
    Diagnostic(
      .error, .missingColumn, file: file, line: line,
      "dòng tiêu đề không phải của bảng số liệu (cần đúng các cột: "
        + FactTable.columnNames.joined(separator: ", ") + ")")
  }

  private mutating func row(
    _ view: CSVRecordView, _ at: [Int], file: String, unit target: Target, into facts: inout FactTable,
    errors: inout [Diagnostic]
  ) {
    let line = view.line
    var unit: Int?
    switch target {
    case .office(let u): unit = u
    case .ownUnits:
      unit = unitIDs[view.string(at[2])]
      if unit == nil {
        errors.append(
          Diagnostic(
            .error, .unknownReference, file: file, line: line, column: "ma_don_vi",
            "mã đơn vị \"\(view.string(at[2]))\" không có trong don_vi.csv"))
      }
    }
    let codes = awardCodes
    let award =
      view.plainBytes(at[3]).flatMap { b in awards.value(b) { codes[String(decoding: $0, as: UTF8.self)] } }
      ?? codes[view.string(at[3])]
    let kind =
      view.plainBytes(at[4]).flatMap { b in kinds.value(b) { NomineeKind(folded: Self.folded($0)) } }
      ?? NomineeKind(folded: Fold.key(view.string(at[4])))
    let status =
      view.plainBytes(at[5]).flatMap { b in statuses.value(b) { NominationStatus(folded: Self.folded($0)) } }
      ?? NominationStatus(folded: Fold.key(view.string(at[5])))
    var ok = true
    if award == nil {
      ok = false
      errors.append(
        Diagnostic(
          .error, .unknownReference, file: file, line: line, column: "ma_hinh_thuc",
          "mã hình thức \"\(view.string(at[3]))\" không có trong danh mục hình thức khen thưởng của cấp trên")
      )
    }
    if kind == nil {
      ok = false
      errors.append(
        Diagnostic(
          .error, .invalidValue, file: file, line: line, column: "doi_tuong",
          "đối tượng không hợp lệ: \"\(view.string(at[4]))\" (cần tap_the, ca_nhan hoặc ho_gia_dinh)"))
    }
    if status == nil {
      ok = false
      errors.append(
        Diagnostic(
          .error, .invalidValue, file: file, line: line, column: "trang_thai",
          "trạng thái không hợp lệ: \"\(view.string(at[5]))\" "
            + "(cần de_nghi, dang_tham_dinh, da_khen_thuong hoặc khong_dat)"))
    }
    var numbers = [0, 0, 0, 0]
    for j in 0..<4 {
      let i = at[6 + j]
      if let n = view.plainBytes(i).flatMap(Self.whole) ?? Self.wholeText(view.string(i)) {
        numbers[j] = n
      } else {
        ok = false
        errors.append(
          Diagnostic(
            .error, .invalidValue, file: file, line: line, column: FactTable.columnNames[6 + j],
            "số lượng phải là số nguyên không âm: \"\(view.string(i))\""))
      }
    }
    guard ok else { return }
    for j in 1..<4 where numbers[j] > numbers[0] {
      ok = false
      errors.append(
        Diagnostic(
          .error, .invalidValue, file: file, line: line, column: FactTable.columnNames[6 + j],
          "\(FactTable.columnNames[6 + j]) (\(numbers[j])) lớn hơn so_luong (\(numbers[0]))"))
    }
    guard ok, let unit, let award, let kind, let status else { return }
    facts.add(
      unit: unit, award: award, kind: kind, status: status,
      counts: FactTable.Counts(
        total: numbers[0], women: numbers[1], directWorkers: numbers[2], minorities: numbers[3]))
  }

  static func folded(_ b: UnsafeBufferPointer<UInt8>) -> String {
    Fold.key(String(decoding: b, as: UTF8.self))
  }

  /// ASCII digits only, at most 15 of them (a count, never a sign or a separator).
  static func whole(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !b.isEmpty, b.count <= 15 else { return nil }
    var n = 0
    for x in b {
      guard x >= 0x30 && x <= 0x39 else { return nil }
      n = n * 10 + Int(x - 0x30)
    }
    return n
  }

  /// A whole number ≥ 0 as DATA.md writes integers (`1.234`, `1 234`).
  static func wholeText(_ s: String) -> Int? {
    guard let n = ValueParser.integer(s), n >= 0 else { return nil }
    return n
  }
}
