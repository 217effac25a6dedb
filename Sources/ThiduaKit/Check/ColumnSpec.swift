/// One column of a data file: its canonical (folded Vietnamese) name, its
/// English alias, and whether the file is unusable without it.
public struct ColumnSpec: Sendable {
  public var name: String
  public var alias: String
  public var required: Bool

  public init(_ name: String, _ alias: String, required: Bool = false) {
    self.name = name
    self.alias = alias
    self.required = required
  }
}

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
}
