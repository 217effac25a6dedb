/// Groups byte keys (person identities) in order of first appearance, without
/// a `String` or an array per key: keys live end to end in one buffer and an
/// open-addressing table of group numbers finds them by an FNV-1a hash.
/// Built for T6's duplicate-person check, where a `[String: [Int]]` over 560k
/// names spent most of its time allocating and hashing.
struct PersonGroups {
  private var bytes: [UInt8] = []
  /// Group g's key is `bytes[starts[g]..<starts[g + 1]]`.
  private var starts: [Int] = [0]
  private var hashes: [UInt64] = []
  /// Slots holding group number + 1 (0: empty); the count is a power of two.
  private var slots: [Int32]
  /// How many members each group has.
  private(set) var sizes: [Int] = []

  init(capacity: Int) {
    var n = 16
    while n < capacity * 2 { n <<= 1 }
    slots = [Int32](repeating: 0, count: n)
  }

  var count: Int { sizes.count }

  /// The group of the key that `fill` appends to a buffer (a new group when unseen).
  mutating func add(_ fill: (inout [UInt8]) -> Void) -> Int {
    let start = bytes.count
    fill(&bytes)
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for i in start..<bytes.count { h = (h ^ UInt64(bytes[i])) &* 0x100_0000_01b3 }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
    while slots[slot] != 0 {
      let g = Int(slots[slot]) - 1
      if hashes[g] == h && equal(g, start) {
        bytes.removeSubrange(start...)
        sizes[g] += 1
        return g
      }
      slot = (slot + 1) & mask
    }
    let g = sizes.count
    slots[slot] = Int32(g + 1)
    hashes.append(h)
    starts.append(bytes.count)
    sizes.append(1)
    if sizes.count * 2 > slots.count { grow() }
    return g
  }

  private func equal(_ g: Int, _ start: Int) -> Bool {
    let a = starts[g]
    let length = starts[g + 1] - a
    guard length == bytes.count - start else { return false }
    for k in 0..<length where bytes[a + k] != bytes[start + k] { return false }
    return true
  }

  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for g in 0..<sizes.count {
      let h = hashes[g]
      var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(g + 1)
    }
  }
}
