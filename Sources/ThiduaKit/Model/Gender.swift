public enum Gender: String, Sendable {
  case male = "nam"
  case female = "nu"

  public init?(folded: String) { self.init(rawValue: folded) }
}
