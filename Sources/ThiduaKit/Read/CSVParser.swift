import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The byte-level parser. Works on the UTF-8 buffer with indices and reports each field as a
/// span of it; only a field whose text is not a slice (doubled quotes, a CR inside quotes)
/// is made into a `String` here, from `scratch`.
struct CSVParser {
  static let quote: UInt8 = 0x22
  static let lf: UInt8 = 0x0A
  static let cr: UInt8 = 0x0D
  static let space: UInt8 = 0x20
  static let tab: UInt8 = 0x09

  let p: UnsafePointer<UInt8>
  let n: Int
  let file: String
  var delimiter: UInt8 = 0x3B
  /// The physical line of the byte at the current position.
  var line = 1
  var scratch: [UInt8] = []
  /// More of the file may follow the buffer (`ChunkedCSVReader`): a record that reaches the
  /// buffer's end (or a CR as its last byte, maybe half of a CRLF) is left for the next buffer.
  var partial = false
  /// Skip a BOM at the buffer's start: only the file's first buffer.
  var skipsBOM = true
  /// Set once the delimiter is detected; a later buffer of the same file keeps it.
  var delimiterKnown = false
  /// File bytes before the buffer, and the file's size, for `CSVRecordView.position`.
  var origin = 0
  var total: Int?
  /// The current record's last field ran to the buffer's end (see `partial`).
  var atEnd = false
  /// Stop before the first record that starts at or after this file offset (same
  /// coordinates as `origin`): the first half of a file read on two cores ends where the
  /// second half begins. `stoppedAt` then says where that record starts.
  var stopAt: Int?
  private(set) var stoppedAt: Int?

  /// What a chunk's parser hands to the next chunk's.
  struct State: Equatable {
    var line = 1
    var delimiter: UInt8 = 0x3B
    var delimiterKnown = false
  }

  var state: State {
    get { State(line: line, delimiter: delimiter, delimiterKnown: delimiterKnown) }
    set {
      line = newValue.line
      delimiter = newValue.delimiter
      delimiterKnown = newValue.delimiterKnown
    }
  }

  /// Thrown inside a partial buffer when a quoted field is still open at its end.
  struct Incomplete: Error {}

  init(buf: UnsafeBufferPointer<UInt8>, file: String) {
    // An empty array may have no storage; any non-nil pointer will do since n == 0.
    p = buf.baseAddress ?? UnsafePointer(bitPattern: 0x10)!
    n = buf.count
    self.file = file
  }

  /// The texts of the current record's escaped fields (see `CSVFieldSpan.isEscaped`).
  var escaped: [String] = []

  /// Visits the buffer's records; returns where it stopped: `n`, or in a `partial` buffer
  /// the start of the unfinished last record (0 while the header line is unfinished).
  mutating func visit(_ body: (CSVRecordView) throws -> Void) throws -> Int {
    var i = 0
    if skipsBOM, n >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { i = 3 }  // a BOM left in by the caller
    if !delimiterKnown {
      guard let d = detectDelimiter(from: i) else { return 0 }
      delimiter = d
      delimiterKnown = true
    }
    var spans: [CSVFieldSpan] = []
    spans.reserveCapacity(32)
    let total = self.total ?? n
    while i < n {
      let recordStart = i
      let recordLine = line
      if let stopAt, origin + i >= stopAt {
        stoppedAt = origin + i
        return i
      }
      spans.removeAll(keepingCapacity: true)
      escaped.removeAll(keepingCapacity: true)
      atEnd = false
      var blank = true
      do {
        while true {
          let (span, endOfRecord) = try field(&i)
          if blank && (span.isEscaped ? !escaped[span.start].isEmpty : span.end > span.start) {
            blank = false
          }
          spans.append(span)
          if endOfRecord { break }
        }
      } catch is Incomplete {
        atEnd = true
      }
      if partial && atEnd {
        line = recordLine
        return recordStart
      }
      if blank { continue }
      try spans.withUnsafeBufferPointer { buf in
        try body(
          CSVRecordView(
            line: recordLine, base: p, spans: buf, escaped: escaped, position: origin + i, bufferCount: total)
        )
      }
    }
    return n
  }

  /// Counts `,` `;` and tab outside quotes in the first line that has content (a byte other
  /// than blanks, candidate delimiters and quotes) and picks the most frequent.
  /// nil in a `partial` buffer that ends before that line does.
  func detectDelimiter(from start: Int) -> UInt8? {
    var i = start
    while i < n {
      var comma = 0
      var semicolon = 0
      var tab = 0
      var content = false
      var inQuotes = false
      lineLoop: while i < n {
        let b = p[i]
        if inQuotes {
          if b == Self.quote {
            if i + 1 < n, p[i + 1] == Self.quote {
              content = true
              i += 2
              continue
            }
            inQuotes = false
          } else if b != Self.space, b != Self.tab, b != Self.lf, b != Self.cr {
            content = true
          }
          i += 1
          continue
        }
        switch b {
        case Self.quote: inQuotes = true
        case Self.lf, Self.cr: break lineLoop
        case 0x2C: comma += 1
        case 0x3B: semicolon += 1
        case Self.tab: tab += 1
        case Self.space: break
        default: content = true
        }
        i += 1
      }
      if partial && i >= n { return nil }
      if i < n, p[i] == Self.cr { i += 1 }
      if i < n, p[i] == Self.lf { i += 1 }
      if content {
        let most = max(comma, semicolon, tab)
        if semicolon == most { return 0x3B }
        if tab == most { return Self.tab }
        return 0x2C
      }
    }
    return partial ? nil : 0x3B
  }

  /// Is `b` a blank that is trimmed outside quotes? A tab is not when it is the delimiter.
  @inline(__always) func isBlank(_ b: UInt8) -> Bool {
    b == Self.space || (b == Self.tab && delimiter != Self.tab)
  }

  /// Parses the field at `i`; leaves `i` after its delimiter or line end.
  /// Returns the field's span and whether the record ended with it.
  mutating func field(_ i: inout Int) throws -> (CSVFieldSpan, Bool) {
    let p = self.p
    let n = self.n
    let delimiter = self.delimiter
    // Leading blanks (spaces, tabs, U+00A0).
    while i < n {
      let b = p[i]
      if isBlank(b) {
        i += 1
      } else if b == 0xC2, i + 1 < n, p[i + 1] == 0xA0 {
        i += 2
      } else {
        break
      }
    }
    if i < n, p[i] == Self.quote { return try quotedField(&i) }
    let start = i
    var marks = false
    while i < n {
      if i + 16 <= n {
        guard let k = Self.firstStop(p, i, delimiter, Self.lf, Self.cr) else {
          i += 16
          continue
        }
        i += k
      }
      let b = p[i]
      if b == delimiter || b == Self.lf || b == Self.cr { break }
      if b & 0xFE == 0xCC { marks = true }
      i += 1
    }
    let end = trimEnd(start, i)
    return (
      CSVFieldSpan(start: start, end: end, needsNFC: marks && end > start, isEscaped: false), endField(&i)
    )
  }

  /// The offset (0–15) of the first of the 16 bytes at `i` (which must leave 16 in the
  /// buffer) that is `a`, `b`, `c`, or the first byte of a combining mark (0xCC, 0xCD);
  /// nil when there is none, and the field scans skip the 16 bytes whole. Measured: byte
  /// by byte, the two field scans were ~18 % of a 1M facts run; eight bytes at a time
  /// (a word's zero-byte test), a word with a stop in it was gone through byte by byte.
  @inline(__always) static func firstStop(
    _ p: UnsafePointer<UInt8>, _ i: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8
  ) -> Int? {
    typealias V = SIMD16<UInt8>
    let v = UnsafeRawPointer(p + i).loadUnaligned(as: V.self)
    let hit =
      (v .== V(repeating: a)) .| (v .== V(repeating: b)) .| (v .== V(repeating: c))
      .| ((v & V(repeating: 0xFE)) .== V(repeating: 0xCC))
    // The matching bytes are 0xFF: the lowest one is the first (x86-64 and arm64 are little-endian).
    let halves = unsafeBitCast(hit, to: SIMD2<UInt64>.self)
    if halves[0] != 0 { return halves[0].trailingZeroBitCount >> 3 }
    if halves[1] != 0 { return 8 + halves[1].trailingZeroBitCount >> 3 }
    return nil
  }

  /// After a field: consume its delimiter or line end. True when the record ended.
  @inline(__always) mutating func endField(_ i: inout Int) -> Bool {
    guard i < n else {
      atEnd = true
      return true
    }
    let b = p[i]
    i += 1
    if b == delimiter { return false }
    if b == Self.cr {
      if i < n {
        if p[i] == Self.lf { i += 1 }
      } else {
        atEnd = true
      }
    }
    line += 1
    return true
  }

  /// End of `start..<end` without trailing spaces, tabs and U+00A0.
  @inline(__always) func trimEnd(_ start: Int, _ end: Int) -> Int {
    var e = end
    while e > start {
      let b = p[e - 1]
      if isBlank(b) {
        e -= 1
      } else if b == 0xA0, e - 2 >= start, p[e - 2] == 0xC2 {
        e -= 2
      } else {
        break
      }
    }
    return e
  }

  @inline(__always) static func makeString(_ base: UnsafePointer<UInt8>, _ count: Int, _ marks: Bool)
    -> String
  {
    if count <= 0 { return "" }
    let s = String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    return marks ? s.precomposedStringWithCanonicalMapping : s
  }

  mutating func quotedField(_ i: inout Int) throws -> (CSVFieldSpan, Bool) {
    let p = self.p
    let n = self.n
    let delimiter = self.delimiter
    let openLine = line
    i += 1  // the opening quote
    var segment = i
    var copied = false  // part of the text is already in `scratch`
    var marks = false
    var hasCR = false
    scratch.removeAll(keepingCapacity: true)
    while true {
      guard i < n else {
        if partial { throw Incomplete() }
        throw Diagnostic(
          .error, .invalidValue, file: file, line: openLine,
          "Dấu ngoặc kép (\") mở ở dòng \(openLine) không được đóng cho đến hết tệp — "
            + "kiểm tra ô có dấu ngoặc kép ở dòng này.")
      }
      // Long quoted texts (achievements) have none of these bytes for dozens of bytes.
      if i + 16 <= n {
        guard let k = Self.firstStop(p, i, Self.quote, Self.lf, Self.cr) else {
          i += 16
          continue
        }
        i += k
      }
      let b = p[i]
      if b == Self.quote {
        if i + 1 < n, p[i + 1] == Self.quote {
          // A doubled quote: keep the text so far and one quote.
          scratch.append(contentsOf: UnsafeBufferPointer(start: p + segment, count: i + 1 - segment))
          copied = true
          i += 2
          segment = i
          continue
        }
        break
      }
      if b == Self.lf {
        line += 1
      } else if b == Self.cr {
        hasCR = true
        if !(i + 1 < n && p[i + 1] == Self.lf) { line += 1 }
      } else if b & 0xFE == 0xCC {
        marks = true
      }
      i += 1
    }
    let segmentEnd = i
    i += 1  // the closing quote
    // Text after the closing quote, up to the delimiter or line end.
    let tailStart = i
    while i < n {
      let b = p[i]
      if b == delimiter || b == Self.lf || b == Self.cr { break }
      if b & 0xFE == 0xCC { marks = true }
      i += 1
    }
    let tailEnd = trimEnd(tailStart, i)
    let span: CSVFieldSpan
    if !copied && !hasCR && tailEnd == tailStart {
      let (s, e) = trimInside(segment, segmentEnd)
      span = CSVFieldSpan(start: s, end: e, needsNFC: marks && e > s, isEscaped: false)
    } else {
      scratch.append(contentsOf: UnsafeBufferPointer(start: p + segment, count: segmentEnd - segment))
      scratch.append(contentsOf: UnsafeBufferPointer(start: p + tailStart, count: tailEnd - tailStart))
      if hasCR { normaliseLineBreaks() }
      let text = scratch.withUnsafeBufferPointer { buf -> String in
        guard let base = buf.baseAddress else { return "" }
        let (s, e) = Self.trimInside(base, 0, buf.count)
        return Self.makeString(base + s, e - s, marks)
      }
      span = CSVFieldSpan(start: escaped.count, end: escaped.count, needsNFC: false, isEscaped: true)
      escaped.append(text)
    }
    return (span, endField(&i))
  }

  /// Trims the inside of a quoted field: blanks, U+00A0 and line breaks at both ends.
  func trimInside(_ start: Int, _ end: Int) -> (Int, Int) {
    Self.trimInside(p, start, end)
  }

  static func trimInside(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
    @inline(__always) func blank(_ b: UInt8) -> Bool {
      b == space || b == tab || b == lf || b == cr
    }
    var s = start
    var e = end
    while s < e {
      if blank(p[s]) {
        s += 1
      } else if p[s] == 0xC2, s + 1 < e, p[s + 1] == 0xA0 {
        s += 2
      } else {
        break
      }
    }
    while e > s {
      if blank(p[e - 1]) {
        e -= 1
      } else if p[e - 1] == 0xA0, e - 2 >= s, p[e - 2] == 0xC2 {
        e -= 2
      } else {
        break
      }
    }
    return (s, e)
  }

  /// CRLF and lone CR in `scratch` → LF.
  mutating func normaliseLineBreaks() {
    var out: [UInt8] = []
    out.reserveCapacity(scratch.count)
    var k = 0
    let count = scratch.count
    while k < count {
      let b = scratch[k]
      if b == Self.cr {
        out.append(Self.lf)
        if k + 1 < count, scratch[k + 1] == Self.lf { k += 1 }
      } else {
        out.append(b)
      }
      k += 1
    }
    scratch = out
  }
}
