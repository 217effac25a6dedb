/// The free texts a run keeps of `de_nghi.csv` (`ten`, `chuc_vu`, `so_quyet_dinh`,
/// `thanh_tich`, `dan_toc`), all in one byte buffer; a `Nomination` holds only where its
/// own start (`Nomination.textStart`).
///
/// Why not a `String` per field: at 1M nominations the kept names and, for the awarded,
/// positions, decision numbers and achievements were ~1.6M heap `String`s of 16 bytes
/// inline plus a 32-byte header each, and four `String` fields made a `Nomination` 168
/// bytes: 135 MiB of text and 160 MiB of rows, most of the memory of a run (measured with
/// `THIDUA_TRACE=1`). Here a name costs its bytes plus one length byte, and a
/// `Nomination` is 56 bytes. A `String` is made when a text is shown.
///
/// Layout: per nomination, the five fields in `Field` order, each as its length (LEB128)
/// then its UTF-8 bytes. The bytes are exactly the `String`s the reader gave (trimmed, NFC).
public struct NominationTexts: Sendable, Equatable {
  /// The fields, in the order they are stored.
  public enum Field: Int, Sendable {
    case name, position, decisionNumber, achievement, ethnicity
  }

  private static let fieldCount = 5

  private(set) var bytes: [UInt8] = []

  public init() {}

  /// The number of bytes held (for sizing, and the join of two halves).
  public var byteCount: Int { bytes.count }

  mutating func reserveCapacity(_ n: Int) { bytes.reserveCapacity(n) }

  // MARK: Writing

  /// Appends one nomination's fields; returns the start to keep in `Nomination.textStart`.
  /// `field(f, &bytes)` appends field `f`'s UTF-8 bytes (nothing for an empty one).
  mutating func append(_ field: (Field, inout [UInt8]) -> Void) -> Int {
    let start = bytes.count
    for raw in 0..<Self.fieldCount {
      // The length goes before the bytes but is known only after them: room for one byte
      // (up to 127 bytes, most fields), and the bytes are moved when it takes more.
      let lengthAt = bytes.count
      bytes.append(0)
      field(Field(rawValue: raw)!, &bytes)
      var n = bytes.count - lengthAt - 1
      var extra = 0
      while n >> (7 * (extra + 1)) > 0 { extra += 1 }
      if extra > 0 { bytes.insert(contentsOf: repeatElement(0, count: extra), at: lengthAt + 1) }
      for k in 0...extra {
        bytes[lengthAt + k] = UInt8(n & 0x7F) | (k < extra ? 0x80 : 0)
        n >>= 7
      }
    }
    return start
  }

  /// Appends the fields given as `String`s (the slow path).
  mutating func append(
    name: String, position: String, decisionNumber: String, achievement: String, ethnicity: String
  ) -> Int {
    append { f, out in
      switch f {
      case .name: out.append(contentsOf: name.utf8)
      case .position: out.append(contentsOf: position.utf8)
      case .decisionNumber: out.append(contentsOf: decisionNumber.utf8)
      case .achievement: out.append(contentsOf: achievement.utf8)
      case .ethnicity: out.append(contentsOf: ethnicity.utf8)
      }
    }
  }

  /// Appends a copy of the fields at `start` in `other`; returns where they start here.
  mutating func append(copyOf start: Int, in other: NominationTexts) -> Int {
    guard start >= 0 else { return -1 }
    let end = other.end(of: start)
    let here = bytes.count
    bytes.append(contentsOf: other.bytes[start..<end])
    return here
  }

  // MARK: Reading

  /// The bytes of field `field` of the fields at `start` (-1: every field empty).
  @inline(__always)
  public func withBytes<R>(
    _ field: Field, at start: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R
  ) rethrows -> R {
    guard start >= 0 else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
    return try bytes.withUnsafeBufferPointer { all in
      var i = start
      var k = 0
      while true {
        let (n, next) = Self.length(all, at: i)
        if k == field.rawValue { return try body(UnsafeBufferPointer(rebasing: all[next..<(next + n)])) }
        i = next + n
        k += 1
      }
    }
  }

  /// Field `field` of `n` as a `String` ("" when not kept).
  public func text(_ field: Field, of n: Nomination) -> String {
    withBytes(field, at: n.textStart) { String(decoding: $0, as: UTF8.self) }
  }

  /// Whether field `field` of `n` is empty (or not kept).
  public func isEmpty(_ field: Field, of n: Nomination) -> Bool {
    withBytes(field, at: n.textStart) { $0.isEmpty }
  }

  /// The four texts T5 shows, from one pass over the nomination's fields (T5's rows are
  /// made from here each time a renderer reads them).
  public func listed(of n: Nomination) -> (
    name: String, position: String, decisionNumber: String, achievement: String
  ) {
    guard n.textStart >= 0 else { return ("", "", "", "") }
    return bytes.withUnsafeBufferPointer { all in
      var i = n.textStart
      func next() -> String {
        let (count, start) = Self.length(all, at: i)
        i = start + count
        return String(decoding: UnsafeBufferPointer(rebasing: all[start..<i]), as: UTF8.self)
      }
      return (next(), next(), next(), next())
    }
  }

  public func name(of n: Nomination) -> String { text(.name, of: n) }
  public func position(of n: Nomination) -> String { text(.position, of: n) }
  public func decisionNumber(of n: Nomination) -> String { text(.decisionNumber, of: n) }
  public func achievement(of n: Nomination) -> String { text(.achievement, of: n) }
  public func ethnicity(of n: Nomination) -> String { text(.ethnicity, of: n) }

  /// A length and the index just after it.
  @inline(__always)
  private static func length(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, Int) {
    var i = i
    var n = 0
    var shift = 0
    while true {
      let x = b[i]
      i += 1
      n |= Int(x & 0x7F) << shift
      if x < 0x80 { return (n, i) }
      shift += 7
    }
  }

  /// The index just after the fields at `start`.
  private func end(of start: Int) -> Int {
    bytes.withUnsafeBufferPointer { all in
      var i = start
      for _ in 0..<Self.fieldCount {
        let (n, next) = Self.length(all, at: i)
        i = next + n
      }
      return i
    }
  }
}
