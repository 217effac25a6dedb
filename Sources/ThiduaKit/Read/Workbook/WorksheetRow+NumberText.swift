import Core

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A number cell's text as DATA.md reads it: an integral number without `.0`, a decimal
/// comma, and a date-formatted number as its day (1900 or 1904 date system).
extension WorksheetRow {
  /// A number cell's text: integral ones as whole numbers, others with a decimal comma
  /// (`12,5`: never read as thousands the way `1.234` is); a date format makes it a day.
  mutating func appendNumber(
    _ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int, kind: CellStyles.Kind, date1904: Bool
  ) {
    let (s, e) = SharedStrings.trimmed(p, from, to)
    guard e > s else { return }
    // Fast: digits only (an id, a count), not a date.
    if kind == .number && e - s <= 15 {
      var k = p[s] == 0x2D ? s + 1 : s
      while k < e && p[k] >= 0x30 && p[k] <= 0x39 { k += 1 }
      if k == e && e > (p[s] == 0x2D ? s + 1 : s) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: p + s, count: e - s))
        return
      }
    }
    var buffer = [CChar](repeating: 0, count: min(e - s, 64) + 1)
    for k in 0..<(buffer.count - 1) { buffer[k] = CChar(bitPattern: p[s + k]) }
    var endPointer: UnsafeMutablePointer<CChar>?
    let x = buffer.withUnsafeMutableBufferPointer { b in strtod(b.baseAddress!, &endPointer) }
    let parsedAll = buffer.withUnsafeMutableBufferPointer { b in endPointer == b.baseAddress! + (b.count - 1)
    }
    guard parsedAll, x.isFinite else {
      bytes.append(contentsOf: UnsafeBufferPointer(start: p + s, count: e - s))
      return
    }
    if kind != .number, let day = Self.day(serial: x, date1904: date1904) {
      let text =
        kind == .month
        ? Self.two(day.month) + "/" + String(day.year)
        : Self.two(day.day) + "/" + Self.two(day.month) + "/" + String(day.year)
      bytes.append(contentsOf: Array(text.utf8))
      return
    }
    if x == x.rounded(), abs(x) < 1e15 {
      bytes.append(contentsOf: Array(String(Int(x)).utf8))
      return
    }
    var out = [CChar](repeating: 0, count: 40)
    let written = out.withUnsafeMutableBufferPointer { b in
      withVaList([x]) { vsnprintf(b.baseAddress!, 40, "%.15g", $0) }
    }
    for k in 0..<Int(max(0, min(written, 39))) {
      let c = UInt8(bitPattern: out[k])
      bytes.append(c == 0x2E ? 0x2C : c)
    }
  }

  static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

  /// A date cell's calendar day. 1900 system: serial 1 is 1900-01-01 and Excel counts a
  /// 29 February 1900 that never was (serial 60), so from 61 on the days are one less.
  /// 1904 system: serial 0 is 1904-01-01. Nil outside 1900–9999.
  static func day(serial: Double, date1904: Bool) -> (year: Int, month: Int, day: Int)? {
    guard serial >= 0, serial < 2_958_466 else { return nil }
    let whole = Int(serial.rounded(.down))
    let days: Int  // since 1970-01-01
    if date1904 {
      days = whole - 24_107
    } else {
      guard whole >= 1 else { return nil }
      days = (whole >= 61 ? whole - 1 : whole) - 25_568
    }
    return CalendarDay(daysSinceEpoch: Int32(days)).components
  }
}
