public enum Gender: String, CaseIterable, Sendable {
  case male = "nam"
  case female = "nu"

  /// The folded text, also with `_` removed (`NU`, `TRUNGUONG`).
  public init?(folded: String) {
    guard let v = Fold.match(folded, Gender.allCases, code: \.rawValue) else { return nil }
    self = v
  }
}
