/// How a table sheet goes onto A4 landscape paper, decided from its measured
/// column widths and row heights (REPORTS.md "The workbook": legible on paper).
///
/// - Scale: the largest that fits the columns in the page's width, at most
///   100 %, at least what keeps the 12 pt body at 8 pt on paper (67 %). The
///   scale is written as a print scale rather than "fit to one page wide"
///   because fitting lets the application shrink a wide table to 2.5 pt, and
///   because Excel ignores manual page breaks on a fitted sheet (the
///   keep-together break below needs them).
/// - A table too wide at 67 % continues on further pages across; its leading
///   columns up to the name column are repeated at the left of each page, and
///   the letterhead, titles and signature are laid over the columns of the
///   first page (`firstPageColumns`), so they are not cut by a page edge.
/// - Pages: a table ending in total rows is laid on pages here (each page
///   below the first starts with the repeated header rows) and every page's
///   start is written as a manual break, so the application breaks there too;
///   when the last page would start below the table's last data row — holding
///   only its subtotal and total rows, or only the signature — it starts at
///   the second-to-last data row instead, which takes it, the last one and the
///   totals to the last page (`pageBreaks`).
///
/// Widths are printed as LibreOffice prints them with Calibri's metrics
/// (Carlito): `(w + 5/7) × 5.55` pt a column, a little wider than Excel's
/// `0.75 × (7w + 5)`, so a table that fits one fits both.
struct PrintLayout {
  /// A4 landscape less the margins of `PageSetup` (left 0.8", right 0.5", top 0.6", bottom 0.7").
  static let pageWidth = 841.89 - 1.3 * 72
  static let pageHeight = 595.28 - 1.3 * 72
  /// Below this scale the 12 pt body would print under 8 pt.
  static let minimumScale = 67
  /// Room kept for the difference between our estimates and the application's.
  static let slack = 0.98

  let scale: Int
  /// Columns repeated at the left of every page (nil when the table is one page wide).
  let repeatedColumns: ClosedRange<Int>?
  /// How many columns (from the left) the first page holds: all, for a table one page wide.
  let firstPageColumns: Int

  /// The columns the letterhead, titles and signatures lie over: the first
  /// page's, right of the repeated columns when the table runs across pages
  /// (all columns when the repeated ones would leave fewer than two).
  var textSpan: ClosedRange<Int> {
    let from = repeatedColumns.map { $0.upperBound + 1 } ?? 0
    return from + 1 < firstPageColumns ? from...(firstPageColumns - 1) : 0...(max(1, firstPageColumns) - 1)
  }

  static func printed(width w: Double) -> Double { (w + 5.0 / 7) * 5.55 }

  /// `repeat`: the columns to repeat when the table runs across pages (STT and name).
  init(widths: [Double], repeat: ClosedRange<Int>?) {
    let total = widths.reduce(0) { $0 + PrintLayout.printed(width: $1) }
    let fit = total > 0 ? Int((PrintLayout.pageWidth * PrintLayout.slack / total * 100).rounded(.down)) : 100
    scale = min(100, max(PrintLayout.minimumScale, fit))
    let across = fit < PrintLayout.minimumScale
    repeatedColumns = across ? `repeat` : nil
    let room = PrintLayout.pageWidth * PrintLayout.slack * 100 / Double(scale)
    var used = 0.0
    var n = 0
    while n < widths.count, used + PrintLayout.printed(width: widths[n]) <= room || n == 0 {
      used += PrintLayout.printed(width: widths[n])
      n += 1
    }
    firstPageColumns = across ? max(1, n) : widths.count
  }

  /// Where each page after the first starts, for rows of `heights` (points,
  /// sheet rows from 0), with `header` repeated on top of every later page;
  /// pages are filled to `PrintLayout.pageFill` of their height.
  func pageStarts(heights: [Double], header: ClosedRange<Int>) -> [Int] {
    let room = PrintLayout.pageHeight * PrintLayout.pageFill * 100 / Double(scale)
    let headerHeight = header.reduce(0.0) { $0 + (heights.indices.contains($1) ? heights[$1] : 0) }
    var starts: [Int] = []
    var used = 0.0
    for (r, h) in heights.enumerated() {
      if used + h > room && used > 0 && r > header.upperBound + 1 {
        starts.append(r)
        used = headerHeight
      }
      used += h
    }
    return starts
  }

  /// Pages are filled to this share of their height, so that a page laid out
  /// here also fits in the application, whose row heights and margins differ a
  /// little (the breaks below are then where the application breaks too).
  static let pageFill = 0.96
  /// Excel keeps at most this many manual breaks a sheet.
  static let maxBreaks = 1_023

  /// The manual page breaks of a table ending in total rows (see the type's
  /// doc): every page's start, so that the application's pages are the ones
  /// laid out here — laid out by the application alone, a long table's pages
  /// drift from any estimate, and over 130 pages the last one no longer ends
  /// where it was foreseen (a signature alone on a page, measured at 5,000
  /// units) — with the last page moved up to start at the second-to-last data
  /// row when it would start after the last one. `lastData`: the sheet row of
  /// the table's last data row before its trailing total rows. Over Excel's
  /// 1,023 breaks, only the keep-together break is kept.
  func pageBreaks(heights: [Double], header: ClosedRange<Int>, lastData: Int) -> [Int] {
    var starts = pageStarts(heights: heights, header: header)
    if let last = starts.last, last >= lastData {
      let at = max(header.upperBound + 2, lastData - 1)
      starts.removeAll { $0 >= at }
      if at > (starts.last ?? 0) { starts.append(at) }
    }
    if starts.count > PrintLayout.maxBreaks { return starts.last.map { [$0] } ?? [] }
    return starts
  }
}
