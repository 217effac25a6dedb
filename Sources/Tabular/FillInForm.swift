/// A workbook to be filled in by hand: a sheet with title rows, an instruction
/// row and a header row, then rows to type into (open-ended, or divided into
/// sections under heading rows, as printed lists are); a guide sheet; and a
/// hidden sheet holding the drop-down lists.
///
/// Like `Table`, it knows nothing of campaigns and no words: the builders say what the
/// columns are and every word it shows (`words`), `FillInFormWriter` how they look.
public struct FillInForm: Sendable {
  /// A heading row (`I`, `TẬP THỂ`) and the blank rows made ready under it.
  public struct Section: Sendable {
    public var numeral: String
    public var heading: String
    public var rows: Int

    public init(numeral: String, heading: String, rows: Int) {
      self.numeral = numeral
      self.heading = heading
      self.rows = rows
    }
  }

  public var sheetName: String
  /// Centred lines above the table; the first one is the title.
  public var titleLines: [String]
  /// The instruction row right above the header.
  public var instruction: String
  public var columns: [FormColumn]
  /// Rows already filled in (one cell per column), written first.
  public var rows: [[Cell]]
  /// Empty: an open-ended table of `blankRows` bordered rows (the drop-downs
  /// and formats reach to the sheet's last row). Otherwise these sections.
  public var sections: [Section]
  public var blankRows: Int
  /// The guide sheet's general lines, above the table of columns.
  public var guideLines: [String]
  /// Extra tables for the guide sheet (a code list with names): a title, then rows of text.
  public var guideTables: [(title: String, rows: [[String]])]
  /// The sheet names, headings, page number and check messages.
  public var words: FormWords

  /// The zero-based row of the first row to fill in: below the title lines, a
  /// blank row and the instruction row (when there is one), and the header.
  public var firstBodyRow: Int { titleLines.count + (instruction.isEmpty ? 0 : 2) + 1 }

  public init(
    sheetName: String, titleLines: [String], instruction: String, columns: [FormColumn],
    rows: [[Cell]] = [], sections: [Section] = [], blankRows: Int = 20, guideLines: [String] = [],
    guideTables: [(title: String, rows: [[String]])] = [], words: FormWords
  ) {
    self.sheetName = sheetName
    self.titleLines = titleLines
    self.instruction = instruction
    self.columns = columns
    self.rows = rows
    self.sections = sections
    self.blankRows = blankRows
    self.guideLines = guideLines
    self.guideTables = guideTables
    self.words = words
  }
}
