import Core

/// One export of a jobs file (`[[job]]`), checked: every path absolute, every
/// value of the right form. Running it needs nothing more from the file.
public struct Job: Sendable, Equatable {
  /// Unique in the file; names the job on standard output and in the export marker.
  public var name: String
  /// The data folder, absolute (relative paths were resolved against the jobs file's folder).
  public var data: String
  public var campaigns: CampaignSelection
  public var asOf: AsOfRule
  /// The zone "today" is reckoned in; Vietnam unless the job names another.
  public var timeZone: String
  /// The output folder, absolute.
  public var out: String
  public var namePattern: NamePattern
  public var tables: Set<ReportTable>
  /// How many past exports of this job and campaign to keep; nil keeps them all.
  public var keep: Int?
  /// A report definitions file (`reports`), absolute; nil uses the run's default.
  public var reports: String?
  /// The line of the job's `[[job]]` header, for messages.
  public var line: Int
  /// A roll-up job (`tong_hop = true`): `thidua tong-hop` of what arrived in `from`.
  public var rollup: RollupJob?

  /// What a roll-up job (`tong_hop = true`) adds: the folder of what was received
  /// (`from`, absolute) and the roll-up's tables (`tables` names those of `tong-hop`).
  public struct RollupJob: Sendable, Equatable {
    public var from: String
    public var tables: Set<ReportTable>

    public init(from: String, tables: Set<ReportTable> = Set(ReportTable.tables(of: .rollup))) {
      self.from = from
      self.tables = tables
    }
  }

  public static let defaultTimeZone = VietnamClock.zoneIdentifier

  public init(
    name: String, data: String, campaigns: CampaignSelection = .active, asOf: AsOfRule = .today,
    timeZone: String = Job.defaultTimeZone, out: String, namePattern: NamePattern = .standard,
    tables: Set<ReportTable> = Set(ReportTable.tables(of: .report)), keep: Int? = nil, reports: String? = nil,
    line: Int = 0, rollup: RollupJob? = nil
  ) {
    self.name = name
    self.data = data
    self.campaigns = campaigns
    self.asOf = asOf
    self.timeZone = timeZone
    self.out = out
    self.namePattern = namePattern
    self.tables = tables
    self.keep = keep
    self.reports = reports
    self.line = line
    self.rollup = rollup
  }
}
