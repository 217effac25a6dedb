/// Finds a repeated `ma_de_nghi` among the nominations read so far without a second copy of
/// the ids: a `[String: Int]` of a million ids took ~50 MB at the loading peak, while each
/// id already lives in its `Nomination`. A slot holds the upper 32 bits of the id bytes'
/// 64-bit hash and the index of the nomination (8 bytes a slot); two different ids with the
/// same tag (~100 pairs in a million) are told apart by comparing the real ids, so a
/// collision never makes a false duplicate. Open addressing, linear probing, at most half full.
struct NominationIDIndex {
  /// Per slot: hash tag << 32 | (nomination index + 1); 0 is an empty slot.
  private var slots: [UInt64] = Array(repeating: 0, count: 1024)
  private var count = 0

  /// Makes room for `n` ids at once, so that a big file is not rehashed while growing.
  mutating func reserve(_ n: Int) {
    var size = slots.count
    while size < 2 * n { size *= 2 }
    if size > slots.count { rehash(size) }
  }

  @inline(__always) static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for x in b { h = (h ^ UInt64(x)) &* 0x100_0000_01b3 }
    // FNV-1a's high bits mix poorly for short keys: fold them once more.
    h ^= h >> 31
    h = h &* 0x7fb5_d329_728e_a185
    return h ^ (h >> 27)
  }

  @inline(__always) static func hash(_ id: String) -> UInt64 {
    var id = id
    return id.withUTF8 { hash($0) }
  }

  /// The index of the nomination whose id is `id` (its bytes hashing to `h`), or nil.
  func find(_ id: UnsafeBufferPointer<UInt8>, hash h: UInt64, in nominations: [Nomination]) -> Int? {
    let mask = slots.count - 1
    let tag = h >> 32
    var i = Int(truncatingIfNeeded: tag) & mask
    while true {
      let s = slots[i]
      if s == 0 { return nil }
      if s >> 32 == tag {
        let k = Int(s & 0xFFFF_FFFF) - 1
        var other = nominations[k].id
        if other.withUTF8({ $0.elementsEqual(id) }) { return k }
      }
      i = (i + 1) & mask
    }
  }

  /// Records that nomination `index` (id bytes hashing to `h`) is the first with its id.
  /// The caller has checked with `find` that the id is new.
  mutating func insert(hash h: UInt64, index: Int) {
    if (count + 1) * 2 > slots.count { rehash(slots.count * 2) }
    place((h & 0xFFFF_FFFF_0000_0000) | UInt64(index + 1))
    count += 1
  }

  /// The probe starts at the tag's low bits, so a slot can be moved when growing
  /// without the rest of the hash.
  private mutating func place(_ slot: UInt64) {
    let mask = slots.count - 1
    var i = Int(truncatingIfNeeded: slot >> 32) & mask
    while slots[i] != 0 { i = (i + 1) & mask }
    slots[i] = slot
  }

  private mutating func rehash(_ size: Int) {
    let old = slots
    slots = Array(repeating: 0, count: size)
    for s in old where s != 0 { place(s) }
  }
}
