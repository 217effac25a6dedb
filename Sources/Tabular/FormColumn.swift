/// One column of a `FillInForm`: its header, what kind of value goes in it
/// (which decides the cells' number format and the check Excel makes), and,
/// for a column with a fixed set of values, the list its drop-down offers.
public struct FormColumn: Sendable {
  public enum Kind: Sendable {
    /// Free text, kept as typed: the cells are formatted as text (`@`) so that an id
    /// `001` keeps its zeros and a month `06/2025` does not turn into a date.
    case text
    /// A calendar day, shown `dd/mm/yyyy`.
    case date
    /// A whole number at least 0.
    case integer
    /// A number at least 0, decimals allowed.
    case decimal
    /// The row number of a printed list (`STT`): not data.
    case rowNumber
  }

  /// The values a drop-down offers, and how strictly.
  public struct Choices: Sendable {
    /// The list's name on the lists sheet (its column header); columns naming the
    /// same list share one column of the sheet.
    public var name: String
    public var values: [String]
    /// Whether a value outside the list is refused, or kept after a question.
    public var strict: Bool

    public init(name: String, values: [String], strict: Bool) {
      self.name = name
      self.values = values
      self.strict = strict
    }
  }

  public var header: String
  public var kind: Kind
  /// Width in Excel's character units.
  public var width: Double
  public var required: Bool
  public var choices: Choices?
  /// What to write, shown when a cell of the column is selected and in the guide sheet.
  public var note: String

  public init(
    _ header: String, kind: Kind = .text, width: Double = 16, required: Bool = false, choices: Choices? = nil,
    note: String = ""
  ) {
    self.header = header
    self.kind = kind
    self.width = width
    self.required = required
    self.choices = choices
    self.note = note
  }
}
