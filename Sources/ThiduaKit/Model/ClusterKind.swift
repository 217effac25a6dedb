/// A cluster of localities (cụm) or a block of agencies of one sector (khối).
public enum ClusterKind: String, CaseIterable, Sendable {
  case cluster = "cum"
  case block = "khoi"

  public var label: String { self == .cluster ? "Cụm" : "Khối" }

  public init?(folded: String) { self.init(rawValue: folded) }
}
