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

  init(widths: [Double]) {
    let n = widths.count
    guard n >= 2 else {
      left = 0...0
      right = 0...0
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
    left = 0...leftEnd
    right = rightStart...(n - 1)
  }
}
