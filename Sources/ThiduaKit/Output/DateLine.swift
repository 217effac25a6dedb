import Core

/// The place and date line above the signature ("Văn Quan, ngày 05 tháng 3 năm 2026"),
/// written as Nghị định 30/2020/NĐ-CP writes dates in official documents: a day below
/// 10 and the months 1 and 2 take a leading zero, no other ("ngày 15 tháng 01 năm
/// 2026", "ngày 15 tháng 12 năm 2026"), so a clerk can add nothing in front of them.
enum DateLine {
  /// `template` is `common.date_line` of the definitions (`{dia_danh}`, `{d}`, `{m}`, `{y}`).
  static func text(_ template: String, place: String, date: CalendarDay) -> String {
    Template.fill(
      template, ["dia_danh": place, "d": day(date.day), "m": month(date.month), "y": String(date.year)])
  }

  static func day(_ d: Int) -> String { CalendarDay.pad2(d) }

  static func month(_ m: Int) -> String { m <= 2 ? CalendarDay.pad2(m) : String(m) }
}
