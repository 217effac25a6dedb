/// What a block of cells may hold (Excel's "Data Validation", LibreOffice's
/// "Validity"), with the note shown when a cell is selected and the alert shown
/// when something else is typed.
///
/// It exists for the fill-in templates: a drop-down list is the one way a clerk
/// sees the accepted spellings of an enumerated value (`Cá nhân`, `Đã khen
/// thưởng`) without reading the contract. A list comes from a block of cells
/// (usually on a hidden sheet), never from an inline list: Excel caps an inline
/// list at 255 characters, which a catalogue of award names passes.
public struct DataValidation: Sendable, Equatable {
  public enum Rule: Sendable, Equatable {
    /// One of the values of a block of cells, as an absolute reference without
    /// `=`: `DanhMuc!$A$2:$A$5`. Shown as an in-cell drop-down.
    case list(source: String)
    /// A whole number at least `minimum`.
    case wholeNumber(minimum: Int)
    /// A number (decimals allowed) at least `minimum`.
    case decimal(minimum: Double)
    /// A date cell from `first` to `last` (year, month, day).
    case date(first: (Int, Int, Int), last: (Int, Int, Int))
    /// Anything: only the input note is shown.
    case any

    public static func == (a: Rule, b: Rule) -> Bool {
      switch (a, b) {
      case (.list(let x), .list(let y)): return x == y
      case (.wholeNumber(let x), .wholeNumber(let y)): return x == y
      case (.decimal(let x), .decimal(let y)): return x == y
      case (.date(let f1, let l1), .date(let f2, let l2)): return f1 == f2 && l1 == l2
      case (.any, .any): return true
      default: return false
      }
    }
  }

  /// What the alert lets the clerk do with a value outside the rule.
  public enum Alert: Sendable, Equatable {
    /// Refuses it (Excel's "Stop").
    case stop
    /// Asks whether to keep it (Excel's "Warning"): for lists that may lack a new entry.
    case warning
    /// Tells and keeps it (Excel's "Information").
    case information
  }

  /// The longest title Excel accepts for the note and the alert.
  public static let maxTitle = 32
  /// The longest message Excel accepts for the note and the alert.
  public static let maxMessage = 255

  public var rule: Rule
  public var alert: Alert
  /// Shown when a cell is selected; empty shows nothing.
  public var inputTitle: String
  public var inputMessage: String
  /// Shown when a value breaks the rule; empty keeps the program's own words.
  public var errorTitle: String
  public var errorMessage: String

  public init(
    _ rule: Rule, alert: Alert = .stop, inputTitle: String = "", inputMessage: String = "",
    errorTitle: String = "", errorMessage: String = ""
  ) {
    self.rule = rule
    self.alert = alert
    self.inputTitle = inputTitle
    self.inputMessage = inputMessage
    self.errorTitle = errorTitle
    self.errorMessage = errorMessage
  }
}
