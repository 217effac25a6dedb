// TEMPORARY: replaced by the collation branch (VietnameseCollation.swift).
public struct VietnameseCollationKey: Comparable, Hashable, Sendable {
  var codes: [UInt32]
  public static func < (a: Self, b: Self) -> Bool { a.codes.lexicographicallyPrecedes(b.codes) }
}
public enum VietnameseCollation {
  public static func key(_ text: String) -> VietnameseCollationKey {
    VietnameseCollationKey(codes: text.unicodeScalars.map { $0.value })
  }
  public static func personKey(_ fullName: String) -> VietnameseCollationKey {
    var words = fullName.split(separator: " ").map(String.init)
    if let last = words.popLast() { words.insert(last, at: 0) }
    return key(words.joined(separator: " "))
  }
}
