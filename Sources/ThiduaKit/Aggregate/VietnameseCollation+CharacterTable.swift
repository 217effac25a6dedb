import Foundation

/// The character table: how each scalar takes part in a key (`Entry`), classified once
/// for every scalar below U+1F00 (`Table`), so building a key is one lookup per scalar.
extension VietnameseCollation {
  /// How one scalar takes part in a key, packed in a `UInt32` so the table is one flat
  /// array: bits 0–7 primary (or escape) code, 8–15 tone, 16 upper case, 17 "one of the
  /// 134 non-ASCII Vietnamese letters" (for tests), 24–27 kind.
  enum Entry {
    static let single: UInt32 = 1
    static let escaped: UInt32 = 2
    static let separator: UInt32 = 3
    static let ignorable: UInt32 = 4
    static let combining: UInt32 = 5

    static let punctuationEscape: UInt8 = 0x21
    static let otherEscape: UInt8 = 0xFF

    @inline(__always) static func kind(_ e: UInt32) -> UInt32 { (e >> 24) & 0xF }
    @inline(__always) static func primary(_ e: UInt32) -> UInt8 { UInt8(truncatingIfNeeded: e) }
    @inline(__always) static func tone(_ e: UInt32) -> UInt8 { UInt8(truncatingIfNeeded: e >> 8) }
    @inline(__always) static func upper(_ e: UInt32) -> UInt8 { UInt8(truncatingIfNeeded: e >> 16) & 1 }
    static func isVietnamese(_ e: UInt32) -> Bool { (e >> 17) & 1 == 1 }

    static func make(
      _ kind: UInt32, primary: UInt8 = 0, tone: UInt8 = 0, upper: Bool = false,
      vietnamese: Bool = false
    ) -> UInt32 {
      kind << 24 | (vietnamese ? 1 << 17 : 0) | (upper ? 1 << 16 : 0)
        | UInt32(tone) << 8 | UInt32(primary)
    }
  }

  /// Every scalar below U+1F00 classified once, at first use: ASCII, the Latin blocks with
  /// the Vietnamese letters (U+00C0…U+024F, U+1E00…U+1EFF), and the combining marks
  /// (U+0300…U+036F) that announce NFD input. Built from the NFD decomposition of each
  /// scalar rather than written out, so no letter of the 134 can be mistyped.
  struct Table: Sendable {
    static let size: UInt32 = 0x1F00
    static let shared = Table()

    /// The alphabet; a letter's primary code is `0x41` + its index.
    static let alphabet: [Unicode.Scalar] = Array("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz".unicodeScalars)
    static let firstLetterCode: UInt8 = 0x41

    let entries: [UInt32]

    init() {
      entries = (0..<Table.size).map { value in
        let decompose = value < 0x250 || value >= 0x1E00
        return Unicode.Scalar(value).map { Table.classify($0, decompose: decompose) }
          ?? Entry.make(Entry.ignorable)
      }
    }

    static func letterCode(_ letter: Unicode.Scalar) -> UInt8 {
      firstLetterCode + UInt8(alphabet.firstIndex(of: letter)!)
    }

    /// Classifies one scalar. `decompose` allows the (slow, Foundation) NFD analysis that
    /// recognises Vietnamese letters; it is only used while building the table, so a scalar
    /// beyond the table is a punctuation, separator, mark or "other", never a Latin letter.
    static func classify(_ scalar: Unicode.Scalar, decompose: Bool) -> UInt32 {
      let value = scalar.value
      if value < 0x80 { return classifyASCII(value) }
      if value == 0x110 || value == 0x111 {  // Đ đ: no decomposition, a letter of its own
        return Entry.make(
          Entry.single, primary: letterCode("đ"), upper: value == 0x110, vietnamese: true)
      }
      let properties = scalar.properties
      if properties.isWhitespace { return Entry.make(Entry.separator) }
      switch properties.generalCategory {
      case .control, .format, .surrogate:
        return Entry.make(Entry.ignorable)
      case .nonspacingMark, .spacingMark, .enclosingMark:
        return Entry.make(Entry.combining)
      case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
        .initialPunctuation, .finalPunctuation, .otherPunctuation,
        .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
        return Entry.make(Entry.escaped, primary: Entry.punctuationEscape)
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter:
        if decompose, let latin = latinLetter(scalar) { return latin }
      default:
        break
      }
      return Entry.make(Entry.escaped, primary: Entry.otherEscape, upper: properties.isUppercase)
    }

    private static func classifyASCII(_ value: UInt32) -> UInt32 {
      switch value {
      case 0x09...0x0D, 0x20:
        return Entry.make(Entry.separator)
      case 0x30...0x39:
        return Entry.make(Entry.single, primary: UInt8(value))
      case 0x41...0x5A:
        return Entry.make(Entry.single, primary: letterCode(Unicode.Scalar(value + 0x20)!), upper: true)
      case 0x61...0x7A:
        return Entry.make(Entry.single, primary: letterCode(Unicode.Scalar(value)!))
      case 0x21...0x7E:
        // The 32 ASCII punctuation and symbol characters, numbered 1…32 in scalar order.
        let rank = (0x21..<value).filter { !isASCIIAlphanumeric($0) }.count + 1
        return Entry.make(Entry.single, primary: UInt8(rank))
      default:
        return Entry.make(Entry.ignorable)  // C0 controls and DEL
      }
    }

    private static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
      (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }

    /// A precomposed Latin letter: the Vietnamese letter it spells (base, at most one of
    /// breve/circumflex/horn where Vietnamese has it, at most one tone on a vowel), or else
    /// its base letter without tone (`ç` → c, `ñ` → n, `ǎ` → a). Nil if no ASCII base.
    private static func latinLetter(_ scalar: Unicode.Scalar) -> UInt32? {
      let nfd = Array(String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars)
      guard let base = nfd.first, base.isASCII, base.properties.isAlphabetic else { return nil }
      let upper = (0x41...0x5A).contains(base.value)
      let plain = upper ? Unicode.Scalar(base.value + 0x20)! : base
      let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]
      // The letters of their own (ă â ê ô ơ ư): a base letter and one mark (breve, circumflex, horn).
      let modifiedLetters: [Unicode.Scalar: [UInt32: Unicode.Scalar]] = [
        "a": [0x306: "ă", 0x302: "â"], "e": [0x302: "ê"], "o": [0x302: "ô", 0x31B: "ơ"], "u": [0x31B: "ư"],
      ]
      var letter = plain
      var tone: UInt8 = 0
      var modified = false
      var toned = false
      var vietnamese = true
      for mark in nfd.dropFirst() {
        switch (mark.value, plain) {
        case _ where !modified && modifiedLetters[plain]?[mark.value] != nil:
          letter = modifiedLetters[plain]![mark.value]!
          modified = true
        case (0x300, _), (0x309, _), (0x303, _), (0x301, _), (0x323, _):
          if toned || !vowels.contains(plain) {
            vietnamese = false
          } else {
            toned = true
            tone = [0x300: 1, 0x309: 2, 0x303: 3, 0x301: 4, 0x323: 5][mark.value]!
          }
        default:
          vietnamese = false
        }
      }
      if !vietnamese || nfd.count == 1 {
        return Entry.make(Entry.single, primary: letterCode(plain), upper: upper)
      }
      return Entry.make(
        Entry.single, primary: letterCode(letter), tone: tone, upper: upper, vietnamese: true)
    }
  }
}
