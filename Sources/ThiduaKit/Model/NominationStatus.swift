/// Where a nomination stands. The raw values give the fact table's order.
public enum NominationStatus: Int, CaseIterable, Sendable, Comparable {
  case submitted = 0
  case underReview = 1
  case awarded = 2
  case rejected = 3

  public var code: String {
    switch self {
    case .submitted: return "de_nghi"
    case .underReview: return "dang_tham_dinh"
    case .awarded: return "da_khen_thuong"
    case .rejected: return "khong_dat"
    }
  }

  public var label: String {
    switch self {
    case .submitted: return "Đề nghị"
    case .underReview: return "Đang thẩm định"
    case .awarded: return "Đã khen thưởng"
    case .rejected: return "Không đạt"
    }
  }

  public static func < (a: NominationStatus, b: NominationStatus) -> Bool { a.rawValue < b.rawValue }

  /// Any spelling that folds to a code, also with `_` removed (`DAKHENTHUONG`).
  public init?(folded: String) {
    guard let s = Fold.match(folded, NominationStatus.allCases, code: \.code) else { return nil }
    self = s
  }
}
