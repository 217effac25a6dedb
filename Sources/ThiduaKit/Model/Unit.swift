/// A unit, one row of `don_vi.csv`.
public struct Unit: Sendable {
  public var id: String
  public var name: String
  /// Index into `DataSet.clusters`.
  public var cluster: Int
  /// Free text (`xã`, `cơ quan`…); quotas match it folded.
  public var type: String
  public var level: String
  public var line: Int
}
