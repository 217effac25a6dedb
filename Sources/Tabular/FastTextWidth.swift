/// `TextWidth` without grapheme breaking or Unicode property lookups, for text
/// whose every scalar is its own grapheme cluster: below U+0300 (Latin, without
/// the combining marks) or in Latin Extended Additional (U+1E00–U+1EFF, the
/// precomposed Vietnamese letters), CR excluded (CR LF is one cluster). That is
/// every NFC Vietnamese text, so nearly every cell of a report.
///
/// Measured: `Character` iteration with `isUppercase`/`isLetter` per character
/// made column widths and row heights the largest cost of writing a 283k-row
/// T5 sheet. Here a width is one table load per scalar, and the sums are taken
/// in the same order with the same operations as `TextWidth`'s, so the results
/// are bit-for-bit the same. Any other scalar returns nil: the caller takes the
/// exact path.
enum FastTextWidth {
  /// Base widths (regular, 12 pt) of U+0000–U+02FF, then U+1E00–U+1EFF at 0x300.
  private static let table: [Double] = {
    var t = [Double](repeating: 0, count: 0x400)
    for v in 0..<0x300 {
      t[v] = TextWidth.charWidth(Character(Unicode.Scalar(UInt32(v))!), bold: false, points: 12)
    }
    for v in 0x1E00...0x1EFF {
      t[0x300 + v - 0x1E00] = TextWidth.charWidth(
        Character(Unicode.Scalar(UInt32(v))!), bold: false, points: 12)
    }
    return t
  }()

  /// The scalar starting at `buf[i]` and its index in `table`, moving `i`
  /// past it; nil when it is outside the fast set (the caller then gives up).
  @inline(__always)
  private static func next(_ buf: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> (
    scalar: UInt32, index: Int
  )? {
    let n = buf.count
    let b0 = UInt32(buf[i])
    var v: UInt32
    if b0 < 0x80 {
      v = b0
      i += 1
    } else if b0 & 0xE0 == 0xC0, i + 1 < n {
      v = (b0 & 0x1F) << 6 | UInt32(buf[i + 1] & 0x3F)
      i += 2
    } else if b0 & 0xF0 == 0xE0, i + 2 < n {
      v = (b0 & 0x0F) << 12 | UInt32(buf[i + 1] & 0x3F) << 6 | UInt32(buf[i + 2] & 0x3F)
      i += 3
    } else {
      return nil
    }
    if v < 0x300 {
      return v == 0x0D ? nil : (v, Int(v))
    } else if v >= 0x1E00 && v <= 0x1EFF {
      return (v, 0x300 + Int(v) - 0x1E00)
    }
    return nil
  }

  /// The width of `table[index]` in `bold` and `points`, computed as `TextWidth.charWidth` does.
  @inline(__always)
  private static func width(_ table: [Double], _ index: Int, bold: Bool, points: Double) -> Double {
    var w = table[index]
    if bold { w *= 1.1 }
    return w * points / 12
  }

  /// Calls `body(width, scalar)` per scalar; false when a scalar is outside the fast set.
  @inline(__always)
  private static func scan(
    _ text: String, bold: Bool, points: Double, _ body: (Double, UInt32) -> Void
  ) -> Bool {
    let table = self.table
    var text = text
    return text.withUTF8 { buf -> Bool in
      var i = 0
      while i < buf.count {
        guard let (v, index) = next(buf, &i) else { return false }
        body(width(table, index, bold: bold, points: points), v)
      }
      return true
    }
  }

  static func of(_ text: String, bold: Bool, points: Double) -> Double? {
    var widest = 0.0
    var line = 0.0
    let ok = scan(text, bold: bold, points: points) { w, v in
      if v == 0x0A {
        widest = max(widest, line)
        line = 0
      } else {
        line += w
      }
    }
    return ok ? max(widest, line) : nil
  }

  static func longestWord(_ text: String, bold: Bool, points: Double) -> Double? {
    var widest = 0.0
    var word = 0.0
    let ok = scan(text, bold: bold, points: points) { w, v in
      if v == 0x0A || v == 0x20 {
        widest = max(widest, word)
        word = 0
      } else {
        word += w
      }
    }
    return ok ? max(widest, word) : nil
  }

  /// `TextWidth.lineCount`: words split on spaces (runs of spaces count once),
  /// paragraphs on line feeds. One plain loop, without `scan`'s closure: this
  /// runs for every text cell of a table for its row height, and the closure's
  /// captured state (and working out the space's width through `Character`
  /// set lookups on every call) made it ~1,960 instructions a cell of a
  /// 100k-nomination T5 list.
  static func lineCount(_ text: String, width: Double, bold: Bool, points: Double) -> Int? {
    let widths = scaled(bold: bold, points: points)
    let space = spaceWidth(bold: bold, points: points)
    var text = text
    return text.withUTF8 { buf -> Int? in
      var lines = 0
      var fill = WordWrap(width: width, space: space)
      var word = 0.0
      var inWord = false
      var i = 0
      while i < buf.count {
        guard let (v, index) = next(buf, &i) else { return nil }
        if v == 0x20 || v == 0x0A {
          if inWord {
            fill.place(word: word)
            word = 0
            inWord = false
          }
          if v == 0x0A {
            lines += fill.lines
            fill = WordWrap(width: width, space: space)
          }
        } else {
          word += widths[index]
          inWord = true
        }
      }
      if inWord { fill.place(word: word) }
      lines += fill.lines
      return max(1, lines)
    }
  }

  /// `table` scaled for `bold` and `points` entry by entry, exactly as `width`
  /// scales one scalar (so the same doubles): `lineCount` then loads a width
  /// instead of multiplying twice and dividing per scalar — the division bounded
  /// its loop on long text. The 12 pt tables (every table cell) are kept.
  private static func scaled(bold: Bool, points: Double) -> [Double] {
    if points == 12 { return bold ? bold12 : regular12 }
    return scale(bold: bold, points: points)
  }
  private static func scale(bold: Bool, points: Double) -> [Double] {
    table.indices.map { width(table, $0, bold: bold, points: points) }
  }
  private static let regular12 = scale(bold: false, points: 12)
  private static let bold12 = scale(bold: true, points: 12)

  /// `TextWidth.charWidth(" ", …)`, kept for the table's 12 pt (its set lookups cost more than a line).
  private static func spaceWidth(bold: Bool, points: Double) -> Double {
    if points == 12 { return bold ? boldSpace12 : space12 }
    return TextWidth.charWidth(" ", bold: bold, points: points)
  }
  private static let space12 = TextWidth.charWidth(" ", bold: false, points: 12)
  private static let boldSpace12 = TextWidth.charWidth(" ", bold: true, points: 12)
}
