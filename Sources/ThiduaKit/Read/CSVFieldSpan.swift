/// Where one field of a record lies in the decoded UTF-8 buffer, so that a reader of a
/// million-row file can look at the bytes without a `String` per field.
///
/// A plain field is `start..<end` of the buffer, already trimmed. A field whose text is not
/// a slice of the buffer (doubled quotes, a CR inside quotes, text after the closing quote)
/// was materialised by the parser: `isEscaped`, and `start` is its index among the record's
/// escaped texts. Such fields are rare, so making their `String` at once costs nothing.
public struct CSVFieldSpan: Sendable, Equatable {
  public var start: Int
  public var end: Int
  /// The bytes contain a combining mark (U+0300–U+036F): the text needs NFC.
  public var needsNFC: Bool
  /// The text is `CSVRecordView.escaped[start]`, not a slice of the buffer.
  public var isEscaped: Bool

  public init(start: Int, end: Int, needsNFC: Bool, isEscaped: Bool) {
    self.start = start
    self.end = end
    self.needsNFC = needsNFC
    self.isEscaped = isEscaped
  }

  /// Bytes that can be used as they are: not escaped and already NFC.
  @inline(__always) public var isPlain: Bool { !needsNFC && !isEscaped }
}
