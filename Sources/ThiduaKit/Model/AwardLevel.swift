/// The level of government an award is given at.
public enum AwardLevel: String, CaseIterable, Sendable {
  case central = "trung_uong"
  case province = "tinh"
  case district = "huyen"
  case commune = "xa"
  case agency = "co_quan"

  public var label: String {
    switch self {
    case .central: return "Trung ương"
    case .province: return "Tỉnh"
    case .district: return "Huyện"
    case .commune: return "Xã"
    case .agency: return "Cơ quan"
    }
  }

  /// The folded text, also with `_` removed (`NU`, `TRUNGUONG`).
  public init?(folded: String) {
    guard let v = Fold.match(folded, AwardLevel.allCases, code: \.rawValue) else { return nil }
    self = v
  }
}
