/// A decimal number held exactly: `units / 10^scale` (`2,55` is 255 units at scale 2).
///
/// Progress figures (`tien_do.csv` `gia_tri`) are added up into T4 and T7 and written
/// to CSV and XLSX. As binary fractions `2,55 + 1,35` was 3.8999999999999995 and came
/// out as `3.90`; held as scaled integers every sum is exact, and a figure is written
/// with its own digits: no more decimals than the figures it adds up, trailing zeros
/// dropped (`3.9`). A `Double` is made only at the end, for the workbook's cell: the
/// double nearest this value, which prints as the same digits.
///
/// Equal values are equal whatever their scale (`3.90` == `3.9`).
public struct ExactDecimal: Hashable, Comparable, Sendable, AdditiveArithmetic, CustomStringConvertible {
  /// The value times 10^scale.
  public let units: Int64
  /// Digits after the decimal point, 0...maxScale; never a trailing zero digit.
  public let scale: Int8

  /// More decimal digits than a clerk writes; also what keeps a sum's units in `Int64`.
  public static let maxScale: Int8 = 9

  public static let zero = ExactDecimal(normalised: 0, scale: 0)

  /// `units / 10^scale`, trailing zero digits removed (scale above `maxScale` is rounded to it).
  public init(units: Int64, scale: Int) {
    var u = units
    var s = scale
    while s > Int(Self.maxScale) {
      u = Self.rounded(u, dividedBy: 10)
      s -= 1
    }
    while s > 0 && u % 10 == 0 {
      u /= 10
      s -= 1
    }
    self.units = u
    self.scale = Int8(max(s, 0))
  }

  /// Already normalised (no trailing zero digit): the fast paths of `+` and `init(_:)`.
  @usableFromInline init(normalised units: Int64, scale: Int8) {
    self.units = units
    self.scale = scale
  }

  @inlinable public init(_ n: Int) { self.init(normalised: Int64(n), scale: 0) }

  /// From digits as `ValueParser` splits them: the integer digits, the fraction digits
  /// (either may be empty). Nil when the number does not fit (more than 18 significant
  /// digits, or more than `maxScale` decimals that are not trailing zeros).
  public init?(negative: Bool, integer: some StringProtocol, fraction: some StringProtocol) {
    var fractionDigits = Array(fraction.utf8)
    while fractionDigits.last == 0x30 { fractionDigits.removeLast() }
    guard fractionDigits.count <= Int(Self.maxScale) else { return nil }
    var u: Int64 = 0
    for byte in Array(integer.utf8) + fractionDigits {
      guard (0x30...0x39).contains(byte) else { return nil }
      let (times, o1) = u.multipliedReportingOverflow(by: 10)
      let (plus, o2) = times.addingReportingOverflow(Int64(byte - 0x30))
      guard !o1, !o2, plus < 1_000_000_000_000_000_000 else { return nil }
      u = plus
    }
    self.init(units: negative ? -u : u, scale: fractionDigits.count)
  }

  @inlinable public var isWhole: Bool { scale == 0 }

  /// The whole number, when it is one.
  @inlinable public var integerValue: Int? { scale == 0 ? Int(units) : nil }

  /// The double nearest this value (what a workbook cell holds); it prints as `description`.
  public var doubleValue: Double { Double(description) ?? Double(units) }

  /// Plain digits with `.` as the decimal point and no trailing zero: `3.9`, `-0.25`, `12`.
  public var description: String {
    let magnitude = units.magnitude
    var digits = String(magnitude)
    let sign = units < 0 ? "-" : ""
    guard scale > 0 else { return sign + digits }
    let places = Int(scale)
    if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
    let cut = digits.index(digits.endIndex, offsetBy: -places)
    return sign + digits[..<cut] + "." + digits[cut...]
  }

  /// Inlinable with a fast path for whole figures (most of them, and every count), so
  /// T4's and T7's sums cost about what adding doubles did.
  @inlinable public static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
    if a.scale == 0 && b.scale == 0 {
      let (sum, overflow) = a.units.addingReportingOverflow(b.units)
      if !overflow { return ExactDecimal(normalised: sum, scale: 0) }
    }
    return combine(a, b, negate: false)
  }

  @inlinable public static func += (a: inout ExactDecimal, b: ExactDecimal) { a = a + b }
  public static func - (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal { combine(a, b, negate: true) }

  public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool { (a - b).units < 0 }

  /// The sum (or difference) at the larger scale. It stays exact for any figures people
  /// report; only when the units would leave `Int64` (sums near 10^18 units, which no
  /// office reports) is the scale lowered, rounding, and at scale 0 the sum is clamped,
  /// so hostile data gives a near number instead of a crash.
  @usableFromInline static func combine(_ a: ExactDecimal, _ b: ExactDecimal, negate: Bool) -> ExactDecimal {
    var scale = max(a.scale, b.scale)
    while true {
      if let x = a.units(at: scale), let y = b.units(at: scale) {
        let (sum, overflow) = negate ? x.subtractingReportingOverflow(y) : x.addingReportingOverflow(y)
        if !overflow { return ExactDecimal(units: sum, scale: Int(scale)) }
        if scale == 0 {
          return ExactDecimal(units: (x < 0) == negate ? Int64.max : Int64.min, scale: 0)
        }
      }
      scale -= 1
    }
  }

  /// `units` at a larger or smaller scale (rounded half away from zero when smaller);
  /// nil when it does not fit.
  private func units(at target: Int8) -> Int64? {
    var u = units
    var s = scale
    while s < target {
      let (times, overflow) = u.multipliedReportingOverflow(by: 10)
      if overflow { return nil }
      u = times
      s += 1
    }
    while s > target {
      u = Self.rounded(u, dividedBy: 10)
      s -= 1
    }
    return u
  }

  private static func rounded(_ u: Int64, dividedBy d: Int64) -> Int64 {
    let (q, r) = u.quotientAndRemainder(dividingBy: d)
    if r.magnitude * 2 >= d.magnitude { return u < 0 ? q - 1 : q + 1 }
    return q
  }
}
