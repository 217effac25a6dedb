/// A table's header and records, from a CSV file or a workbook's sheet (`place` says
/// which), and how it was read.
public struct CSVDocument: Sendable {
  /// The file's name in the data folder (`de_nghi.csv`), used in every message.
  public var file: String
  public var encoding: TextEncoding
  /// `,`, `;` or `\t`, detected from the header line.
  public var delimiter: UInt8
  /// 1-based line of the header.
  public var headerLine: Int
  /// Header cells as written (trimmed, NFC).
  public var header: [String]
  public var records: [CSVRecord]
  /// Lines of a CSV file, or cells of a workbook's sheet (then `headerLine` is the header's row).
  public var place: RecordPlace

  public init(
    file: String, encoding: TextEncoding, delimiter: UInt8, headerLine: Int, header: [String],
    records: [CSVRecord], place: RecordPlace = .line
  ) {
    self.place = place
    self.file = file
    self.encoding = encoding
    self.delimiter = delimiter
    self.headerLine = headerLine
    self.header = header
    self.records = records
  }
}
