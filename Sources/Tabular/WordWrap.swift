/// The word-wrap rule both width estimators use (`TextWidth` and its fast
/// path `FastTextWidth`), kept in one place so they cannot drift apart: a word
/// goes on the current line while it fits after a space; otherwise it starts a
/// new line; a word wider than the column is broken by Excel over several lines.
struct WordWrap {
  let width: Double
  let space: Double
  private var used = 0.0
  /// Lines the paragraph takes so far (at least 1).
  private(set) var lines = 1

  init(width: Double, space: Double) {
    self.width = width
    self.space = space
  }

  mutating func place(word w: Double) {
    if used == 0 {
      used = w
    } else if used + space + w <= width {
      used += space + w
    } else {
      lines += 1
      used = w
    }
    while used > width {
      lines += 1
      used -= width
    }
  }
}
