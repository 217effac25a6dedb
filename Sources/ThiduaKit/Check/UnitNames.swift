/// Finds a unit by what a file name or a receipt register says of it: its `ma_don_vi`, or
/// its name matched after folding (`UBND xã Tri Lễ.xlsx`, `ubnd-xa-tri-le.csv`), then its
/// id folded (`u3.csv`). Built once per load, only when there are lists.
struct UnitNames {
  let units: [Unit]
  private var ids: [String: Int] = [:]
  private var names: [String: [Int]] = [:]
  private var foldedIDs: [String: [Int]] = [:]

  enum Match: Equatable {
    case unit(Int)
    /// Matches several units: their indices.
    case ambiguous([Int])
    case none
  }

  init(_ units: [Unit]) {
    self.units = units
    for (i, u) in units.enumerated() {
      ids[u.id] = i
      names[Fold.key(u.name), default: []].append(i)
      foldedIDs[Fold.key(u.id), default: []].append(i)
    }
  }

  func match(_ text: String) -> Match {
    if let i = ids[text] { return .unit(i) }
    let key = Fold.key(text)
    guard !key.isEmpty else { return .none }
    for table in [names, foldedIDs] {
      guard let hits = table[key] else { continue }
      return hits.count == 1 ? .unit(hits[0]) : .ambiguous(hits)
    }
    return .none
  }

  /// What an unmatched or ambiguous text is told: the units named, or the nearest names
  /// (fewest letters to change, after folding), three at most.
  func hint(for text: String, _ match: Match) -> String {
    func describe(_ i: Int) -> String { "\(units[i].id) (\(units[i].name))" }
    if case .ambiguous(let hits) = match {
      return "khớp \(hits.count) đơn vị: " + hits.map(describe).joined(separator: ", ")
    }
    let key = Array(Fold.key(text).utf8)
    let nearest = units.indices.map { (i: $0, d: Self.distance(key, Array(Fold.key(units[$0].name).utf8))) }
      .sorted { ($0.d, $0.i) < ($1.d, $1.i) }.prefix(3)
    guard !nearest.isEmpty else { return "don_vi.csv không có đơn vị nào" }
    return "gần nhất: " + nearest.map { describe($0.i) }.joined(separator: ", ")
  }

  /// Levenshtein distance of two byte strings.
  static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    var current = previous
    for (i, x) in a.enumerated() {
      current[0] = i + 1
      for (j, y) in b.enumerated() {
        current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
