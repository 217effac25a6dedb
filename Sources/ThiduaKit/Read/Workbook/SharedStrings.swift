/// A workbook's shared strings (`sharedStrings.xml`), in one byte buffer: each string's
/// text (runs joined, phonetic runs left out, entities replaced, trimmed) and whether it
/// needs NFC. A million distinct names cost their bytes plus 9 bytes each, not a `String`.
struct SharedStrings {
  private(set) var bytes: [UInt8] = []
  /// String `i` is `bytes[ends[i-1]..<ends[i]]` (`ends[-1]` = 0).
  private(set) var ends: [UInt32] = []
  private(set) var needsNFC: [Bool] = []

  var count: Int { ends.count }

  init() {}

  init(_ stream: PartStream) throws {
    var scratch: [UInt8] = []
    try PartScanner.scan(
      stream, unitName: "si",
      unit: { p, _, _, from, to in
        scratch.removeAll(keepingCapacity: true)
        try XMLBytes.appendRuns(p, from, to, into: &scratch)
        self.append(scratch)
        return .go
      })
  }

  mutating func append(_ text: [UInt8]) {
    text.withUnsafeBufferPointer { b in
      let (s, e) = Self.trimmed(b.baseAddress!, 0, b.count)
      var marks = false
      var k = s
      while k < e {
        if b[k] == 0xCC || b[k] == 0xCD {
          marks = true
          break
        }
        k += 1
      }
      if e > s { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[s..<e])) }
      needsNFC.append(marks)
    }
    ends.append(UInt32(truncatingIfNeeded: bytes.count))
  }

  /// The range of string `i` in `bytes`.
  @inline(__always) func range(_ i: Int) -> (Int, Int) {
    (i == 0 ? 0 : Int(ends[i - 1]), Int(ends[i]))
  }

  /// Space, tab, CR and LF trimmed from both ends (the CSV reader trims the same way).
  @inline(__always) static func trimmed(_ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> (Int, Int) {
    var s = from
    var e = to
    while s < e && XMLBytes.isSpace(p[s]) { s += 1 }
    while e > s && XMLBytes.isSpace(p[e - 1]) { e -= 1 }
    return (s, e)
  }
}
