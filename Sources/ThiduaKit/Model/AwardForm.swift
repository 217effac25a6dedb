/// An award form of the catalogue (hình thức khen thưởng).
public struct AwardForm: Sendable {
  public var code: String
  public var name: String
  public var level: AwardLevel
  /// Display order, highest honour first; the catalogue is kept sorted by it.
  public var order: Int
  /// 0 for the built-in catalogue.
  public var line: Int

  /// The catalogue used when `hinh_thuc.csv` is absent (DATA.md).
  public static let builtIn: [AwardForm] = [
    AwardForm(code: "HCLD3", name: "Huân chương Lao động hạng Ba", level: .central, order: 1, line: 0),
    AwardForm(code: "BKTTG", name: "Bằng khen của Thủ tướng Chính phủ", level: .central, order: 2, line: 0),
    AwardForm(
      code: "BKQH", name: "Bằng khen của Ủy ban Thường vụ Quốc hội", level: .central, order: 3, line: 0),
    AwardForm(code: "BKT", name: "Bằng khen của Chủ tịch UBND tỉnh", level: .province, order: 4, line: 0),
    AwardForm(code: "GKH", name: "Giấy khen của Chủ tịch UBND huyện", level: .district, order: 5, line: 0),
    AwardForm(code: "GKX", name: "Giấy khen của Chủ tịch UBND xã", level: .commune, order: 6, line: 0),
    AwardForm(
      code: "GKCQ", name: "Giấy khen của Thủ trưởng cơ quan, đơn vị", level: .agency, order: 7, line: 0),
  ]
}
