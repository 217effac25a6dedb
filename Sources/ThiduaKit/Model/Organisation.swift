/// The issuing organisation of `to_chuc.toml`: the report header and signature.
/// Every field may be empty; an empty one leaves its place blank.
public struct Organisation: Sendable, Equatable {
  public var governingBody = ""
  public var issuingOffice = ""
  public var place = ""
  /// The signer's capacity; one line each ("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG").
  public var signerTitle = ""
  public var signer = ""
  public var preparedBy = ""

  public init() {}
}
