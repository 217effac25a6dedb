/// Every word a `FillInForm` shows that is not the form's own (its titles, columns and
/// guide lines): the names of the guide and lists sheets, the guide's headings, the
/// page number, and what Excel says when a typed value fails a column's check.
///
/// The renderer knows no language: the caller says these words, as the report
/// definitions say a report's (`Letterhead`).
public struct FormWords: Sendable {
  /// What Excel shows when a typed value fails a check: a title and a message.
  public struct Alert: Sendable {
    public var title: String
    public var message: String

    public init(title: String, message: String) {
      self.title = title
      self.message = message
    }
  }

  public var guideSheet: String
  public var listsSheet: String
  /// Before the form's title at the top of the guide sheet.
  public var guideTitlePrefix: String
  /// The four headers of the guide's table of columns: number, column, required, how to fill in.
  public var guideHeader: [String]
  /// Before a short list's values in the guide's "how to fill in" cell.
  public var valuesPrefix: String
  /// The page number at the bottom of every printed page, `{page}` standing for the number;
  /// `&` is written as it is.
  public var pageNumber: String
  /// A value outside a strict drop-down (refused).
  public var notAChoice: Alert
  /// A value outside an open drop-down (kept after a question).
  public var notInList: Alert
  public var notADate: Alert
  public var notAWholeNumber: Alert
  public var notANumber: Alert

  public init(
    guideSheet: String, listsSheet: String, guideTitlePrefix: String, guideHeader: [String],
    valuesPrefix: String, pageNumber: String, notAChoice: Alert, notInList: Alert, notADate: Alert,
    notAWholeNumber: Alert, notANumber: Alert
  ) {
    self.guideSheet = guideSheet
    self.listsSheet = listsSheet
    self.guideTitlePrefix = guideTitlePrefix
    self.guideHeader = guideHeader
    self.valuesPrefix = valuesPrefix
    self.pageNumber = pageNumber
    self.notAChoice = notAChoice
    self.notInList = notInList
    self.notADate = notADate
    self.notAWholeNumber = notAWholeNumber
    self.notANumber = notANumber
  }
}
