/// Where each header label of a table goes: `Column.path` turned into merged blocks.
///
/// Levels run from the top header row (0) to the leaf row (`depth - 1`). A group
/// label (not the last of its path) merges across the adjacent columns that share
/// it *and* everything above it, so two groups with the same name under different
/// parents stay apart. A leaf merges down to the last header row, which is how
/// "STT" or "Đơn vị" stand beside a two-level group. Leaves never merge sideways:
/// two columns called "Tập thể" are two columns. Blocks never overlap.
struct HeaderLayout: Equatable {
  struct Block: Equatable {
    var label: String
    var firstLevel: Int
    var firstColumn: Int
    var lastLevel: Int
    var lastColumn: Int
  }

  let depth: Int
  let blocks: [Block]

  init(columns: [Column]) {
    let paths = columns.map { $0.path.isEmpty ? [""] : $0.path }
    let depth = max(1, paths.map(\.count).max() ?? 1)
    var blocks: [Block] = []
    for level in 0..<depth {
      var c = 0
      while c < paths.count {
        let p = paths[c]
        if level < p.count - 1 {
          var last = c
          while last + 1 < paths.count, paths[last + 1].count > level + 1,
            paths[last + 1][0...level] == p[0...level]
          {
            last += 1
          }
          blocks.append(
            Block(label: p[level], firstLevel: level, firstColumn: c, lastLevel: level, lastColumn: last))
          c = last + 1
        } else {
          if level == p.count - 1 {
            blocks.append(
              Block(label: p[level], firstLevel: level, firstColumn: c, lastLevel: depth - 1, lastColumn: c))
          }
          c += 1
        }
      }
    }
    self.depth = depth
    self.blocks = blocks
  }

  /// The columns of each label merged over more than one column: what a band
  /// of printed pages should not cut (`PrintLayout`).
  var groups: [ClosedRange<Int>] {
    blocks.filter { $0.lastColumn > $0.firstColumn }.map { $0.firstColumn...$0.lastColumn }
  }

  /// The blocks with each one crossing a column break (a column starting a
  /// new band of pages) cut there into parts carrying the same label: the
  /// application prints a merged cell's text only on the page of its first
  /// column, so a group continued on the next band would print there blank.
  func blocks(cutAt breaks: [Int]) -> [Block] {
    guard !breaks.isEmpty else { return blocks }
    return blocks.flatMap { b -> [Block] in
      var parts: [Block] = []
      var first = b.firstColumn
      for c in breaks.sorted() where c > first && c <= b.lastColumn {
        parts.append(
          Block(
            label: b.label, firstLevel: b.firstLevel, firstColumn: first, lastLevel: b.lastLevel,
            lastColumn: c - 1))
        first = c
      }
      parts.append(
        Block(
          label: b.label, firstLevel: b.firstLevel, firstColumn: first, lastLevel: b.lastLevel,
          lastColumn: b.lastColumn))
      return parts
    }
  }
}
