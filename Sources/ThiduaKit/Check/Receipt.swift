import Core

/// One row of a campaign's receipt register `de_nghi/<ma_phong_trao>/tiep_nhan.csv`: the
/// day a unit's list arrived and its letter's number. It dates the list's rows that have
/// no `ngay_de_nghi`.
struct Receipt {
  var date: CalendarDay
  var letterNumber: String
  var line: Int
}
