/// Everything read from one data folder, checked and typed.
///
/// Indices link the records (a nomination's `unit` is an index into `units`),
/// so aggregation works on integers, not on id strings.
public struct DataSet: Sendable {
  public var campaigns: [Campaign] = []
  public var clusters: [Cluster] = []
  /// In `don_vi.csv` order.
  public var units: [Unit] = []
  /// Indices into `units` in roster order: clusters in `cum_khoi.csv` order,
  /// then units in `don_vi.csv` order.
  public var roster: [Int] = []
  /// nil when `dang_ky.csv` is absent (T3 then leaves out the registration columns).
  public var registrations: [Registration]? = nil
  public var nominations: [Nomination] = []
  /// The nominations' kept free texts (`Nomination.textStart` points here).
  public var texts = NominationTexts()
  public var progress: [Progress] = []
  /// Sorted by display order, highest honour first.
  public var catalogue: [AwardForm] = AwardForm.builtIn
  public var quotas: [Quota] = []
  public var organisation = Organisation()
  /// Warnings found while reading (unknown columns, unknown TOML keys…).
  public var readWarnings: [Diagnostic] = []
  /// Where each table was read from, by the contract's file name (`de_nghi.csv`), for the
  /// tables read from a workbook or a CSV file; see `origin(of:)`.
  public var origins: [String: TableOrigin] = [:]

  public init() {}

  /// Where the table the contract names `file` (`de_nghi.csv`) was read from: a workbook
  /// `de_nghi.xlsx` when it was one, else the CSV file.
  public func origin(of file: String) -> TableOrigin { origins[file] ?? TableOrigin(file: file) }

  public func campaignIndex(id: String) -> Int? { campaigns.firstIndex { $0.id == id } }
}
