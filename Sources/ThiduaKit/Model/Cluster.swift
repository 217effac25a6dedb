/// A cluster (cụm) or block (khối), one row of `cum_khoi.csv`. Their file order
/// is the roster order of every table.
public struct Cluster: Sendable {
  public var id: String
  public var name: String
  public var kind: ClusterKind
  public var leaderUnitID: String
  public var deputyUnitID: String
  public var line: Int
}
