/// Who a nomination is for. The raw values give the fact table's order
/// (tập thể, cá nhân, hộ gia đình).
public enum NomineeKind: Int, CaseIterable, Sendable, Comparable {
  case collective = 0
  case individual = 1
  case household = 2

  /// The code written in `so-lieu.csv`.
  public var code: String {
    switch self {
    case .collective: return "tap_the"
    case .individual: return "ca_nhan"
    case .household: return "ho_gia_dinh"
    }
  }

  /// The Vietnamese label of reports.
  public var label: String {
    switch self {
    case .collective: return "Tập thể"
    case .individual: return "Cá nhân"
    case .household: return "Hộ gia đình"
    }
  }

  /// T5 lists collectives, then households, then individuals.
  public static let listOrder: [NomineeKind] = [.collective, .household, .individual]

  public static func < (a: NomineeKind, b: NomineeKind) -> Bool { a.rawValue < b.rawValue }

  /// Accepts any spelling that folds to a code (`Cá nhân`, `ca nhan`, `CA_NHAN`, `CANHAN`).
  public init?(folded: String) {
    guard let k = Fold.match(folded, NomineeKind.allCases, code: \.code) else { return nil }
    self = k
  }
}
