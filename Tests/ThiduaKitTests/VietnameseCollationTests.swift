import Foundation
import XCTest

@testable import ThiduaKit

/// The T5 ordering of REPORTS.md: Vietnamese dictionary order, word by word, given name first
/// for people.
final class VietnameseCollationTests: XCTestCase {
  private func sortedByKey(_ words: [String]) -> [String] {
    VietnameseCollation.sorted(words, by: VietnameseCollation.key)
  }

  private func sortedByPerson(_ names: [String]) -> [String] {
    VietnameseCollation.sorted(names, by: VietnameseCollation.personKey)
  }

  /// Asserts `words` is strictly increasing under `key`, pair by pair, so a failure names
  /// the pair that is out of order.
  private func assertIncreasing(
    _ words: [String], _ key: (String) -> VietnameseCollationKey = VietnameseCollation.key,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    for (a, b) in zip(words, words.dropFirst()) {
      XCTAssertLessThan(key(a), key(b), "\(a) < \(b)", file: file, line: line)
    }
  }

  // MARK: - The spec's examples

  func testSpecExamples() {
    assertIncreasing(["Anh", "Ảnh", "Ánh", "Bình"])
    assertIncreasing(["Dũng", "Dương", "Đức"])
    assertIncreasing(["Uyên", "Ưng"])
    assertIncreasing(["Hà", "Hải", "Hạnh", "Hằng"])
    assertIncreasing(["Tú", "Tuấn"])
    XCTAssertLessThan(
      VietnameseCollation.personKey("Nông Thị Ánh"), VietnameseCollation.personKey("Hoàng Văn Bình"))
    XCTAssertLessThan(
      VietnameseCollation.personKey("Trần Dũng"), VietnameseCollation.personKey("Lê Đức"))
  }

  func testTrickyListSorted() {
    let words = [
      "Ánh", "Anh", "Ảnh", "Đức", "Dũng", "Dương", "Ưng", "Uyên", "Hà", "Hải", "Hạnh", "Hằng",
      "Tú", "Tuấn", "Yên", "Ý", "Ước",
    ]
    let expected = [
      "Anh", "Ảnh", "Ánh", "Dũng", "Dương", "Đức", "Hà", "Hải", "Hạnh", "Hằng", "Tú", "Tuấn",
      "Uyên", "Ưng", "Ước", "Ý", "Yên",
    ]
    XCTAssertEqual(sortedByKey(words), expected)
    XCTAssertEqual(sortedByKey(words.reversed()), expected)
  }

  func testAlphabetOrder() {
    let alphabet = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z"
      .split(separator: " ").map(String.init)
    assertIncreasing(alphabet)
    assertIncreasing(alphabet.map { $0.uppercased() })
  }

  func testTonesInOrder() {
    assertIncreasing(["a", "à", "ả", "ã", "á", "ạ"])
    assertIncreasing(["ơ", "ờ", "ở", "ỡ", "ớ", "ợ"])
    assertIncreasing(["Ư", "Ừ", "Ử", "Ữ", "Ứ", "Ự"])
    // Tones compare letter by letter: the first toned position decides.
    assertIncreasing(["hoa", "hoà", "hòa"])
  }

  func testLettersBeforeTonesBeforeCase() {
    // Letters decide before tones.
    assertIncreasing(["tú", "tuấn"])
    assertIncreasing(["ạ", "ă"])
    // Tones decide before case.
    assertIncreasing(["an", "An", "àn", "Àn"])
    // Case: lower first.
    XCTAssertLessThan(VietnameseCollation.key("an"), VietnameseCollation.key("An"))
    XCTAssertLessThan(VietnameseCollation.key("An"), VietnameseCollation.key("AN"))
    XCTAssertNotEqual(VietnameseCollation.key("an"), VietnameseCollation.key("An"))
  }

  func testDigitsBeforeLetters() {
    assertIncreasing(["0", "1", "9", "a", "A"])
    assertIncreasing(["Tổ 1", "Tổ 2", "Tổ A", "Tổ Bảo vệ"])
    assertIncreasing(["A1", "A9", "Aa"])
    // Digit by digit, like ICU without numeric ordering: "Tổ 10" sorts before "Tổ 2".
    assertIncreasing(["Tổ 10", "Tổ 2"])
  }

  // MARK: - Words and people

  func testWordByWordShorterFirst() {
    assertIncreasing(["An", "An Bình", "An Bình Minh", "Anh"])
    assertIncreasing(["Công đoàn", "Công ty A", "Công ty Cổ phần"])
    // Each word entirely (letters, tones, case) before the next word.
    assertIncreasing(["Ánh Bình", "Ạnh An"])  // ICU would put Ạnh An first
    assertIncreasing(["Hà Nội", "Hả Nam"])  // ICU would put Hả Nam first: all letters first
  }

  func testPersonKeyGivenNameFirst() {
    let names = [
      "Hoàng Văn Bình", "Nông Thị Ánh", "Lê Đức", "Trần Dũng", "Nguyễn Văn An",
      "Nguyễn An", "An", "Trần Thị Ánh", "Nguyễn Thị Ánh", "Nguyễn Ánh", "Đỗ Thị Hằng",
      "Phạm Hải", "Vũ Hạnh", "Bùi Thị Hà",
    ]
    let expected = [
      "An", "Nguyễn An", "Nguyễn Văn An",
      "Nguyễn Ánh", "Nguyễn Thị Ánh", "Nông Thị Ánh", "Trần Thị Ánh",
      "Hoàng Văn Bình", "Trần Dũng", "Lê Đức",
      "Bùi Thị Hà", "Phạm Hải", "Vũ Hạnh", "Đỗ Thị Hằng",
    ]
    XCTAssertEqual(sortedByPerson(names), expected)
    XCTAssertEqual(sortedByPerson(names.reversed()), expected)
    // The key is the given name's key followed by the others' in order.
    XCTAssertEqual(
      VietnameseCollation.personKey("Nông Thị Ánh").bytes,
      (["Ánh", "Nông", "Thị"].map(VietnameseCollation.wordKey)).flatMap(\.bytes))
    XCTAssertEqual(VietnameseCollation.personKey("Ánh"), VietnameseCollation.key("Ánh"))
  }

  func testWhitespaceSeparatesWords() {
    let key = VietnameseCollation.personKey("Lê Đức")
    XCTAssertEqual(VietnameseCollation.personKey("  Lê   Đức "), key)
    XCTAssertEqual(VietnameseCollation.personKey("Lê\tĐức\n"), key)
    XCTAssertEqual(VietnameseCollation.personKey("Lê\u{00A0}Đức"), key)
    XCTAssertEqual(VietnameseCollation.key(""), VietnameseCollation.key("   "))
    XCTAssertLessThan(VietnameseCollation.key(""), VietnameseCollation.key("a"))
  }

  func testNFDEqualsNFC() {
    for text in ["Nguyễn Thị Ánh", "Đặng Hữu Phước", "Ưng Hoàng Phúc", "Trần Thị Ngọc Hằng"] {
      let nfd = text.decomposedStringWithCanonicalMapping
      XCTAssertNotEqual(Array(nfd.unicodeScalars), Array(text.unicodeScalars))
      XCTAssertEqual(VietnameseCollation.personKey(nfd), VietnameseCollation.personKey(text))
      XCTAssertEqual(VietnameseCollation.key(nfd), VietnameseCollation.key(text))
    }
  }

  // MARK: - Decisions beyond Vietnamese

  func testNonVietnameseLettersFallBackToBase() {
    // Same letters as the base, and no tone: equal up to nothing but themselves.
    XCTAssertEqual(VietnameseCollation.key("François"), VietnameseCollation.key("Francois"))
    XCTAssertEqual(VietnameseCollation.key("Muñoz"), VietnameseCollation.key("Munoz"))
    XCTAssertEqual(VietnameseCollation.key("Zoë"), VietnameseCollation.key("Zoe"))
    // ñ is n, never "n with ngã"; it sorts before o like n does.
    assertIncreasing(["Muñoz", "Muoz"])
    // Other scripts and letters without a Latin base come after every Latin letter.
    assertIncreasing(["zz", "ß", "Ωmega", "中"])
  }

  func testPunctuationLowest() {
    assertIncreasing(["Mai", "Mai'Anh", "Mai-Anh", "Mai1", "MaiAnh"])
    assertIncreasing(["Mai-Anh", "Mai–Anh", "Mai0"])  // en dash after ASCII, before digits
    XCTAssertNotEqual(VietnameseCollation.key("Mai-Anh"), VietnameseCollation.key("MaiAnh"))
    // Format characters (soft hyphen, zero-width joiner, BOM) are ignored.
    XCTAssertEqual(VietnameseCollation.key("Mai\u{00AD}Anh\u{200D}"), VietnameseCollation.key("MaiAnh"))
    XCTAssertEqual(VietnameseCollation.key("\u{FEFF}An"), VietnameseCollation.key("An"))
  }

  /// The table is built from NFD, so check it found exactly the 134 non-ASCII Vietnamese
  /// letters (12 vowels × 6 tones − 6 plain ASCII vowels, plus đ; and their capitals).
  func testTableHasThe134VietnameseLetters() {
    let entries = VietnameseCollation.Table.shared.entries
    let vietnamese = entries.indices.filter { VietnameseCollation.Entry.isVietnamese(entries[$0]) }
    XCTAssertEqual(vietnamese.count, 134)
    let letters = String(String.UnicodeScalarView(vietnamese.map { Unicode.Scalar(UInt32($0))! }))
    for expected in ["ặ", "Ặ", "ẫ", "ề", "ễ", "ỉ", "ổ", "ợ", "Ự", "ỹ", "Ỳ", "đ", "Đ"] {
      XCTAssertTrue(letters.contains(expected), expected)
    }
  }

  // MARK: - Against ICU

  /// Words on which ICU's `vi` collation and the spec's rule disagree; the spec would win and
  /// they would be left out here. None found for single Vietnamese syllables: on one word
  /// both compare letters, then tones letter by letter, then case. They part only across
  /// words (ICU compares all letters of a text before any tone, see
  /// `testWordByWordShorterFirst`), which is why the property test uses single words.
  static let knownICUDisagreements: Set<String> = []

  /// A few thousand single words built from Vietnamese initials, rhymes with all tones and
  /// finals: sorting by `key` equals sorting with ICU's `vi` collation via Foundation.
  ///
  /// Foundation on Linux (swift 6.3) does not always give ICU's answer: for some pairs its
  /// result depends on the argument order, so it is no order at all. It happens where one
  /// word has a letter made with breve, circumflex or horn (ă â ê ô ơ ư) and the other, up
  /// to that point, the base letter followed by a letter with a mark. Examples, each with
  /// `a.compare(b)` and `b.compare(a)`:
  ///
  /// - `aá` vs `ă`: > and > (ICU and the spec: aá < ă, `a` < `ă`);
  /// - `uỵ` vs `ự`: = and > (spec: uỵ < ự);
  /// - `quuỵt` vs `quựac`: > and > (spec: quuỵt < quựac, `u` < `ư`).
  ///
  /// (It looks as if Foundation drops the common prefix of the decomposed strings before
  /// asking ICU, cutting `ă` = a + breve in two.) Such pairs are not disagreements with
  /// ICU's rule, whose answer in the right direction matches ours; the comparator below
  /// spots them by asking both ways and falls back to our key for those pairs only. Every
  /// other pair must get the same answer from ICU as from the key.
  func testSingleWordsAgreeWithICU() throws {
    let vi = Locale(identifier: "vi_VN")
    // ICU must be present and tailored for vi, or this test proves nothing.
    guard "Dương".compare("Đức", locale: vi) == .orderedAscending,
      "Ưng".compare("Uyên", locale: vi) == .orderedDescending
    else {
      throw XCTSkip("Foundation has no ICU vi collation here")
    }
    let words = Self.syllables(count: 3000).filter { !Self.knownICUDisagreements.contains($0) }
    XCTAssertGreaterThan(words.count, 2500)
    let keys = Dictionary(uniqueKeysWithValues: words.map { ($0, VietnameseCollation.key($0)) })

    var asked = 0
    var selfContradicting = 0
    /// ICU's answer, or nil where Foundation answers differently depending on the order.
    func icuLess(_ a: String, _ b: String) -> Bool? {
      asked += 1
      let forward = a.compare(b, locale: vi)
      let backward = b.compare(a, locale: vi)
      guard forward.rawValue == -backward.rawValue else {
        selfContradicting += 1
        return nil
      }
      return forward == .orderedAscending
    }

    let ours = sortedByKey(words)
    var disagreements: [String] = []
    for (a, b) in zip(ours, ours.dropFirst()) where icuLess(a, b) == false {
      disagreements.append("\(a) < \(b)")
    }
    XCTAssertEqual(disagreements, [], "pairs ordered by key but not by ICU")

    let icu = words.sorted { a, b in icuLess(a, b) ?? (keys[a]! < keys[b]!) }
    let mismatches = zip(ours, icu).enumerated().filter { $0.element.0 != $0.element.1 }
    XCTAssertEqual(mismatches.count, 0, "first: \(mismatches.first.map { "\($0)" } ?? "-")")
    // The fallback must stay the exception, or the comparison with ICU proves little.
    XCTAssertLessThan(selfContradicting * 20, asked, "\(selfContradicting) of \(asked)")
  }

  static let initials = [
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
    "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
  ]
  /// Rhymes' vowels; the tone goes on the letter at `toneAt` (an index into the vowel).
  static let vowels: [(vowel: String, toneAt: Int)] = [
    ("a", 0), ("ă", 0), ("â", 0), ("e", 0), ("ê", 0), ("i", 0), ("o", 0), ("ô", 0), ("ơ", 0),
    ("u", 0), ("ư", 0), ("y", 0), ("ai", 0), ("ao", 0), ("au", 0), ("ay", 0), ("âu", 0),
    ("ây", 0), ("eo", 0), ("êu", 0), ("ia", 0), ("iê", 1), ("iu", 0), ("oa", 1), ("oă", 1),
    ("oe", 1), ("oi", 0), ("ôi", 0), ("ơi", 0), ("ua", 0), ("uâ", 1), ("uê", 1), ("ui", 0),
    ("uô", 1), ("uy", 1), ("ưa", 0), ("ưi", 0), ("ươ", 1), ("ưu", 0), ("uyê", 2), ("yê", 1),
    ("oai", 1), ("uôi", 1), ("ươi", 1), ("ươu", 1), ("oa", 0), ("oe", 0), ("uy", 0),
  ]
  static let finals = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
  /// Combining tone marks in the spec's order: none, huyền, hỏi, ngã, sắc, nặng.
  static let toneMarks = ["", "\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"]

  /// Deterministic pseudo-random syllables (a fixed LCG, so failures reproduce), some
  /// capitalised or upper case, deduplicated.
  static func syllables(count: Int) -> [String] {
    var state: UInt64 = 0x5EED_7E57
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var seen = Set<String>()
    var words: [String] = []
    while words.count < count {
      let (vowel, toneAt) = vowels[next(vowels.count)]
      var letters = vowel.map(String.init)
      letters[toneAt] += toneMarks[next(toneMarks.count)]
      var word = initials[next(initials.count)] + letters.joined() + finals[next(finals.count)]
      switch next(8) {
      case 0: word = word.uppercased()
      case 1, 2: word = word.prefix(1).uppercased() + word.dropFirst()
      default: break
      }
      word = word.precomposedStringWithCanonicalMapping
      if seen.insert(word).inserted { words.append(word) }
    }
    return words
  }

  // MARK: - Many names

  /// Not a timing: checks that sorting 300,000 names computes each name's key exactly once
  /// (never inside the comparator), that the result is in key order, and that equal names
  /// keep their input (roster) order.
  func testThreeHundredThousandNamesKeyedOnce() {
    let families = [
      "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
      "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Nông", "Ưng",
    ]
    let middles = ["", "Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thị Thu", "Xuân"]
    let givens = [
      "An", "Anh", "Ảnh", "Ánh", "Bình", "Cường", "Dũng", "Dương", "Đức", "Hà", "Hải",
      "Hạnh", "Hằng", "Hùng", "Lan", "Linh", "Mai", "Nam", "Phúc", "Tú", "Tuấn", "Uyên", "Ưng",
      "Yến", "Ý",
    ]
    var state: UInt64 = 42
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let count = 300_000
    let names: [(name: String, row: Int)] = (0..<count).map { row in
      let middle = middles[next(middles.count)]
      let parts = [families[next(families.count)], middle, givens[next(givens.count)]]
      return (parts.filter { !$0.isEmpty }.joined(separator: " "), row)
    }

    var keyed = 0
    let sorted = VietnameseCollation.sorted(names) { item -> VietnameseCollationKey in
      keyed += 1
      return VietnameseCollation.personKey(item.name)
    }
    XCTAssertEqual(keyed, count, "one key per name")
    XCTAssertEqual(sorted.count, count)

    var previous: (key: VietnameseCollationKey, row: Int)?
    var outOfOrder = 0
    for item in sorted {
      let key = VietnameseCollation.personKey(item.name)
      if let previous, key < previous.key || (key == previous.key && item.row < previous.row) {
        outOfOrder += 1
      }
      previous = (key, item.row)
    }
    XCTAssertEqual(outOfOrder, 0)
    XCTAssertEqual(sorted.first?.name.hasSuffix(" An"), true)
    XCTAssertEqual(sorted.last?.name.hasSuffix(" Yến"), true)
  }
}
