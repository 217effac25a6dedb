/// A precomputed sort key for Vietnamese dictionary order (see `VietnameseCollation`).
///
/// Sorting 300,000 names must not re-analyse a name inside the comparator, so the whole
/// rule (letters, then tones, then case, word by word) is flattened once into bytes whose
/// plain lexicographic order *is* the rule. Comparing two keys is then a byte loop.
///
/// The byte layout is described on `VietnameseCollation`; it is an implementation detail
/// and may change, so keys are meant to be compared, never stored or parsed.
public struct VietnameseCollationKey: Comparable, Hashable, Sendable {
  /// The collation bytes. Exposed read-only for debugging and tests.
  public let bytes: [UInt8]

  /// Lexicographic byte order; a proper prefix sorts first (the byte loop is
  /// `VietnameseCollation.compare`, shared with the sort's tie-breaking).
  public static func < (lhs: VietnameseCollationKey, rhs: VietnameseCollationKey) -> Bool {
    VietnameseCollation.compare(lhs, rhs) < 0
  }

}

extension VietnameseCollationKey: CustomStringConvertible {
  /// Hex bytes, so a failing test shows where two keys part.
  public var description: String {
    bytes.map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined(separator: " ")
  }
}
