import Core
import Tabular

/// The rows of one office's `danh-sach.csv` (T5 as `thidua report` writes it,
/// or a roll-up's merged list), in the file's order: the level above merges
/// them with the other offices' lists.
struct ReceivedList: Sendable {
  /// One person, collective or household awarded, under its award (a position in
  /// the upper catalogue) and kind.
  struct Entry: Sendable {
    var award: Int
    var kind: NomineeKind
    var name: String
    var position: String
    var unit: String
    var decisionNumber: String
    var decisionDate: CalendarDay?
    var achievement: String
  }

  var entries: [Entry] = []
}
