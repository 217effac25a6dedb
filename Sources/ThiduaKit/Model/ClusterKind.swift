/// A cluster of localities (cụm) or a block of agencies of one sector (khối).
public enum ClusterKind: String, CaseIterable, Sendable {
  case cluster = "cum"
  case block = "khoi"

  public var label: String { self == .cluster ? "Cụm" : "Khối" }

  /// The folded text, also with `_` removed (`NU`, `TRUNGUONG`).
  public init?(folded: String) {
    guard let v = Fold.match(folded, ClusterKind.allCases, code: \.rawValue) else { return nil }
    self = v
  }
}
