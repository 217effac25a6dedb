import Foundation

/// Vietnamese dictionary order, as REPORTS.md (T5) asks for the list of those awarded.
///
/// Words compare first by their letters, ignoring tones and case, in the alphabet
/// `a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y` (f j w z at their Latin
/// places, digits before letters); only where the letters are equal, by the tones, letter
/// by letter, in the order none, huyền, hỏi, ngã, sắc, nặng; then lower case first.
/// Texts compare word by word, a shorter word sequence first; people compare by given name
/// (the last word), then by the other words from the start.
///
/// We do not call ICU (`String.compare(_:locale:)`) because its output would depend on the
/// Foundation build and it compares whole strings level by level (all letters of all words
/// before any tone), while the spec compares whole words one after the other. Instead each
/// name is turned once into a `VietnameseCollationKey` whose bytes sort like the rule.
///
/// ## Key layout
///
/// For each word, in order:
///
/// 1. one *primary* code per character, in text order:
///    - `0x01…0x20` ASCII punctuation and symbols (`!` … `~`), by scalar value;
///    - `0x21` + 3 bytes (the scalar, big-endian): any other punctuation or symbol;
///    - `0x30…0x39` the digits `0…9`;
///    - `0x41…0x61` the letters `a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z`;
///    - `0xFF` + 3 bytes (the scalar): anything else (Greek, Cyrillic, CJK, `ß`, `ø`, …);
/// 2. the terminator `0x00`, lower than every primary code, so `An` < `Anh`;
/// 3. one *tone* code per character: 0 none, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng;
/// 4. one *case* code per character: 0 lower (or uncased), 1 upper.
///
/// Equal primaries mean the same characters without tones and case, hence the same number
/// of tone and case codes: two word keys are either equal or part inside their primaries or
/// tones or cases, never one a prefix of the other. So word keys need no separator: keys of
/// texts are plain concatenations, compare word by word, and a shorter word sequence (a
/// proper prefix) sorts first. A person's key is the given name's word key followed by the
/// others'.
///
/// ## Decisions
///
/// - Punctuation and symbols inside a word (`Mai-Anh`, `O'Neil`) are not ignored: they sort
///   lowest, before digits, as in ICU's default (non-ignorable) collation. Ignoring them
///   would make `Mai-Anh` and `MaiAnh` equal keys and leave their order to chance.
/// - Letters outside Vietnamese with a Latin base (`ç`, `ñ`, `ë`, `ǎ`) fall back to their
///   base letter without tone: `François` sorts with `Francois`, tone and case deciding
///   between them only as far as the base letters go. `ñ` is `n`, not "n with ngã".
/// - Control and format characters (zero-width joiner, soft hyphen, BOM) are ignored.
/// - Whitespace runs (any Unicode white space, NBSP included) separate words; leading and
///   trailing white space is ignored, so `"  Lê   Đức "` equals `"Lê Đức"`.
/// - Input is expected in NFC. A combining mark makes us normalise the whole text to NFC
///   once (Foundation) and start over, so NFD text gets the same key; a combining mark
///   still left after that (no precomposed form) is ignored.
public enum VietnameseCollation {
  /// The key of one word. Given a text with white space it equals `key(_:)`.
  public static func wordKey(_ word: String) -> VietnameseCollationKey {
    key(word)
  }

  /// Plain dictionary order of a whole text, word by word (collectives' names).
  public static func key(_ text: String) -> VietnameseCollationKey {
    VietnameseCollationKey(bytes: bytes(text, givenNameFirst: false))
  }

  /// The order of people: given name (the last word) first, then the other words from the
  /// start. `Nông Thị Ánh` → keys of `Ánh`, `Nông`, `Thị`.
  public static func personKey(_ fullName: String) -> VietnameseCollationKey {
    VietnameseCollationKey(bytes: bytes(fullName, givenNameFirst: true))
  }

  /// `items` sorted by `key`, computing each item's key exactly once (decorate, sort,
  /// undecorate), so a sort of 300,000 names compares byte arrays only. Stable: items with
  /// equal keys keep their input order, which is how T5 keeps roster order for equal names.
  public static func sorted<T>(_ items: [T], by key: (T) -> VietnameseCollationKey) -> [T] {
    var decorated: [(key: VietnameseCollationKey, index: Int)] = []
    decorated.reserveCapacity(items.count)
    for index in items.indices {
      decorated.append((key(items[index]), index))
    }
    decorated.sort { a, b in
      let order = compare(a.key, b.key)
      return order != 0 ? order < 0 : a.index < b.index
    }
    return decorated.map { items[$0.index] }
  }

  /// Three-way comparison (negative, 0, positive), so a tie-break needs no second pass.
  static func compare(_ lhs: VietnameseCollationKey, _ rhs: VietnameseCollationKey) -> Int {
    lhs.bytes.withUnsafeBufferPointer { l in
      rhs.bytes.withUnsafeBufferPointer { r in
        // memcmp compares as unsigned bytes, as the order of the keys wants.
        let n = Swift.min(l.count, r.count)
        if n > 0, let a = l.baseAddress, let b = r.baseAddress {
          let c = memcmp(a, b, n)
          if c != 0 { return c < 0 ? -1 : 1 }
        }
        return l.count - r.count
      }
    }
  }

  // MARK: - Building keys

  static func bytes(_ text: String, givenNameFirst: Bool) -> [UInt8] {
    if let bytes = bytes(text.unicodeScalars, givenNameFirst: givenNameFirst, normalised: false) {
      return bytes
    }
    // Only reached for text with combining marks (NFD or odd input): once per text.
    let nfc = text.precomposedStringWithCanonicalMapping
    return bytes(nfc.unicodeScalars, givenNameFirst: givenNameFirst, normalised: true) ?? []
  }

  /// The hot path: one table lookup per scalar, no Foundation. Returns nil when it meets a
  /// combining mark in text not yet normalised, so the caller normalises and retries.
  private static func bytes(
    _ scalars: String.UnicodeScalarView, givenNameFirst: Bool, normalised: Bool
  ) -> [UInt8]? {
    let table = Table.shared.entries
    var out: [UInt8] = []
    out.reserveCapacity(scalars.count * 3 + 4)
    var tones: [UInt8] = []
    var cases: [UInt8] = []
    var inWord = false
    var words = 0
    var lastWordStart = 0

    func endWord() {
      out.append(0)
      out.append(contentsOf: tones)
      out.append(contentsOf: cases)
      tones.removeAll(keepingCapacity: true)
      cases.removeAll(keepingCapacity: true)
    }

    for scalar in scalars {
      let value = scalar.value
      let entry = value < Table.size ? table[Int(value)] : Table.classify(scalar, decompose: false)
      switch Entry.kind(entry) {
      case Entry.single, Entry.escaped:
        if !inWord {
          inWord = true
          words += 1
          lastWordStart = out.count
        }
        out.append(Entry.primary(entry))
        if Entry.kind(entry) == Entry.escaped {
          out.append(UInt8(truncatingIfNeeded: value >> 16))
          out.append(UInt8(truncatingIfNeeded: value >> 8))
          out.append(UInt8(truncatingIfNeeded: value))
        }
        tones.append(Entry.tone(entry))
        cases.append(Entry.upper(entry))
      case Entry.separator:
        if inWord {
          endWord()
          inWord = false
        }
      case Entry.combining:
        if !normalised { return nil }
      default:
        break  // ignorable
      }
    }
    if inWord { endWord() }

    guard givenNameFirst, words > 1 else { return out }
    var person: [UInt8] = []
    person.reserveCapacity(out.count)
    person.append(contentsOf: out[lastWordStart...])
    person.append(contentsOf: out[..<lastWordStart])
    return person
  }
}
