/// A leaf column of a table, with the header groups above it.
///
/// `path` lists the header labels from the top row down to the leaf:
/// `["Bằng khen của Chủ tịch UBND tỉnh", "Tập thể"]`. Adjacent columns with the
/// same label at the same level are merged into one header cell; a path shorter
/// than the table's header depth is merged down (as "STT" over two rows).
public struct Column: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case text
    /// A long free text (an achievement summary): wrapped, wider.
    case longText
    case integer
    case decimal
    case date
  }

  public var path: [String]
  public var kind: Kind
  /// A fixed width in characters; nil lets the renderer fit the content.
  public var width: Double?
  /// The header text of the CSV copy; defaults to the path joined by " - ".
  public var csvName: String?
  /// The first column as the row number (`STT`): centred, and narrow when its width is fitted. Said by
  /// the table's builder, not guessed from the header, so a label renamed in the report
  /// definitions changes no alignment.
  public var isRowNumber: Bool
  /// The body cells centred whatever their kind: a column of short marks (T7's `x`) that
  /// would otherwise sit against the left border. Said by the builder, like `isRowNumber`.
  public var isCentred: Bool

  public init(
    _ path: [String], kind: Kind, width: Double? = nil, csvName: String? = nil, isRowNumber: Bool = false,
    isCentred: Bool = false
  ) {
    self.path = path
    self.kind = kind
    self.width = width
    self.csvName = csvName
    self.isRowNumber = isRowNumber
    self.isCentred = isCentred
  }

  public var title: String { path.last ?? "" }
  public var csvHeader: String { csvName ?? path.joined(separator: " - ") }
}
