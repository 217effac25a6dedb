/// Estimates how wide text prints, in Excel's column units, because
/// libxlsxwriter 1.1.4 cannot autofit and Excel does not autofit on opening.
///
/// Excel measures a column in widths of the digit `0` of the default font
/// (Calibri 11, about 7 px). Times New Roman 12 is close to that for lower-case
/// text; capitals and bold are wider, `i l t . ,` narrower. Characters are
/// grapheme clusters, so a Vietnamese letter with its tone marks counts once,
/// whether it arrived composed (NFC) or not. Estimates err wide: a little spare
/// room looks better than a clipped word.
enum TextWidth {
  /// Width of the longest line of `text`.
  static func of(_ text: String, bold: Bool = false, points: Double = 12) -> Double {
    if let fast = FastTextWidth.of(text, bold: bold, points: points) { return fast }
    var widest = 0.0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      widest = max(widest, lineWidth(line, bold: bold, points: points))
    }
    return widest
  }

  /// Width of the longest word: the narrowest a wrapped column can be without
  /// breaking a word.
  static func longestWord(_ text: String, bold: Bool = false, points: Double = 12) -> Double {
    if let fast = FastTextWidth.longestWord(text, bold: bold, points: points) { return fast }
    var widest = 0.0
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      widest = max(widest, lineWidth(word, bold: bold, points: points))
    }
    return widest
  }

  /// How many lines `text` takes when wrapped at word boundaries to `width`.
  static func lineCount(_ text: String, width: Double, bold: Bool = false, points: Double = 12) -> Int {
    guard width > 0 else { return 1 }
    if let fast = FastTextWidth.lineCount(text, width: width, bold: bold, points: points) { return fast }
    let space = charWidth(" ", bold: bold, points: points)
    var lines = 0
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var fill = WordWrap(width: width, space: space)
      for word in paragraph.split(separator: " ") {
        fill.place(word: lineWidth(word, bold: bold, points: points))
      }
      lines += fill.lines
    }
    return max(1, lines)
  }

  /// Width of a non-negative integer written in decimal, without making its
  /// `String`: every digit is 1.0 wide, summed as `of` would.
  static func digits(_ n: Int, bold: Bool = false, points: Double = 12) -> Double {
    var count = 1
    var m = n / 10
    while m > 0 {
      count += 1
      m /= 10
    }
    var one = 1.0
    one *= calibration
    if bold { one *= 1.1 }
    one = one * points / 12
    var w = 0.0
    for _ in 0..<count { w += one }
    return w
  }

  /// Points per printed line of text in a font of `points` size.
  static func lineHeight(points: Double) -> Double { (points * 1.32).rounded(.up) }

  private static func lineWidth<S: StringProtocol>(_ s: S, bold: Bool, points: Double) -> Double {
    var w = 0.0
    for ch in s { w += charWidth(ch, bold: bold, points: points) }
    return w
  }

  static func charWidth(_ ch: Character, bold: Bool, points: Double) -> Double {
    var w: Double
    if narrow.contains(ch) {
      w = 0.55
    } else if wide.contains(ch) {
      w = 1.55
    } else if ch.isUppercase {
      w = 1.3
    } else if ch.isASCII || ch.isLetter || ch.isNumber {
      w = 1.0
    } else {
      // CJK and other wide scripts, symbols: be generous.
      w =
        ch.unicodeScalars.first.map { $0.value >= 0x1100 && !$0.properties.isAlphabetic } == true
        ? 2.0 : 1.0
    }
    w *= calibration
    if bold { w *= 1.1 }
    return w * points / 12
  }

  /// Measured, not guessed: 400 texts of the sample reports printed by
  /// LibreOffice in Times New Roman's metric twin (Liberation Serif) 12 pt came
  /// out at a median 1.12 times the table's estimate in Excel's units (bold:
  /// 1.08 with its own factor). Without it a name estimated at one line took two
  /// on paper in a row one line high. Column widths and row heights both use it.
  static let calibration = 1.12

  private static let narrow: Set<Character> = [
    " ", "i", "l", "j", "t", "f", "r", ".", ",", ":", ";", "!", "|", "'", "(", ")", "[", "]", "/",
    "-", "I", "í", "ì", "ỉ", "ĩ", "ị",
  ]
  private static let wide: Set<Character> = ["m", "w", "M", "W", "%", "@"]
}
