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
  /// Where a table was read from, by the contract's file name (`de_nghi.csv`): every table
  /// read from a workbook, and every unit's list; a table not here was read from its CSV
  /// file (see `origin(of:)`).
  public var origins: [String: TableOrigin] = [:]

  /// The lists sent by units (`de_nghi/<ma_phong_trao>/<unit>.xlsx|csv`), in the order
  /// their rows follow `de_nghi.csv`'s in `nominations`: campaigns in file order, units in
  /// roster order. A nomination's `source` k ≥ 1 is `lists[k - 1]`.
  public var lists: [NominationList] = []
  /// Campaign indices that have a folder `de_nghi/<ma_phong_trao>/` (REPORTS.md T6: only
  /// then are units that sent no list named).
  public var listFolders: Set<Int> = []

  public init() {}

  /// The file a nomination was read from: `de_nghi.csv` or its unit's list.
  public func file(of n: Nomination) -> String {
    n.source == 0 ? Schemas.nominations.file : lists[Int(n.source) - 1].file
  }

  /// Where the table the contract names `file` (`de_nghi.csv`) was read from: a workbook
  /// `de_nghi.xlsx` when it was one, else the CSV file.
  public func origin(of file: String) -> TableOrigin { origins[file] ?? TableOrigin(file: file) }

  public func campaignIndex(id: String) -> Int? { campaigns.firstIndex { $0.id == id } }
}
