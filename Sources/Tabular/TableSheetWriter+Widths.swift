/// Column widths: fitted to the header and the cells, then widened so the letterhead,
/// the date line and the signatures fit over their blocks.
extension TableSheetWriter {
  /// Each column's width: `Column.width` when given, else fitted to its leaf
  /// header and its cells, within bounds that keep long text wrapping.
  /// (Before `widen` makes room for the letterhead.)
  func columnWidths() -> [Double] {
    guard !table.columns.isEmpty else { return [30] }
    let pts = TableSheetWriter.tablePoints
    let columns = Array(table.columns.enumerated())
    // Text columns are capped (40, 50; an STT column 8): once the data reaches the cap,
    // later rows cannot change the width, so the column is done — on a 283k-row list
    // that skips nearly every row. The rows are read in one pass for every column
    // still open: a long list's rows are made as they are read (`Rows`), and a pass per
    // column made T5's rows five times over.
    let caps = columns.map { j, column -> Double in
      if let w = column.width, w > 0 { return 0 }  // fixed: nothing to measure
      switch column.kind {
      case _ where j == 0 && isSTT(column): return 8
      case .text: return 40
      case .longText: return 50
      default: return .infinity
      }
    }
    var data = [Double](repeating: 0, count: columns.count)
    var open = columns.indices.filter { caps[$0] > 0 }
    for r in table.rows where !open.isEmpty {
      let bold = r.kind != .data
      open.removeAll { j in
        guard j < r.cells.count else { return false }
        let cell = r.cells[j].value
        switch cell {
        case .empty: return false
        case .date: data[j] = max(data[j], 11.5)
        case .integer(let n) where n >= 0:
          // Digits are all 1.0 wide (TextWidth): the width is the digit count.
          data[j] = max(data[j], TextWidth.digits(n, bold: bold, points: pts) + 1.5)
        default: data[j] = max(data[j], TextWidth.of(cell.plainText, bold: bold, points: pts) + 1.5)
        }
        return data[j] >= caps[j]
      }
    }
    return columns.map { j, column in
      if let w = column.width, w > 0 { return min(w, 255) }
      let title = column.title
      let word = TextWidth.longestWord(title, bold: true, points: pts) + 1.5
      let full = TextWidth.of(title, bold: true, points: pts) + 1.5
      let header = max(word, min(full, 14))
      let w: Double
      if j == 0 && isSTT(column) {
        w = min(max(word, data[j], 5), 8)
      } else {
        switch column.kind {
        case .integer, .decimal: w = max(header, data[j], 7)
        case .date: w = max(header, data[j], 12)
        case .text: w = min(max(header, data[j], 8), 40)
        case .longText: w = min(max(header, data[j], 20), 50)
        }
      }
      return (w * 2).rounded(.up) / 2
    }
  }

  /// Widens columns so the letterhead, date line and signatures fit on one
  /// line over their blocks; columns with a fixed width are left alone.
  /// `footer`: the blocks of the date line and signatures when they lie apart
  /// from the letterhead's (the last band of a table running across pages).
  func widen(
    _ widths: [Double], blocks: LetterheadBlocks, span: ClosedRange<Int>, footer: LetterheadBlocks? = nil
  ) -> [Double] {
    var w = widths
    let issuerNeed = TableSheetWriter.boldNeed(letterhead.issuer)
    let mottoNeed = TableSheetWriter.boldNeed(letterhead.motto)
    let (preparedNeed, signerNeed) = footerNeeds
    let titleNeed = TextWidth.of(table.title, bold: true, points: TableSheetWriter.titlePoints) + 2
    if let footer {
      if footer.stacked {
        grow(&w, footer.left, to: max(preparedNeed, signerNeed))
      } else {
        grow(&w, footer.left, to: preparedNeed)
        grow(&w, footer.right, to: signerNeed)
      }
    }
    let leftNeed = footer == nil ? max(issuerNeed, preparedNeed) : issuerNeed
    let rightNeed = footer == nil ? max(mottoNeed, signerNeed) : mottoNeed
    if blocks.stacked {
      grow(&w, blocks.left, to: max(leftNeed, rightNeed))
      return w
    }
    grow(&w, blocks.left, to: leftNeed)
    grow(&w, blocks.right, to: rightNeed)
    // A title up to about a landscape page wide stays on one line.
    grow(&w, span, to: min(titleNeed, 120))
    return w
  }

  /// The widths the preparer's lines (left) and the date line and signer's lines (right) need.
  var footerNeeds: (left: Double, right: Double) {
    (
      TableSheetWriter.boldNeed(letterhead.preparedBy),
      max(TableSheetWriter.boldNeed(letterhead.signature), TextWidth.of(letterhead.dateLine) + 2)
    )
  }

  private static func boldNeed(_ lines: [String]) -> Double {
    lines.map { TextWidth.of($0, bold: true) + 2 }.max() ?? 0
  }

  private func grow(_ w: inout [Double], _ block: ClosedRange<Int>, to need: Double) {
    let have = w[block].reduce(0, +)
    let free = block.filter { table.columns.indices.contains($0) ? table.columns[$0].width == nil : true }
    guard need > have, !free.isEmpty else { return }
    let add = ((need - have) / Double(free.count) * 2).rounded(.up) / 2
    for j in free { w[j] += add }
  }
}
