/// One record seen by `CSVReader.visit`: the line it starts on and its fields as spans of
/// the decoded buffer. Valid only inside the visitor call (it points into the buffer and
/// into the parser's reused storage); copy out what is kept.
public struct CSVRecordView {
  /// 1-based physical line where the record starts.
  public let line: Int
  let base: UnsafePointer<UInt8>
  public let spans: UnsafeBufferPointer<CSVFieldSpan>
  /// Texts of the escaped fields, in field order (see `CSVFieldSpan.isEscaped`).
  public let escaped: [String]
  /// Offset in the buffer just after the record, and the buffer's size: how far the file is read.
  public let position: Int
  public let bufferCount: Int

  public var count: Int { spans.count }

  /// The field's text exactly as `CSVReader.parse` gives it (trimmed, NFC); "" past the end.
  public func string(_ i: Int) -> String {
    guard i >= 0, i < spans.count else { return "" }
    let s = spans[i]
    if s.isEscaped { return escaped[s.start] }
    return CSVParser.makeString(base + s.start, s.end - s.start, s.needsNFC)
  }

  /// The field's bytes when they can be used as they are; nil for escaped or NFC-needing
  /// fields (use `string`). A field past the end is empty.
  @inline(__always) public func plainBytes(_ i: Int) -> UnsafeBufferPointer<UInt8>? {
    guard i >= 0, i < spans.count else { return UnsafeBufferPointer(start: base, count: 0) }
    let s = spans[i]
    guard s.isPlain else { return nil }
    return UnsafeBufferPointer(start: base + s.start, count: s.end - s.start)
  }

  /// Is the field's text empty (absent fields are)?
  @inline(__always) public func isEmpty(_ i: Int) -> Bool {
    guard i >= 0, i < spans.count else { return true }
    let s = spans[i]
    return s.isEscaped ? escaped[s.start].isEmpty : s.end == s.start
  }

  /// The record as `CSVReader.parse` gives it.
  public var record: CSVRecord {
    CSVRecord(line: line, fields: (0..<spans.count).map { string($0) })
  }
}
