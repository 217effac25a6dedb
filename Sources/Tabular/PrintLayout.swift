/// How a table sheet goes onto A4 landscape paper, decided from its measured
/// column widths and row heights (REPORTS.md "The workbook": legible on paper).
///
/// - Scale: the largest that fits the columns in the page's width, at most
///   100 %, at least what keeps the 12 pt body at 8 pt on paper (67 %). The
///   scale is written as a print scale rather than "fit to one page wide"
///   because fitting lets the application shrink a wide table to 2.5 pt, and
///   because Excel ignores manual page breaks on a fitted sheet (the
///   keep-together break below needs them).
/// - A table too wide at 67 % continues on further pages across, in bands of
///   columns chosen here (`bands`) and written as manual column breaks: as few
///   bands as fit, then as few header groups cut by a band's edge as can be
///   (a group that must be cut has its label repeated over each part, since
///   the application prints a merged cell's text only on the page of its first
///   column). Its leading columns up to the name column are repeated at the
///   left of each page. The letterhead and titles lie over the first band's
///   columns (`textSpan`), the notes, date line and signatures over the last
///   band's (`lastBand`): pages print down, then across, so the last band's
///   last page is the document's last, where the signature belongs.
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
  /// The same for a band of columns at the smallest scale, where a page's
  /// width left unused is a band more: smaller, since the estimate is
  /// LibreOffice's own measure (measured within 0.1 pt over a band) and Excel
  /// prints narrower.
  static let bandSlack = 0.99

  let scale: Int
  /// Columns repeated at the left of every page (nil when the table is one page wide).
  let repeatedColumns: ClosedRange<Int>?
  /// The columns of each band of pages across, left to right: the first from column 0, the
  /// later ones without the repeated columns printed at their left; one band (all columns)
  /// for a table one page wide.
  let bands: [ClosedRange<Int>]
  /// How many columns (from the left) the first page holds: all, for a table one page wide.
  var firstPageColumns: Int { bands[0].upperBound + 1 }
  /// Where each band after the first starts: the manual column breaks.
  var columnBreaks: [Int] { bands.dropFirst().map(\.lowerBound) }

  /// The columns the letterhead and titles lie over: the first page's, right
  /// of the repeated columns when the table runs across pages (all columns
  /// when the repeated ones would leave fewer than two).
  var textSpan: ClosedRange<Int> {
    let from = repeatedColumns.map { $0.upperBound + 1 } ?? 0
    return from + 1 < firstPageColumns ? from...(firstPageColumns - 1) : 0...(max(1, firstPageColumns) - 1)
  }

  /// The columns the notes, date line and signatures lie over when they lie apart
  /// from the letterhead: the last band's (never the repeated ones, which print on
  /// every band's last page), so they print on the document's last page; nil for a
  /// table one page wide, whose footer lies over `textSpan`.
  var lastBand: ClosedRange<Int>? { bands.count > 1 ? bands.last : nil }

  static func printed(width w: Double) -> Double { (w + 5.0 / 7) * 5.55 }

  /// `repeat`: the columns to repeat when the table runs across pages (STT and name);
  /// `groups`: the columns of each header label merged over more than one column,
  /// which a band's edge should not cut.
  init(widths: [Double], repeat: ClosedRange<Int>?, groups: [ClosedRange<Int>] = []) {
    let total = widths.reduce(0) { $0 + PrintLayout.printed(width: $1) }
    let fit = total > 0 ? Int((PrintLayout.pageWidth * PrintLayout.slack / total * 100).rounded(.down)) : 100
    scale = min(100, max(PrintLayout.minimumScale, fit))
    let across = fit < PrintLayout.minimumScale
    repeatedColumns = across ? `repeat` : nil
    let room = PrintLayout.pageWidth * PrintLayout.bandSlack * 100 / Double(scale)
    bands =
      across && widths.count > 1
      ? PrintLayout.bands(
        widths.map(PrintLayout.printed(width:)), room: room, repeated: `repeat`, groups: groups)
      : [0...max(0, widths.count - 1)]
  }

  /// Bands of columns each at most `room` wide (the later ones with the
  /// repeated columns at their left; a column wider than a page alone): as few
  /// as fit, then a last band of two columns or more (room for the signature's
  /// two sides), then as few `groups` cut by a band's edge as can be, then the
  /// earlier bands the fuller. Found from the right: `best[s]` is the best way
  /// to lay the columns from `s` on, with a band starting at `s`.
  static func bands(
    _ printed: [Double], room: Double, repeated: ClosedRange<Int>?, groups: [ClosedRange<Int>]
  ) -> [ClosedRange<Int>] {
    let n = printed.count
    let kept = min(n - 1, repeated.map { $0.upperBound + 1 } ?? 0)
    let repeatedWidth = printed[0..<kept].reduce(0, +)
    // Groups cut by a band starting at column e (none at n).
    let cuts = (0...n).map { e in groups.filter { $0.lowerBound < e && e <= $0.upperBound }.count }
    struct Cost: Comparable {
      var bands = 0, narrowLast = 0, cuts = 0
      static func < (a: Cost, b: Cost) -> Bool {
        (a.bands, a.narrowLast, a.cuts) < (b.bands, b.narrowLast, b.cuts)
      }
    }
    var best = [Cost?](repeating: nil, count: n + 1)
    var end = [Int](repeating: n, count: n + 1)
    best[n] = Cost()
    // A band starts at column 0 or right of the repeated columns; the first holds them and one more.
    for s in stride(from: n - 1, through: 0, by: -1) where s == 0 || s >= kept {
      let least = s == 0 ? kept + 1 : s + 1
      var used = s == 0 ? 0 : repeatedWidth
      for e in (s + 1)...n {
        used += printed[e - 1]
        if used > room && e > least { break }
        guard e >= least, let rest = best[e] else { continue }
        var cost = rest
        cost.bands += 1
        if e == n && s > 0 && e - s < 2 { cost.narrowLast += 1 }
        cost.cuts += cuts[e]
        if best[s].map({ cost <= $0 }) ?? true {
          best[s] = cost
          end[s] = e
        }
      }
    }
    var out: [ClosedRange<Int>] = []
    var s = 0
    while s < n {
      out.append(s...(end[s] - 1))
      s = end[s]
    }
    return out
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
