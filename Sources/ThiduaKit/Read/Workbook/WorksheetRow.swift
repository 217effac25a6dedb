import Core

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One `<row>` of a worksheet, parsed from its XML into the texts DATA.md gives each cell:
/// shared and inline strings (rich text runs joined), formula results (`t="str"`), numbers
/// (an integral one without `.0`), dates in either date system as `dd/mm/yyyy` (`mm/yyyy`
/// for a format without a day), booleans as `có`/`không`. Field `i` is column `i` (A = 0);
/// a cell without `r=` is the one after the previous. Error values and formulas without a
/// stored result leave the field empty and become `problems`.
///
/// The row's texts are kept in one reused byte buffer with a span per column, the form the
/// CSV reader gives its records in (`CSVRecordView`), so the loader reads both alike.
struct WorksheetRow {
  static let maxColumns = 16_384

  var number = 0
  var bytes: [UInt8] = []
  var spans: [CSVFieldSpan] = []
  var problems: [WorkbookReader.CellProblem] = []
  /// Columns with a cell of their own in this row (not merged in), for the blank-row rule.
  var ownCells = 0
  private var scratch: [UInt8] = []

  mutating func reset(number: Int) {
    self.number = number
    bytes.removeAll(keepingCapacity: true)
    spans.removeAll(keepingCapacity: true)
    problems.removeAll(keepingCapacity: true)
    ownCells = 0
  }

  static let empty = CSVFieldSpan(start: 0, end: 0, needsNFC: false, isEscaped: false)

  @inline(__always) mutating func set(_ column: Int, _ from: Int, _ needsNFC: Bool) {
    if column >= spans.count {
      spans.append(contentsOf: repeatElement(Self.empty, count: column + 1 - spans.count))
    }
    spans[column] = CSVFieldSpan(
      start: from, end: bytes.count, needsNFC: needsNFC && bytes.count > from, isEscaped: false)
  }

  /// The text of field `i` as bytes ("" past the end).
  func field(_ i: Int) -> ArraySlice<UInt8> {
    guard i < spans.count else { return [] }
    return bytes[spans[i].start..<spans[i].end]
  }

  /// Parses the row's content `p[from..<to]`; `attrs` is its start tag's attribute range.
  mutating func parse(
    _ p: UnsafePointer<UInt8>, attrs: (Int, Int), content from: Int, _ to: Int, previous: Int,
    book: WorkbookParts, file: String
  ) throws {
    var rowNumber = previous + 1
    XMLBytes.attributes(p, attrs.0, attrs.1) { n, vs, ve in
      if XMLBytes.equals(p, n, "r"), let v = Self.number(p, vs, ve), v > 0 { rowNumber = v }
    }
    reset(number: rowNumber)
    var i = from
    var column = -1
    while let lt = XMLBytes.find(XMLBytes.lt, p, i, to) {
      guard let gt = XMLBytes.find(XMLBytes.gt, p, lt + 1, to) else { break }
      if p[lt + 1] == XMLBytes.bang { try XMLBytes.checkBang(p, lt, to) }
      let n = XMLBytes.name(p, lt + 1, gt)
      guard p[lt + 1] != XMLBytes.slash, XMLBytes.equals(p, n, "c") else {
        i = gt + 1
        continue
      }
      var ref = -1
      var style = 0
      var type: UInt8 = 0x6E  // n
      var typeLength = 1
      XMLBytes.attributes(p, n.1, gt) { a, vs, ve in
        if XMLBytes.equals(p, a, "r") {
          ref = Self.column(p, vs, ve)
        } else if XMLBytes.equals(p, a, "s") {
          style = Self.number(p, vs, ve) ?? 0
        } else if XMLBytes.equals(p, a, "t"), ve > vs {
          type = p[vs]
          typeLength = ve - vs
        }
      }
      column = ref >= 0 ? ref : column + 1
      guard column < Self.maxColumns else {
        throw WorkbookError.damaged(file, "ô ở dòng \(rowNumber) nằm ngoài cột XFD (cột thứ 16.384)")
      }
      if p[gt - 1] == XMLBytes.slash {
        i = gt + 1
        continue
      }
      guard let close = Self.closeOf(p, "c", gt + 1, to) else {
        throw WorkbookError.damaged(file, "ô ở dòng \(rowNumber) không đóng")
      }
      try cell(
        p, gt + 1, close.start, column: column, type: type, typeLength: typeLength, style: style, book: book)
      i = close.after
    }
  }

  /// One cell's content `p[from..<to]` (what is between `<c …>` and `</c>`).
  private mutating func cell(
    _ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int, column: Int, type: UInt8, typeLength: Int, style: Int,
    book: WorkbookParts
  ) throws {
    var value: (Int, Int)? = nil
    var formula = false
    var i = from
    while let lt = XMLBytes.find(XMLBytes.lt, p, i, to) {
      guard let gt = XMLBytes.find(XMLBytes.gt, p, lt + 1, to) else { break }
      if p[lt + 1] == XMLBytes.bang { try XMLBytes.checkBang(p, lt, to) }
      if p[lt + 1] == XMLBytes.slash {
        i = gt + 1
        continue
      }
      let n = XMLBytes.name(p, lt + 1, gt)
      if XMLBytes.equals(p, n, "v") {
        if p[gt - 1] == XMLBytes.slash {
          value = (gt + 1, gt + 1)
          i = gt + 1
          continue
        }
        let end = XMLBytes.find("</", p, gt + 1, to) ?? to
        value = (gt + 1, end)
        i = end
        continue
      }
      if XMLBytes.equals(p, n, "f") { formula = true }
      if XMLBytes.equals(p, n, "is") { break }
      i = gt + 1
    }
    let start = bytes.count
    switch type {
    case 0x69:  // inlineStr
      scratch.removeAll(keepingCapacity: true)
      try XMLBytes.appendRuns(p, from, to, into: &scratch)
      appendTrimmed(scratch)
      ownCells += start == bytes.count ? 0 : 1
      set(column, start, Self.hasMarks(bytes, start))
      return
    case 0x73 where typeLength == 1:  // s: shared string
      guard let v = value else { return }
      guard let k = Self.number(p, v.0, v.1), k < book.strings.count else {
        problems.append(
          .init(
            row: number, field: column,
            message:
              "ô tham chiếu một chuỗi không có trong sharedStrings.xml (tệp hỏng); hãy mở bằng Excel và lưu lại"
          ))
        return
      }
      let (s, e) = book.strings.range(k)
      if e > s {
        book.strings.bytes.withUnsafeBufferPointer { b in
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[s..<e]))
        }
        ownCells += 1
      }
      set(column, start, book.strings.needsNFC[k])
      return
    default: break
    }
    // openpyxl writes a formula with an empty `<v/>`: no result stored either (a text
    // formula whose result is empty says `t="str"`).
    if formula, let v = value, v.0 == v.1, type != 0x73 { value = nil }
    guard let v = value else {
      if formula {
        problems.append(
          .init(
            row: number, field: column,
            message:
              "ô có công thức nhưng không có kết quả lưu sẵn; hãy mở tệp bằng Excel rồi lưu lại để Excel tính và lưu kết quả"
          ))
        ownCells += 1
      }
      return
    }
    switch type {
    case 0x73, 0x64:  // str: a formula's text result; d: an ISO date as text
      scratch.removeAll(keepingCapacity: true)
      try XMLBytes.appendText(p, v.0, v.1, into: &scratch, excelEscapes: true)
      if type == 0x64, scratch.count > 10, scratch[10] == 0x54 { scratch.removeSubrange(10...) }
      appendTrimmed(scratch)
      set(column, start, Self.hasMarks(bytes, start))
    case 0x62:  // b
      let yes = v.1 > v.0 && p[v.0] == 0x31
      bytes.append(contentsOf: yes ? Self.yes : Self.no)
      set(column, start, false)
    case 0x65:  // e: #N/A, #DIV/0!…
      scratch.removeAll(keepingCapacity: true)
      try XMLBytes.appendText(p, v.0, v.1, into: &scratch, excelEscapes: false)
      problems.append(
        .init(
          row: number, field: column,
          message:
            "ô có giá trị lỗi \(String(decoding: scratch, as: UTF8.self)) (công thức bị lỗi); hãy sửa trong Excel rồi lưu lại"
        ))
    default:
      appendNumber(p, v.0, v.1, kind: book.styles.kind(style), date1904: book.date1904)
      set(column, start, false)
    }
    if bytes.count > start { ownCells += 1 }
  }

  static let yes = Array("có".utf8)
  static let no = Array("không".utf8)

  private mutating func appendTrimmed(_ text: [UInt8]) {
    text.withUnsafeBufferPointer { b in
      guard let base = b.baseAddress else { return }
      let (s, e) = SharedStrings.trimmed(base, 0, b.count)
      if e > s { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[s..<e])) }
    }
  }

  static func hasMarks(_ b: [UInt8], _ from: Int) -> Bool {
    var k = from
    while k < b.count {
      if b[k] == 0xCC || b[k] == 0xCD { return true }
      k += 1
    }
    return false
  }

  /// A decimal attribute or value (`r="12"`, `s="3"`, a shared string index); nil if not digits.
  @inline(__always) static func number(_ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
    var (s, e) = (from, to)
    while s < e && XMLBytes.isSpace(p[s]) { s += 1 }
    while e > s && XMLBytes.isSpace(p[e - 1]) { e -= 1 }
    guard e > s, e - s <= 12 else { return nil }
    var v = 0
    for k in s..<e {
      let d = Int(p[k]) - 48
      guard d >= 0 && d <= 9 else { return nil }
      v = v * 10 + d
    }
    return v
  }

  /// The column of a cell reference (`D12` → 3), or -1 when it has no letters.
  @inline(__always) static func column(_ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> Int {
    var v = 0
    var k = from
    while k < to {
      var b = p[k]
      if b >= 0x61 && b <= 0x7A { b -= 32 }
      guard b >= 0x41 && b <= 0x5A else { break }
      v = v * 26 + Int(b - 0x40)
      if v > maxColumns { return maxColumns }
      k += 1
    }
    return k == from ? -1 : v - 1
  }

  /// `</name>` (or `</x:name>`) from `from` on.
  @inline(__always) static func closeOf(
    _ p: UnsafePointer<UInt8>, _ name: StaticString, _ from: Int, _ to: Int
  ) -> (start: Int, after: Int)? {
    var i = from
    while let at = XMLBytes.find("</", p, i, to) {
      guard let gt = XMLBytes.find(XMLBytes.gt, p, at + 2, to) else { return nil }
      let n = XMLBytes.name(p, at + 2, gt)
      if XMLBytes.equals(p, n, name) { return (at, gt + 1) }
      i = gt + 1
    }
    return nil
  }
}
