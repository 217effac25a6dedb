import Core

/// A whole workbook: its sheets in order, the letterhead they share, and the
/// document date (which becomes the file's creation date, so output does not
/// depend on the clock).
public struct WorkbookDocument: Hashable, Sendable {
  public enum Sheet: Hashable, Sendable {
    case table(Table)
    case charts(ChartSheet)
  }

  public var sheets: [Sheet]
  public var letterhead: Letterhead
  public var documentDate: CalendarDay
  public var documentTitle: String
  public var author: String
  /// The name of a sheet whose own name is blank once cleaned (`SheetNames`), `{n}` standing
  /// for its place from 1 ("Trang {n}" from the report definitions).
  public var unnamedSheet: String

  public init(
    sheets: [Sheet], letterhead: Letterhead, documentDate: CalendarDay, documentTitle: String = "",
    author: String = "", unnamedSheet: String = "{n}"
  ) {
    self.sheets = sheets
    self.letterhead = letterhead
    self.documentDate = documentDate
    self.documentTitle = documentTitle
    self.author = author
    self.unnamedSheet = unnamedSheet
  }
}
