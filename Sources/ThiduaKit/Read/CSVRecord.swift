/// One record of a CSV file: its fields (trimmed, NFC) and the physical line it starts on.
public struct CSVRecord: Sendable, Equatable {
  /// 1-based line number in the file where the record starts.
  public var line: Int
  public var fields: [String]

  public init(line: Int, fields: [String]) {
    self.line = line
    self.fields = fields
  }
}
