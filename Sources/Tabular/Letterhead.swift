/// What an official Vietnamese appendix carries around its table: the issuing
/// body top left, the national motto top right, the title, and after the
/// table the place-and-date line and the signature block.
public struct Letterhead: Hashable, Sendable {
  /// Governing body, then issuing office ("UBND HUYỆN VĂN QUAN", "PHÒNG NỘI VỤ").
  public var issuer: [String]
  /// The national motto, two lines (from the report definitions: the renderer knows no words).
  public var motto: [String]
  /// "Văn Quan, ngày 31 tháng 10 năm 2025".
  public var dateLine: String
  /// Left of the signature: who prepared the table ("Người lập biểu", a name).
  public var preparedBy: [String]
  /// Right: the signer's capacity lines, room to sign, the signer's name.
  public var signature: [String]

  /// The page number at the bottom of every printed page, `{page}` standing for the number
  /// ("Trang {page}" from the report definitions); `&` is written as it is.
  public var pageNumber: String

  public init(
    issuer: [String] = [], motto: [String] = [], dateLine: String = "", preparedBy: [String] = [],
    signature: [String] = [], pageNumber: String = "{page}"
  ) {
    self.issuer = issuer
    self.motto = motto
    self.dateLine = dateLine
    self.preparedBy = preparedBy
    self.signature = signature
    self.pageNumber = pageNumber
  }
}
