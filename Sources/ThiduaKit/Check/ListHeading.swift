/// A heading row of a printed list (DATA.md "Lists sent by units"): a row whose only text
/// is `Tập thể`, `Cá nhân` or `Hộ gia đình`, with or without a numeral before it (`I.`,
/// `A.`, `1.`) and words after it (`Cá nhân: 5`, `II. CÁ NHÂN (05 người)`), in any cell,
/// the STT cell included. A merged heading gives its text to every cell of the range, so
/// cells that all hold the same text are one. A numeral alone in the STT cell beside the
/// text belongs to the heading (`II` | `CÁ NHÂN`).
enum ListHeading {
  /// The kind a row heads, or nil when it is not a heading row. `stt`: the field of the
  /// row-number column (the first column when the list has none).
  static func kind(of fields: [String], stt: Int) -> NomineeKind? {
    var texts: [(field: Int, text: String)] = []
    for (i, f) in fields.enumerated() where !f.isEmpty {
      if !texts.contains(where: { $0.text == f }) { texts.append((i, f)) }
      if texts.count > 2 { return nil }
    }
    switch texts.count {
    case 1:
      return kind(of: texts[0].text)
    case 2:
      // `II` in the STT cell, `CÁ NHÂN` beside it.
      guard let numeral = texts.first(where: { $0.field == stt }), isNumeral(Fold.key(numeral.text)),
        let other = texts.first(where: { $0.field != stt })
      else { return nil }
      return kind(of: other.text)
    default:
      return nil
    }
  }

  /// The kind a heading text names, or nil.
  static func kind(of text: String) -> NomineeKind? {
    var words = Fold.key(text).split(separator: "_").map(String.init)
    if words.count > 1, isNumeral(words[0]) { words.removeFirst() }
    for kind in NomineeKind.allCases {
      let code = kind.code.split(separator: "_").map(String.init)
      if words.starts(with: code) { return kind }
      if words.first == Fold.compact(kind.code) { return kind }  // `TAPTHE`
    }
    return nil
  }

  /// `I`, `IV`, `A`, `b`, `1`, `12` (folded): a list's numbering of its groups or rows.
  static func isNumeral(_ word: String) -> Bool {
    guard !word.isEmpty else { return false }
    if word.utf8.allSatisfy({ (0x30...0x39).contains($0) }) { return word.utf8.count <= 4 }
    if word.utf8.count == 1, let b = word.utf8.first, (0x61...0x7A).contains(b) { return true }
    return word.utf8.allSatisfy { $0 == 0x69 || $0 == 0x76 || $0 == 0x78 }  // i v x
  }
}
