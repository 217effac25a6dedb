/// Which free texts of a nomination row are kept (`TextNeeds`): the one statement of the
/// rule, read by the fast path (`NominationFastPath`), the ordinary way and the units'
/// lists (`NominationDetails.keptTexts`), so the three cannot keep different texts.
struct KeptTexts: OptionSet {
  let rawValue: UInt8

  init(rawValue: UInt8) { self.rawValue = rawValue }
  init(_ field: NominationTexts.Field) { rawValue = 1 << field.rawValue }

  static let all = KeptTexts(rawValue: 0b1_1111)
  static let name = KeptTexts(.name)
  static let listed: KeptTexts = [
    .name, KeptTexts(.position), KeptTexts(.decisionNumber), KeptTexts(.achievement),
  ]

  /// Without `TextNeeds` (`keepText` nil, per campaign index otherwise) everything. For a
  /// campaign reported, the name (the duplicate-person check, T5), and for the awarded
  /// also the position, decision number and achievement that T5 and T6 show; `dan_toc`
  /// never (it is counted as `isMinority`, not shown). Empty: the row keeps no text
  /// (its `textStart` is -1).
  @inline(__always)
  static func of(campaign c: Int, status: NominationStatus, keepText: [Bool]?) -> KeptTexts {
    guard let keepText else { return .all }
    guard keepText[c] else { return [] }
    return status == .awarded ? .listed : .name
  }

  @inline(__always) func keeps(_ field: NominationTexts.Field) -> Bool {
    rawValue & (1 << field.rawValue) != 0
  }
}
