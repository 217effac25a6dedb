import Core

/// Parsers for the value forms of DATA.md. Each returns nil when the text is
/// not of the form (the caller turns that into a located error). Input is
/// already trimmed; empty input returns nil (yesNo: false).
public enum ValueParser {
  /// `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`, ISO `yyyy-mm-dd`; real days only.
  ///
  /// Day and month have one or two digits, the year four; both separators must be the same
  /// (`15/06-2025` is rejected). `31/02/2025` is nil.
  public static func date(_ s: String) -> CalendarDay? {
    guard let parts = digitGroups(s, separators: [0x2F, 0x2D, 0x2E]), parts.groups.count == 3 else {
      return nil
    }
    let g = parts.groups
    if g[0].digits == 4, parts.separator == 0x2D, (1...2).contains(g[1].digits), (1...2).contains(g[2].digits)
    {
      return CalendarDay(year: g[0].value, month: g[1].value, day: g[2].value)
    }
    guard (1...2).contains(g[0].digits), (1...2).contains(g[1].digits), g[2].digits == 4 else { return nil }
    return CalendarDay(year: g[2].value, month: g[1].value, day: g[0].value)
  }

  /// `mm/yyyy`, `m/yyyy`, `yyyy-mm`, `Tháng 6/2025` (any case, diacritics or not).
  ///
  /// Also accepted: `mm-yyyy`, `mm.yyyy`, `T6/2025`, `Tháng 6 năm 2025` — the text is folded
  /// like a header first, so any punctuation or spaces between the parts will do.
  public static func month(_ s: String) -> CalendarMonth? {
    let key = Fold.key(s)
    guard !key.isEmpty else { return nil }
    var parts = key.split(separator: "_").map(String.init)
    // Prefix: `thang_6_2025`, `t6_2025`, `thang6_2025`.
    if parts.first == "thang" {
      parts.removeFirst()
    } else if let first = parts.first, first.hasPrefix("thang") {
      parts[0] = String(first.dropFirst(5))
    } else if let first = parts.first, first.hasPrefix("t"), first.count > 1 {
      parts[0] = String(first.dropFirst())
    }
    // `6_nam_2025`
    if parts.count == 3, parts[1] == "nam" { parts.remove(at: 1) }
    guard parts.count == 2, parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }) else {
      return nil
    }
    let a = parts[0]
    let b = parts[1]
    if (1...2).contains(a.count), b.count == 4 {
      return CalendarMonth(year: Int(b)!, month: Int(a)!)
    }
    // ISO `yyyy-mm` only without a `Tháng` prefix makes sense, but folding lost which it was;
    // `2025-06` and `2025/06` are both unambiguous.
    if a.count == 4, (1...2).contains(b.count), s.utf8.first.map({ (0x30...0x39).contains($0) }) == true {
      return CalendarMonth(year: Int(a)!, month: Int(b)!)
    }
    return nil
  }

  /// `1234`, `1.234`, `1 234` (also `1,234`? no: comma groups are not Vietnamese); optional sign.
  ///
  /// Thousands groups are separated by `.`, a space or a no-break space, all with the same
  /// separator: the first group has one to three digits, every other exactly three. So
  /// `1.23`, `1,5`, `1.2345` and `12abc` are nil. A leading `+` or `-` is allowed.
  public static func integer(_ s: String) -> Int? {
    guard let number = Number(s), number.fraction.isEmpty else { return nil }
    guard let magnitude = Int(number.integer) else { return nil }
    return number.negative ? -magnitude : magnitude
  }

  /// `12,5`, `12.5`, `1.234,5`, `1 234,5`, integers; `1.234` (one dot, three digits) is 1234.
  ///
  /// The Vietnamese convention: `,` is the decimal separator and `.` groups thousands.
  /// - With both `,` and `.`, the last one is the decimal separator and the other groups
  ///   thousands (`1.234,5` → 1234.5; `1,234.5` → 1234.5).
  /// - With only a comma, and exactly one, it is the decimal separator (`0,25`, `1,234` → 1.234).
  /// - With only dots: several dots are thousands groups (`1.234.567`); a single dot followed
  ///   by exactly three digits after one to three leading digits (not starting with 0) is a
  ///   thousands group (`1.234` → 1234); any other single dot is a decimal point
  ///   (`12.5`, `0.250`, `1234.567`).
  /// - Spaces group thousands (`1 234,5`, `1 234.5`).
  ///
  /// Exact (`ExactDecimal`): `12,5` plus `0,1` is `12,6` (DATA.md). Nil also for a number
  /// an `ExactDecimal` cannot hold (more than 18 significant digits, more than 9 decimals).
  public static func decimal(_ s: String) -> ExactDecimal? {
    guard let number = Number(s) else { return nil }
    return ExactDecimal(negative: number.negative, integer: number.integer, fraction: number.fraction)
  }

  /// yes: `có`, `x`, `1`, `yes`, `true`; no: empty, `không`, `0`, `no`, `false` (folded); else nil.
  ///
  /// Also yes: `y`, `đúng`, `✓`/`✔`/`☑`; also no: `n`, `ko`, `k`, `sai`.
  public static func yesNo(_ s: String) -> Bool? {
    let key = Fold.key(s)
    if key.isEmpty {
      let t = s.filter { !$0.isWhitespace }
      if t.isEmpty { return false }
      if ["✓", "✔", "☑", "✅"].contains(t) { return true }
      return nil
    }
    switch key {
    case "co", "x", "1", "yes", "y", "true", "dung": return true
    case "khong", "ko", "k", "0", "no", "n", "false", "sai": return false
    default: return nil
    }
  }

  // MARK: - Helpers

  struct Group {
    var value: Int
    var digits: Int
  }

  /// `15/6/2025` → groups 15, 6, 2025 with their digit counts and the one separator used.
  /// Nil when the text has anything but ASCII digits and one kind of separator between
  /// non-empty groups, or a group longer than four digits.
  static func digitGroups(_ s: String, separators: Set<UInt8>) -> (groups: [Group], separator: UInt8?)? {
    var groups: [Group] = []
    var current = Group(value: 0, digits: 0)
    var separator: UInt8?
    for b in s.utf8 {
      if (0x30...0x39).contains(b) {
        guard current.digits < 4 else { return nil }
        current.value = current.value * 10 + Int(b - 0x30)
        current.digits += 1
      } else if separators.contains(b) {
        guard current.digits > 0, separator == nil || separator == b else { return nil }
        separator = b
        groups.append(current)
        current = Group(value: 0, digits: 0)
      } else {
        return nil
      }
    }
    guard current.digits > 0 else { return nil }
    groups.append(current)
    return (groups, separator)
  }

  /// A number as written, reduced to plain digits: sign, integer digits, fraction digits.
  struct Number {
    var negative = false
    var integer = ""
    var fraction = ""

    init?(_ s: String) {
      var bytes = Array(s.utf8)
      // Trim blanks the caller may have left.
      while let f = bytes.first, f == 0x20 || f == 0x09 { bytes.removeFirst() }
      while let l = bytes.last, l == 0x20 || l == 0x09 { bytes.removeLast() }
      // A no-break space (C2 A0) or narrow no-break space (E2 80 AF) groups like a space.
      var plain: [UInt8] = []
      plain.reserveCapacity(bytes.count)
      var k = 0
      while k < bytes.count {
        if bytes[k] == 0xC2, k + 1 < bytes.count, bytes[k + 1] == 0xA0 {
          plain.append(0x20)
          k += 2
        } else if bytes[k] == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] == 0xAF {
          plain.append(0x20)
          k += 3
        } else {
          plain.append(bytes[k])
          k += 1
        }
      }
      guard let first = plain.first else { return nil }
      if first == 0x2D || first == 0x2B {
        negative = first == 0x2D
        plain.removeFirst()
      }
      guard !plain.isEmpty else { return nil }
      guard plain.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2C || $0 == 0x20 }) else {
        return nil
      }
      let commas = plain.filter { $0 == 0x2C }.count
      let dots = plain.filter { $0 == 0x2E }.count
      let spaces = plain.filter { $0 == 0x20 }.count
      var integerPart: ArraySlice<UInt8>
      var fractionPart: ArraySlice<UInt8> = []
      var grouping: UInt8?
      var hasDecimalMark = true
      if commas > 0 && dots > 0 {
        // The later of the two is the decimal separator; it must occur once.
        let lastComma = plain.lastIndex(of: 0x2C)!
        let lastDot = plain.lastIndex(of: 0x2E)!
        let decimalMark: UInt8 = lastComma > lastDot ? 0x2C : 0x2E
        guard (decimalMark == 0x2C ? commas : dots) == 1, spaces == 0 else { return nil }
        grouping = decimalMark == 0x2C ? 0x2E : 0x2C
        let at = max(lastComma, lastDot)
        integerPart = plain[..<at]
        fractionPart = plain[(at + 1)...]
      } else if commas > 0 {
        guard commas == 1 else { return nil }
        let at = plain.firstIndex(of: 0x2C)!
        integerPart = plain[..<at]
        fractionPart = plain[(at + 1)...]
        grouping = spaces > 0 ? 0x20 : nil
      } else if dots > 1 {
        guard spaces == 0 else { return nil }
        integerPart = plain[...]
        grouping = 0x2E
        hasDecimalMark = false
      } else if dots == 1 {
        let at = plain.firstIndex(of: 0x2E)!
        let before = plain[..<at]
        let after = plain[(at + 1)...]
        if spaces == 0, after.count == 3, (1...3).contains(before.count), before.first != 0x30 {
          integerPart = plain[...]  // `1.234`: a thousands group
          grouping = 0x2E
          hasDecimalMark = false
        } else {
          integerPart = before
          fractionPart = after
          grouping = spaces > 0 ? 0x20 : nil
        }
      } else {
        integerPart = plain[...]
        grouping = spaces > 0 ? 0x20 : nil
        hasDecimalMark = false
      }
      guard !integerPart.isEmpty else { return nil }
      if hasDecimalMark {
        guard !fractionPart.isEmpty, fractionPart.allSatisfy({ (0x30...0x39).contains($0) }) else {
          return nil
        }
      }
      // Validate the grouping of the integer part.
      if let grouping {
        let groups = integerPart.split(separator: grouping, omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count) else { return nil }
        for g in groups {
          guard g.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        }
        for g in groups.dropFirst() where g.count != 3 { return nil }
        integer = String(decoding: groups.joined(), as: UTF8.self)
      } else {
        guard integerPart.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        integer = String(decoding: integerPart, as: UTF8.self)
      }
      fraction = String(decoding: fractionPart, as: UTF8.self)
    }
  }
}
