import Foundation
import XCTest

@testable import ThiduaKit

/// `de_nghi.csv` read with the fast path (`NominationFastPath`, bytes and caches) and the
/// ordinary way (`NominationRows`' field-by-field reading with every message) gives the
/// same nominations, the same kept texts and the same messages, for every valid row of the
/// fixtures and of generated files over every kind, status, encoding (UTF-8 with and
/// without BOM, UTF-16 LE/BE, Windows-1258), quoting, line ending, delimiter, column order,
/// empty optional column, NFD text and `TextNeeds`. Why: the two state the row rules twice;
/// a column or a spelling that one of them misses would change every plain row silently.
///
/// The reference is the ordinary way on the whole file; it is compared with the fast path
/// on the whole file, chunked, and (UTF-8) in two halves split at a random line.
final class FastPathDifferentialTests: XCTestCase {
  /// Deterministic random numbers (SplitMix64), so a failure names a variant that replays.
  struct Random: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func pick<T>(_ list: [T]) -> T { list[below(list.count)] }
    mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) < p * 1_000_000 }
  }

  enum Encoding: CaseIterable {
    case utf8, utf8BOM, utf16LE, utf16BE, windows1258
  }

  enum Quoting: CaseIterable {
    /// Only where the field needs it (a delimiter, a quote, a line break).
    case asNeeded
    /// A third of the fields, at random.
    case some
    case all
  }

  static let columns = [
    "ma_de_nghi", "ma_phong_trao", "ma_don_vi", "doi_tuong", "ten", "chuc_vu", "gioi_tinh", "dan_toc",
    "lao_dong_truc_tiep", "ma_hinh_thuc", "trang_thai", "ngay_de_nghi", "so_quyet_dinh", "ngay_quyet_dinh",
    "thanh_tich",
  ]
  static let optional: Set = [
    "chuc_vu", "gioi_tinh", "dan_toc", "lao_dong_truc_tiep", "so_quyet_dinh", "ngay_quyet_dinh", "thanh_tich",
  ]
  /// The headers as a clerk types them; they fold to the names above.
  static let spelledHeaders = [
    "Mã đề nghị", "Mã phong trào", "Mã đơn vị", "Đối tượng", "Tên", "Chức vụ", "Giới tính", "Dân tộc",
    "Lao động trực tiếp", "Mã hình thức", "Trạng thái", "Ngày đề nghị", "Số quyết định", "Ngày quyết định",
    "Thành tích",
  ]

  static func nfd(_ s: String) -> String { s.decomposedStringWithCanonicalMapping }

  /// Each kind and status in several spellings that fold to it, NFD among them.
  static let kinds: [(word: String, individual: Bool)] = {
    var out: [(String, Bool)] = []
    for (w, individual) in [("cá nhân", true), ("tập thể", false), ("hộ gia đình", false)] {
      for s in [
        w, w.capitalized, w.uppercased(), Fold.key(w).replacingOccurrences(of: "_", with: " "),
        Fold.key(w), nfd(w), nfd(w.uppercased()),
      ] {
        out.append((s, individual))
      }
    }
    return out
  }()
  static let statuses: [(word: String, awarded: Bool)] = {
    var out: [(String, Bool)] = []
    for w in ["đề nghị", "đang thẩm định", "đã khen thưởng", "không đạt"] {
      for s in [w, w.capitalized, w.uppercased(), Fold.key(w), nfd(w)] {
        out.append((s, w == "đã khen thưởng"))
      }
    }
    return out
  }()
  static let genders = ["", "Nam", "nam", "NAM", "Nữ", "nữ", "NỮ", "nu", nfd("Nữ")]
  static let ethnicities = [
    "", "Kinh", "kinh", "KINH", " Kinh ", "Tày", "Nùng", "H'Mông", "Ê Đê", "Thái", "Sán Dìu", nfd("Tày"),
    nfd("Ê Đê"),
  ]
  static let directs = ["", "x", "X", "có", "Có", "1", "0", "không", "KHÔNG", "✓"]
  static let awards = AwardForm.builtIn.map(\.code)
  static let names = [
    "Nông Thị Ánh", "Hoàng Văn Bình", "Lê \"Bé\" Na", "Trần, Dũng", "Thôn Nà Pàn", nfd("Nguyễn Thị Ước"),
    "  Lương Thị Hằng ", "Đinh Thị Ưng", "H'Mông A Dơ", "Hộ ông Vi Văn Páo",
    "Chi hội " + String(repeating: "Phụ nữ thôn Bản Làn, ", count: 8) + "xã Tri Lễ",
  ]
  static let positions = [
    "", "", "Nông dân", "Trưởng thôn, xóm", "Giáo viên\ntrường Tiểu học", nfd("Bí thư chi bộ"),
  ]
  static let decisions = ["12/QĐ-UBND", "5/QĐ-CT", "123/QĐ-UBND ngày 20/3", nfd("30/QĐ-ỦY BAN")]
  static let achievements = [
    "", "Tích cực hiến đất làm đường", "Hoàn thành \"xuất sắc\" nhiệm vụ", nfd("Trồng rừng đạt 120%"),
    String(repeating: "Có nhiều sáng kiến; ", count: 20), "Dòng một\r\ndòng hai",
  ]

  /// A date in one of the forms DATA.md accepts.
  static func date(_ r: inout Random, month: Int) -> String {
    let day = 1 + r.below(28)
    func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    switch r.below(4) {
    case 0: return "\(pad(day))/\(pad(month))/2025"
    case 1: return "\(day)/\(month)/2025"
    case 2: return "2025-\(pad(month))-\(pad(day))"
    default: return "\(pad(day)).\(pad(month)).2025"
    }
  }

  /// One valid row, as field values by column name.
  static func row(_ i: Int, _ r: inout Random, emoji: Bool) -> [String: String] {
    let kind = r.pick(kinds)
    let status = r.pick(statuses)
    let month = 1 + r.below(9)
    var v: [String: String] = [
      "ma_de_nghi": r.chance(0.1) ? "ĐN-\(i)" : "N\(i)", "ma_phong_trao": r.pick(["PT1", "PT2"]),
      "ma_don_vi": r.pick(["U1", "U2", "U3"]), "doi_tuong": kind.word,
      "ten": r.pick(names) + (emoji && r.chance(0.1) ? " 🌾" : ""), "chuc_vu": r.pick(positions),
      "gioi_tinh": kind.individual ? r.pick(genders) : "",
      "dan_toc": kind.individual ? r.pick(ethnicities) : "",
      "lao_dong_truc_tiep": kind.individual ? r.pick(directs) : "", "ma_hinh_thuc": r.pick(awards),
      "trang_thai": status.word, "ngay_de_nghi": date(&r, month: month), "so_quyet_dinh": "",
      "ngay_quyet_dinh": "", "thanh_tich": r.pick(achievements),
    ]
    if status.awarded, r.chance(0.85) {
      v["so_quyet_dinh"] = r.pick(decisions)
      v["ngay_quyet_dinh"] = date(&r, month: month + 1)
    }
    return v
  }

  struct Variant: CustomStringConvertible {
    var seed: UInt64
    var encoding: Encoding
    var quoting: Quoting
    var needs: TextNeeds?
    var crlf: Bool
    var delimiter: Character
    /// Column names in file order (optional ones may be missing).
    var columns: [String]
    var spelledHeaders: Bool

    var description: String {
      "seed \(seed) \(encoding) \(quoting) needs \(needs.map { "\($0)" } ?? "nil") crlf \(crlf) "
        + "delimiter \(delimiter) spelled \(spelledHeaders) columns \(columns.joined(separator: "|"))"
    }
  }

  static func field(_ s: String, _ r: inout Random, _ variant: Variant) -> String {
    let needed = s.contains(variant.delimiter) || s.contains("\"") || s.contains("\n") || s.contains("\r")
    let quoted: Bool
    switch variant.quoting {
    case .asNeeded: quoted = needed
    case .some: quoted = needed || r.chance(0.33)
    case .all: quoted = true
    }
    return quoted ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
  }

  /// The file's text and the number of rows.
  static func file(_ variant: Variant, rows count: Int) -> String {
    var r = Random(state: variant.seed)
    let emoji = variant.encoding != .windows1258
    var lines: [String] = []
    lines.append(
      variant.columns.map { c in
        let h = variant.spelledHeaders ? spelledHeaders[columns.firstIndex(of: c)!] : c
        return field(h, &r, variant)
      }.joined(separator: String(variant.delimiter)))
    for i in 0..<count {
      let v = row(i, &r, emoji: emoji)
      lines.append(
        variant.columns.map { field(v[$0]!, &r, variant) }.joined(separator: String(variant.delimiter)))
    }
    let end = variant.crlf ? "\r\n" : "\n"
    let text = lines.joined(separator: end) + end
    // Windows-1258 has the Vietnamese letters (its tones as combining bytes) but no ✓ nor
    // the combining horn of an NFD ư/ơ: such a file is written from the precomposed text.
    guard variant.encoding == .windows1258 else { return text }
    return text.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "✓", with: "x")
  }

  static func bytes(_ text: String, _ encoding: Encoding) throws -> Data {
    switch encoding {
    case .utf8: return Data(text.utf8)
    case .utf8BOM: return Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
    case .utf16LE: return Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
    case .utf16BE: return Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!
    case .windows1258: return try iconv(text, to: "CP1258")
    }
  }

  static func iconv(_ text: String, to encoding: String) throws -> Data {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    p.arguments = ["-f", "UTF-8", "-t", encoding]
    let input = Pipe()
    let output = Pipe()
    p.standardInput = input
    p.standardOutput = output
    try p.run()
    // Written from another thread: a large file would fill both pipes otherwise.
    let writer = Thread {
      input.fileHandleForWriting.write(Data(text.utf8))
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    XCTAssertEqual(p.terminationStatus, 0, "iconv to \(encoding)")
    return data
  }

  /// What one read gives: every field of every nomination (its line included), the texts, the messages.
  struct Outcome: Equatable {
    var nominations: [Nomination]
    var texts: NominationTexts
    var diagnostics: [Diagnostic]
  }

  static func read(_ folder: String, _ needs: TextNeeds?, _ settings: ReadSettings) throws -> (
    Outcome, LoadResult
  ) {
    let result = try DataFolderLoader.load(folder: folder, needs: needs, settings: settings)
    return (
      Outcome(
        nominations: result.dataSet.nominations, texts: result.dataSet.texts, diagnostics: result.diagnostics),
      result
    )
  }

  /// Reads `folder` the ordinary way (the reference) and with the fast path three ways; returns
  /// the reference's result and the rows the fast path made on the whole file.
  @discardableResult
  func assertBothWaysAgree(
    _ folder: String, needs: TextNeeds?, splitAt fraction: Double, _ what: @autoclosure () -> String
  ) throws -> (reference: LoadResult, fastRows: Int) {
    var ordinary = ReadSettings(chunkSize: nil)
    ordinary.fastPath = false
    let (expected, reference) = try Self.read(folder, needs, ordinary)
    XCTAssertEqual(reference.nominationsOnFastPath, 0, what())
    let whole = try Self.read(folder, needs, ReadSettings(chunkSize: nil))
    assertSame(whole.0, expected, "whole file, " + what())
    let chunked = try Self.read(folder, needs, ReadSettings(chunkSize: 4096))
    assertSame(chunked.0, expected, "chunked, " + what())
    let halves = try Self.read(
      folder, needs,
      ReadSettings(chunkSize: 4096, halvesMinimumBytes: 0, splitFraction: fraction, segmentSize: 7))
    assertSame(halves.0, expected, "halves, " + what())
    return (reference, whole.1.nominationsOnFastPath)
  }

  /// Fails naming the first nomination, text or message that differs (not the whole file).
  func assertSame(_ got: Outcome, _ expected: Outcome, _ what: String) {
    guard got != expected else { return }
    if let i = got.nominations.indices.first(where: {
      $0 < expected.nominations.count && got.nominations[$0] != expected.nominations[$0]
    }) {
      XCTFail("\(what): nomination \(i) \(got.nominations[i]) instead of \(expected.nominations[i])")
    } else if got.nominations.count != expected.nominations.count {
      XCTFail("\(what): \(got.nominations.count) nominations instead of \(expected.nominations.count)")
    } else if let i = got.diagnostics.indices.first(where: {
      $0 < expected.diagnostics.count && got.diagnostics[$0] != expected.diagnostics[$0]
    }) {
      XCTFail("\(what): message \(i) \(got.diagnostics[i]) instead of \(expected.diagnostics[i])")
    } else if got.diagnostics.count != expected.diagnostics.count {
      XCTFail("\(what): \(got.diagnostics.count) messages instead of \(expected.diagnostics.count)")
    } else {
      let fields: [NominationTexts.Field] = [.name, .position, .decisionNumber, .achievement, .ethnicity]
      for (n, e) in zip(got.nominations, expected.nominations) {
        for f in fields where got.texts.text(f, of: n) != expected.texts.text(f, of: e) {
          return XCTFail(
            "\(what): line \(n.line) \(f) \"\(got.texts.text(f, of: n))\" instead of \"\(expected.texts.text(f, of: e))\""
          )
        }
      }
      XCTFail("\(what): the texts' bytes differ")
    }
  }

  func testGeneratedRowsGiveTheSameNominationsBothWays() throws {
    let rowsPerFile = 240
    var variants: [Variant] = []
    var r = Random(state: 14)
    let needsChoices: [TextNeeds?] = [nil, .reporting(["PT1"]), .reporting([], showsText: false)]
    for encoding in Encoding.allCases {
      for quoting in Quoting.allCases {
        for needs in needsChoices {
          var columns = Self.columns
          switch r.below(4) {
          case 0: break
          case 1: columns.reverse()
          case 2: columns.removeAll { Self.optional.contains($0) }
          default:
            columns.removeAll { Self.optional.contains($0) && r.chance(0.5) }
            columns.shuffle(using: &r)
          }
          variants.append(
            Variant(
              seed: r.next(), encoding: encoding, quoting: quoting, needs: needs, crlf: r.chance(0.5),
              delimiter: r.chance(0.3) ? ";" : ",", columns: columns, spelledHeaders: r.chance(0.3)))
        }
      }
    }
    var rows = 0
    var fast = 0
    for variant in variants {
      let folder = try FixtureFolder()
      defer { try? FileManager.default.removeItem(at: folder.url) }
      let text = Self.file(variant, rows: rowsPerFile)
      try Self.bytes(text, variant.encoding).write(to: folder.url.appendingPathComponent("de_nghi.csv"))
      let (reference, fastRows) = try assertBothWaysAgree(
        folder.path, needs: variant.needs, splitAt: Double(1 + r.below(98)) / 100, "\(variant)")
      // Every generated row is valid: all of them are nominations, with no message at all.
      XCTAssertEqual(reference.dataSet.nominations.count, rowsPerFile, "\(variant)")
      XCTAssertEqual(reference.diagnostics, [], "\(variant)")
      rows += rowsPerFile
      fast += fastRows
      // Plain UTF-8 rows without quotes take the fast path unless a key word is NFD.
      if variant.quoting == .asNeeded, variant.encoding == .utf8 {
        XCTAssertGreaterThan(fastRows, rowsPerFile / 2, "\(variant)")
      }
    }
    XCTAssertEqual(variants.count, 45)
    XCTAssertEqual(rows, 45 * rowsPerFile)
    // Most rows went the fast way, so the comparison is not of the ordinary way with itself.
    XCTAssertGreaterThan(fast, rows / 3)
  }

  /// The same kinds, statuses and values, one file per value, so a rare value is never
  /// left to chance: every spelling of every kind and status, gender, ethnicity, mark.
  func testEverySpellingGivesTheSameNominationBothWays() throws {
    var lines = [Self.columns.joined(separator: ",")]
    var i = 0
    func add(_ change: [String: String]) {
      var r = Random(state: UInt64(i))
      var v = Self.row(i, &r, emoji: true)
      for (k, x) in change { v[k] = x }
      let variant = Variant(
        seed: 0, encoding: .utf8, quoting: .asNeeded, needs: nil, crlf: false, delimiter: ",",
        columns: Self.columns, spelledHeaders: false)
      lines.append(Self.columns.map { Self.field(v[$0]!, &r, variant) }.joined(separator: ","))
      i += 1
    }
    for k in Self.kinds {
      for s in Self.statuses { add(["doi_tuong": k.word, "trang_thai": s.word]) }
    }
    for g in Self.genders { add(["doi_tuong": "cá nhân", "gioi_tinh": g]) }
    for e in Self.ethnicities { add(["doi_tuong": "cá nhân", "dan_toc": e]) }
    for d in Self.directs { add(["doi_tuong": "cá nhân", "lao_dong_truc_tiep": d]) }
    for o in Self.optional { add([o: ""]) }
    let folder = try FixtureFolder(["de_nghi.csv": lines.joined(separator: "\n")])
    defer { try? FileManager.default.removeItem(at: folder.url) }
    for needs in [nil, TextNeeds.reporting(["PT2"])] {
      let (reference, fastRows) = try assertBothWaysAgree(
        folder.path, needs: needs, splitAt: 0.5, "spellings")
      XCTAssertEqual(reference.dataSet.nominations.count, i)
      XCTAssertEqual(reference.diagnostics, [])
      XCTAssertGreaterThan(fastRows, i / 2)
    }
  }

  /// The fixtures: sample-data (Windows-1258), the base test folder, and the halves' rows
  /// (valid and invalid rows, duplicates within and across halves, a quoted line break).
  func testFixturesGiveTheSameNominationsBothWays() throws {
    let sample = try assertBothWaysAgree(Repository.sampleData, needs: nil, splitAt: 0.42, "sample-data")
    XCTAssertGreaterThan(sample.reference.dataSet.nominations.count, 100)
    for needs in [nil, TextNeeds.reporting(["PT1"])] {
      let base = try FixtureFolder()
      defer { try? FileManager.default.removeItem(at: base.url) }
      let b = try assertBothWaysAgree(base.path, needs: needs, splitAt: 0.5, "base fixture")
      XCTAssertEqual(b.fastRows, b.reference.dataSet.nominations.count)
      let header = FixtureFolder.nominations.components(separatedBy: "\n")[0]
      let halves = try FixtureFolder(
        ["de_nghi.csv": ([header] + ReadTestsHalves.rows()).joined(separator: "\n")])
      defer { try? FileManager.default.removeItem(at: halves.url) }
      for step in 1..<10 {
        try assertBothWaysAgree(halves.path, needs: needs, splitAt: Double(step) / 10, "halves' rows")
      }
    }
  }
}
