/// Which columns the left (issuer, preparer) and right (motto, date, signer)
/// parts of the letterhead span.
///
/// Chosen by width, not by column count, so a wide "Đơn vị" column does not
/// push the motto off the page: the left part is the first columns up to about
/// 38 % of the table's width, the right part the last columns up to half of it,
/// with a gap between them where possible. A one-column table cannot hold both
/// side by side, so they are `stacked` in that column.
struct LetterheadBlocks {
  let left: ClosedRange<Int>
  let right: ClosedRange<Int>
  var stacked: Bool { left.overlaps(right) }

  /// Blocks over `widths`, the columns from `offset` on (a table running
  /// across pages lays its letterhead right of the repeated columns).
  init(widths: [Double], from offset: Int = 0) {
    let n = widths.count
    guard n >= 2 else {
      left = offset...offset
      right = offset...offset
      return
    }
    let total = widths.reduce(0, +)
    var leftEnd = 0
    var sum = widths[0]
    while sum < total * 0.38 && leftEnd < n - 2 {
      leftEnd += 1
      sum += widths[leftEnd]
    }
    var rightStart = n - 1
    sum = widths[n - 1]
    while sum < total * 0.5 && rightStart > leftEnd + 1 {
      rightStart -= 1
      sum += widths[rightStart]
    }
    left = offset...(offset + leftEnd)
    right = (offset + rightStart)...(offset + n - 1)
  }

  /// Blocks over `widths` (from `offset`) that hold `left` and `right`
  /// characters without widening a column: the proportional blocks when they
  /// hold them, else the last columns that hold `right` and the first that hold
  /// `left`; the proportional ones when the columns cannot hold both. For the
  /// date line and signatures on the last band of a table running across
  /// pages, where a widened column could push the band onto a page of its own.
  init(widths: [Double], from offset: Int, holding left: Double, _ right: Double) {
    self.init(widths: widths, from: offset)
    let have = { (block: ClosedRange<Int>) in
      widths[(block.lowerBound - offset)...(block.upperBound - offset)].reduce(0, +)
    }
    let n = widths.count
    guard n >= 2, have(self.left) < left || have(self.right) < right else { return }
    var rightStart = n - 1
    var sum = widths[n - 1]
    while sum < right && rightStart > 1 {
      rightStart -= 1
      sum += widths[rightStart]
    }
    var leftEnd = 0
    var leftSum = widths[0]
    while leftSum < left && leftEnd < rightStart - 1 {
      leftEnd += 1
      leftSum += widths[leftEnd]
    }
    guard sum >= right, leftSum >= left else { return }
    self = LetterheadBlocks(
      left: offset...(offset + leftEnd), right: (offset + rightStart)...(offset + n - 1))
  }

  private init(left: ClosedRange<Int>, right: ClosedRange<Int>) {
    self.left = left
    self.right = right
  }
}
