/// Roman numerals for the STT of group heading rows (I, II, III…).
enum RomanNumeral {
  static func of(_ n: Int) -> String {
    guard n > 0 else { return String(n) }
    var n = n
    var out = ""
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
      (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    for (v, s) in table {
      while n >= v {
        out += s
        n -= v
      }
    }
    return out
  }
}
