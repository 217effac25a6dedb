#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A cache of parsed values keyed by a field's bytes, for the values a big file repeats:
/// ids, enumerated words, dates. Looking a field's bytes up here needs no `String` (making
/// and hashing a `String` per field was most of the loader's time); each distinct value is
/// parsed once and its key copied once. A small hash table: open addressing, FNV-1a hash,
/// power-of-two capacity.
struct ParsedFieldCache<Value> {
  private var keys: [UInt8] = []
  /// Per slot: (key offset in `keys`, key length, hash); length -1 marks an empty slot.
  private var slots: [(offset: Int, length: Int, hash: UInt64)]
  private var values: [Value?]
  private(set) var count = 0
  /// Lookups of new keys are not stored past this many entries (a file of all-distinct values).
  let limit: Int

  init(limit: Int = 65_536) {
    self.limit = limit
    slots = Array(repeating: (0, -1, 0), count: 64)
    values = Array(repeating: nil, count: 64)
  }

  @inline(__always) static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for x in b { h = (h ^ UInt64(x)) &* 0x100_0000_01b3 }
    return h
  }

  /// The slot holding `key`, or the empty slot where it would go.
  @inline(__always) private func find(_ key: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> Int {
    let mask = slots.count - 1
    var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
    while true {
      let s = slots[i]
      if s.length < 0 { return i }
      if s.hash == h && s.length == key.count {
        let same = keys.withUnsafeBufferPointer { k -> Bool in
          key.count == 0 || memcmp(k.baseAddress! + s.offset, key.baseAddress!, key.count) == 0
        }
        if same { return i }
      }
      i = (i + 1) & mask
    }
  }

  /// The value stored for `key`, or nil.
  @inline(__always) func get(_ key: UnsafeBufferPointer<UInt8>) -> Value? {
    let i = find(key, Self.hash(key))
    return slots[i].length < 0 ? nil : values[i]
  }

  /// The value for `key`, computed by `make` (from the key's text) and stored the first time.
  @inline(__always) mutating func value(
    _ key: UnsafeBufferPointer<UInt8>, _ make: (UnsafeBufferPointer<UInt8>) -> Value
  ) -> Value {
    let h = Self.hash(key)
    let i = find(key, h)
    if slots[i].length >= 0 { return values[i]! }
    let v = make(key)
    if count < limit { insert(key, h, at: i, v) }
    return v
  }

  private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ h: UInt64, at slot: Int, _ v: Value) {
    slots[slot] = (keys.count, key.count, h)
    keys.append(contentsOf: key)
    values[slot] = v
    count += 1
    if count * 2 > slots.count { grow() }
  }

  private mutating func grow() {
    let old = slots
    let oldValues = values
    slots = Array(repeating: (0, -1, 0), count: old.count * 2)
    values = Array(repeating: nil, count: old.count * 2)
    let mask = slots.count - 1
    for (j, s) in old.enumerated() where s.length >= 0 {
      var i = Int(truncatingIfNeeded: s.hash ^ (s.hash >> 29)) & mask
      while slots[i].length >= 0 { i = (i + 1) & mask }
      slots[i] = s
      values[i] = oldValues[j]
    }
  }
}
