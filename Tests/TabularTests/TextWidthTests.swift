import XCTest

@testable import Tabular

/// `FastTextWidth` must give exactly what the `Character`-by-`Character` rule
/// gives (row heights and column widths are in the file, which must not change
/// with a faster path).
final class TextWidthTests: XCTestCase {
  /// `TextWidth.lineCount`'s exact path: paragraphs on line feeds, words on spaces.
  private func reference(_ text: String, width: Double, bold: Bool, points: Double) -> Int {
    let space = TextWidth.charWidth(" ", bold: bold, points: points)
    var lines = 0
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var fill = WordWrap(width: width, space: space)
      for word in paragraph.split(separator: " ") {
        var w = 0.0
        for ch in word { w += TextWidth.charWidth(ch, bold: bold, points: points) }
        fill.place(word: w)
      }
      lines += fill.lines
    }
    return max(1, lines)
  }

  /// Fixed cases and seeded random text of Vietnamese letters, capitals, narrow
  /// and wide letters, runs of spaces and line feeds, at several widths, bold
  /// or not, 12 and 14 pt.
  func testFastLineCountIsTheExactCount() {
    var texts = [
      "", " ", "\n", "a", "  leading and trailing  ", "Tập thể Hội Phụ nữ xã Tri Phái",
      "Đi đầu trong chuyển đổi số và cải cách hành chính; đóng góp 113 ngày công.",
      "one\ntwo\n\nfour", "MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM",
      "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
      "a  b   c\n d ", "4404/QĐ-CTN", "Ủy ban nhân dân tỉnh Hà Giang — 100% @ W",
    ]
    let alphabet = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯMWiíìl.,%@ạảãáàẠỀỄệữỷ0123456789   \n")
    var seed: UInt64 = 0x2545_F491_4F6C_DD1D
    for _ in 0..<200 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let n = Int(seed >> 57)
      var s = ""
      for _ in 0..<n {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        s.append(alphabet[Int(seed >> 33) % alphabet.count])
      }
      texts.append(s)
    }
    for t in texts {
      for width in [0.5, 3, 13.5, 39, 49.0] {
        for bold in [false, true] {
          for points in [12.0, 14] {
            let fast = FastTextWidth.lineCount(t, width: width, bold: bold, points: points)
            XCTAssertEqual(fast == nil, t.contains("—"), "only the dash is outside the fast set")
            XCTAssertEqual(
              TextWidth.lineCount(t, width: width, bold: bold, points: points),
              reference(t, width: width, bold: bold, points: points),
              "\(t.debugDescription) width \(width) bold \(bold) \(points) pt")
          }
        }
      }
    }
  }
}
