import Tabular

/// The rows of T5's layout (REPORTS.md): per award an award heading row
/// (Roman numeral, award name), per kind a heading row ("Tập thể: 5"), then
/// the group's rows with STT from 1 in each kind. Shared by a report's list
/// (items are nominations) and a roll-up's merged list (items are received rows).
///
/// Rows are made when written (`Rows(count:make:)`): held, the 284k rows of a
/// 1M run were ~150 MiB at the run's peak; made, the list costs 8 bytes a row.
struct ListLayout {
  /// One group: an award (its name as the catalogue writes it), a kind, its items in order.
  struct Group {
    var award: Int
    var kind: NomineeKind
    var items: [Int]
  }

  /// `width` is the number of columns; `cells(item, stt)` gives a data row's cells, STT
  /// first (one array per row: rows are made three times, by the CSV, widths and XML).
  static func rows(
    _ groups: [Group], awardNames: [String], width: Int, cells: @escaping @Sendable (Int, Cell) -> [Cell]
  ) -> Rows {
    var headings: [Row] = []
    var lines: [Line] = []
    lines.reserveCapacity(groups.reduce(0) { $0 + $1.items.count + 2 })
    var lastAward = -1
    var awardNumber = 0
    let blanks = [Cell](repeating: .empty, count: width - 2)
    func heading(_ cells: [Cell]) {
      lines.append(Line(item: Int32(-1 - headings.count), number: 0))
      headings.append(Row(.heading, cells + blanks))
    }
    for g in groups {
      if g.award != lastAward {
        lastAward = g.award
        awardNumber += 1
        heading([.text(RomanNumeral.of(awardNumber)), .text(awardNames[g.award])])
      }
      heading([.empty, .text("\(g.kind.label): \(g.items.count)")])
      for (i, item) in g.items.enumerated() {
        lines.append(Line(item: Int32(item), number: Int32(i + 1)))
      }
    }
    return Rows(count: lines.count) { [lines, headings] r in
      let line = lines[r]
      guard line.item >= 0 else { return headings[Int(-1 - line.item)] }
      return Row(.data, cells(Int(line.item), .integer(Int(line.number))))
    }
  }

  /// One row of the list: an item and its number in its group, or (a negative
  /// `item`, -1 - k) the k-th heading row.
  struct Line {
    var item: Int32
    var number: Int32
  }
}
