import Core

/// One typed value of a table. Renderers decide how each kind looks
/// (a number right-aligned, a date as a date cell); builders only say what it is.
public enum Cell: Hashable, Sendable {
  /// Nothing: "not applicable" (a rate over zero nominations, a heading row's numbers).
  case empty
  case text(String)
  /// A count or other whole number. Zero is written `0`, never blank.
  case integer(Int)
  /// A decimal number shown with `places` digits after the point (a rate: 1).
  case decimal(Double, places: Int)
  /// A decimal figure held exactly (T4's and T7's progress figures and their sums),
  /// shown with its own digits: `3.9`, never `3.90` nor 3.8999999999999995.
  case exact(ExactDecimal)
  case date(CalendarDay)
  /// A value the workbook computes from other cells (a subtotal, a total, a
  /// rate): `result` is the value itself (`.integer`, `.decimal`, or `.empty`
  /// for a rate over nothing), written by the CSV renderer and stored in the
  /// XLSX as the formula's result. See `Formula`.
  indirect case formula(Formula, result: Cell)

  /// The plain-text form used by CSV: `1234`, `12.5`, `dd/mm/yyyy`.
  public var plainText: String {
    switch self {
    case .empty: return ""
    case .text(let s): return s
    case .integer(let n): return String(n)
    case .decimal(let x, let places): return Cell.format(x, places: places)
    case .exact(let d): return d.description
    case .date(let d): return d.description
    case .formula(_, let result): return result.plainText
    }
  }

  /// The value shown: a formula's stored result, any other cell itself.
  public var value: Cell {
    if case .formula(_, let result) = self { return result.value }
    return self
  }

  /// Fixed-point formatting without Foundation or the locale: always `.` as
  /// the decimal point, so `TZ=UTC LANG=C` and a Vietnamese desktop agree.
  public static func format(_ x: Double, places: Int) -> String {
    if x.isNaN || x.isInfinite { return "" }
    if places <= 0 { return String(Int(x.rounded())) }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(x) * scale).rounded()
    let whole = Int(scaled / scale)
    var frac = String(Int(scaled) - whole * Int(scale))
    while frac.count < places { frac = "0" + frac }
    let sign = x < 0 && scaled != 0 ? "-" : ""
    return "\(sign)\(whole).\(frac)"
  }
}
