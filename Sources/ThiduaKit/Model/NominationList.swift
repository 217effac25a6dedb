import Core

/// One list sent by a unit for one campaign (DATA.md "Lists sent by units"):
/// `de_nghi/<ma_phong_trao>/<unit>.xlsx|csv`, with what the receipt register says of it.
public struct NominationList: Sendable {
  /// The path inside the data folder (`de_nghi/PT1/UBND xã Tri Lễ.csv`): every message
  /// and T6's "Vị trí" name it.
  public var file: String
  /// Index into `DataSet.campaigns`.
  public var campaign: Int
  /// Index into `DataSet.units`.
  public var unit: Int
  /// `ngay_nhan` of `tiep_nhan.csv`: the date of rows that have none.
  public var received: CalendarDay?
  /// `so_van_ban` of `tiep_nhan.csv`.
  public var letterNumber: String
  /// How many nominations the list holds.
  public var count: Int

  public init(
    file: String, campaign: Int, unit: Int, received: CalendarDay?, letterNumber: String, count: Int
  ) {
    self.file = file
    self.campaign = campaign
    self.unit = unit
    self.received = received
    self.letterNumber = letterNumber
    self.count = count
  }
}
