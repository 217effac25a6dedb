/// The columns of one data file of DATA.md.
public struct FileSchema: Sendable {
  public var file: String
  public var required: Bool
  public var columns: [ColumnSpec]

  public init(_ file: String, required: Bool, _ columns: [ColumnSpec]) {
    self.file = file
    self.required = required
    self.columns = columns
  }

  /// The same columns under another file name (`de_nghi.xlsx`, a unit's list), so that
  /// messages name the file read.
  public func named(_ file: String) -> FileSchema {
    var s = self
    s.file = file
    return s
  }
}
