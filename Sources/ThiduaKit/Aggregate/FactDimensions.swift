/// The axes of a fact table: clusters in `cum_khoi.csv` order, units in roster
/// order (clusters, then `don_vi.csv` order within each), the award catalogue
/// in its order; kinds and statuses are the enums' orders.
///
/// A report takes them from its data set; a roll-up from the upper level's
/// roster, where each "unit" is an office that reports to it. Positions in
/// `units` (not indices of a data set) index the counts, so a fact table read
/// from `so-lieu.csv` files and one counted from nominations are the same value.
public struct FactDimensions: Sendable {
  public let clusters: [Cluster]
  /// In roster order; `Unit.cluster` indexes `clusters`.
  public let units: [Unit]
  /// Catalogue order.
  public let awards: [AwardForm]
  /// Per cluster, the positions in `units` of its units, in roster order.
  public let unitsByCluster: [[Int]]

  public init(clusters: [Cluster], units: [Unit], awards: [AwardForm]) {
    self.clusters = clusters
    self.units = units
    self.awards = awards
    var byCluster = [[Int]](repeating: [], count: clusters.count)
    for (p, u) in units.enumerated() { byCluster[u.cluster].append(p) }
    unitsByCluster = byCluster
  }

  /// A data set's roster and catalogue.
  public init(data: DataSet) {
    self.init(clusters: data.clusters, units: data.roster.map { data.units[$0] }, awards: data.catalogue)
  }
}
