/// The values the fill-in workbooks offer in their drop-downs: the enumerations
/// of the contract (always), and the ids of an existing data folder (`init
/// --from`): its campaigns, clusters, units and awards.
///
/// Enumerated values are offered as the reports write them (`Cá nhân`, `Đã
/// khen thưởng`): the reader folds them to the same codes as `ca_nhan`.
struct CodeLists {
  var campaigns: [(id: String, name: String)] = []
  var clusters: [(id: String, name: String)] = []
  /// In roster order.
  var units: [(id: String, name: String)] = []
  /// The catalogue in its order: the built-in one unless the folder has its own.
  var awards: [(code: String, name: String)] = AwardForm.builtIn.map { ($0.code, $0.name) }
  var unitTypes: [String] = ["xã", "phường", "thị trấn", "cơ quan", "trường học"]
  var indicators: [String] = [
    "Mô hình tiêu biểu", "Công trình, phần việc", "Sáng kiến", "Tin bài tuyên truyền",
  ]
  /// Whether the lists come from a data folder (the id columns then get drop-downs).
  var fromFolder = false

  init() {}

  init(_ data: DataSet) {
    fromFolder = true
    campaigns = data.campaigns.map { ($0.id, $0.name) }
    clusters = data.clusters.map { ($0.id, $0.name) }
    units = data.roster.map { (data.units[$0].id, data.units[$0].name) }
    awards = data.catalogue.map { ($0.code, $0.name) }
    unitTypes = Self.merged(unitTypes, data.units.map(\.type))
    indicators = Self.merged(indicators, data.progress.map(\.indicator))
  }

  static let kinds = NomineeKind.allCases.map(\.label)
  static let statuses = NominationStatus.allCases.map(\.label)
  static let genders = ["Nam", "Nữ"]
  static let yesNo = ["Có", "Không"]
  static let clusterKinds = ClusterKind.allCases.map(\.label)
  static let awardLevels = AwardLevel.allCases.map(\.label)
  static let unitLevels = ["Tỉnh", "Huyện", "Xã", "Thôn"]
  /// The ethnic groups most often written; any other is accepted (and counts as a minority).
  static let ethnicities = [
    "Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "H'Mông", "Dao", "Gia Rai", "Ê Đê", "Ba Na",
    "Sán Chay", "Chăm", "Cơ Ho", "Xơ Đăng", "Sán Dìu", "Hrê", "Ra Glai", "Mnông", "Thổ", "Giáy", "Lào",
    "Lô Lô",
  ]

  /// `base`, then the other non-empty values of `more` in their first order, each once (folded).
  static func merged(_ base: [String], _ more: [String]) -> [String] {
    var seen = Set(base.map(Fold.key))
    var out = base
    for v in more where !v.isEmpty && seen.insert(Fold.key(v)).inserted { out.append(v) }
    return out
  }
}
