import Tabular

/// Parsers for the value forms of DATA.md. Each returns nil when the text is
/// not of the form (the caller turns that into a located error). Input is
/// already trimmed; empty input returns nil (yesNo: false).
///
/// API CONTRACT (implementation pending).
public enum ValueParser {
  /// `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`, ISO `yyyy-mm-dd`; real days only.
  public static func date(_ s: String) -> CalendarDay? { fatalError("not implemented yet") }
  /// `mm/yyyy`, `m/yyyy`, `yyyy-mm`, `Tháng 6/2025` (any case, diacritics or not).
  public static func month(_ s: String) -> CalendarMonth? { fatalError("not implemented yet") }
  /// `1234`, `1.234`, `1 234` (also `1,234`? no: comma groups are not Vietnamese); optional sign.
  public static func integer(_ s: String) -> Int? { fatalError("not implemented yet") }
  /// `12,5`, `12.5`, `1.234,5`, `1 234,5`, integers; `1.234` (one dot, three digits) is 1234.
  public static func decimal(_ s: String) -> Double? { fatalError("not implemented yet") }
  /// yes: `có`, `x`, `1`, `yes`, `true`; no: empty, `không`, `0`, `no`, `false` (folded); else nil.
  public static func yesNo(_ s: String) -> Bool? { fatalError("not implemented yet") }
}
