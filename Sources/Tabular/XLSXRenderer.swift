import Core
import XLSX

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a `WorkbookDocument` as an .xlsx through libxlsxwriter (the `XLSX` module).
///
/// One sheet per `Table` in order, then chart sheets; each table sheet laid out
/// as an official appendix by `TableSheetWriter` (letterhead, title, merged
/// multi-level headers from `Column.path`, bordered Times New Roman cells, bold
/// heading/subtotal/total rows, frozen header, A4 landscape, fit to width,
/// repeated header rows, page numbers, computed column widths, then the date
/// line and signature block), chart sheets by `ChartSheetWriter`.
///
/// Output bytes depend only on the document: the file's creation date is the
/// document date at 00:00 UTC (libxlsxwriter formats it with `gmtime` and dates
/// every zip entry 1980-01-01), styles are created in document order, and
/// nothing reads the clock, the time zone or the locale.
///
/// The file is assembled next to `path` under a temporary name and renamed
/// over it only when complete, so a failure leaves any earlier file untouched.
public enum XLSXRenderer {
  public static func write(_ document: WorkbookDocument, to path: String) throws {
    try write(document, to: path, limits: .excel)
  }

  /// `limits`: when a sheet is streamed and where a long list continues; tests lower them.
  static func write(_ document: WorkbookDocument, to path: String, limits: SheetLimits) throws {
    try PartialFile.write(path) { try assemble(document, to: $0, limits: limits) }
  }

  private static func assemble(_ document: WorkbookDocument, to path: String, limits: SheetLimits) throws {
    let workbook = try Workbook(path: path)
    let title = document.documentTitle.isEmpty ? firstTitle(document) : document.documentTitle
    try workbook.setProperties(
      title: title, author: document.author, created: Int(document.documentDate.daysSinceEpoch) * 86_400)
    let styles = XLSXStyles(workbook: workbook)
    var names = SheetNames(unnamed: document.unnamedSheet)
    for (i, sheet) in document.sheets.enumerated() {
      switch sheet {
      case .table(let table):
        for piece in pieces(of: table, letterhead: document.letterhead, rowLimit: limits.sheetRowLimit) {
          let ws = try workbook.addWorksheet(
            names.claim(piece.sheetName, index: i), constantMemory: piece.rows.count > limits.streamRows)
          try TableSheetWriter(table: piece, letterhead: document.letterhead, sheet: ws, styles: styles)
            .write()
          Trace.mark("sheet \(piece.sheetName) rows written")
        }
      case .charts(let charts):
        let ws = try workbook.addWorksheet(names.claim(charts.sheetName, index: i))
        try ChartSheetWriter(
          chartSheet: charts, letterhead: document.letterhead, sheet: ws, styles: styles, workbook: workbook
        ).write()
      }
    }
    Trace.mark("workbook closing")
    try workbook.close()
  }

  /// `table` cut into pieces whose rows, with the letterhead, titles, header and
  /// signature around them, fit on one sheet each: a list longer than Excel's
  /// grid continues on a second sheet (same name with " (2)", same titles and
  /// header) instead of failing.
  static func pieces(of table: Table, letterhead: Letterhead, rowLimit: Int) -> [Table] {
    let around =
      2
      * (letterhead.issuer.count + letterhead.motto.count + letterhead.preparedBy.count
        + letterhead.signature.count) + table.subtitles.count + table.notes.count + table.headerDepth
      + TableSheetWriter.signatureRoom + 8
    let capacity = max(1, rowLimit - around)
    guard table.rows.count > capacity else { return [table] }
    var out: [Table] = []
    var start = 0
    while start < table.rows.count {
      var piece = table
      piece.rows = table.rows[start..<min(start + capacity, table.rows.count)]
      out.append(piece)
      start += capacity
    }
    return out
  }

  private static func firstTitle(_ document: WorkbookDocument) -> String {
    for sheet in document.sheets {
      if case .table(let t) = sheet, !t.title.isEmpty { return t.title }
    }
    return ""
  }
}
