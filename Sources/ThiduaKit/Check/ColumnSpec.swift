/// One column of a data file: its canonical (folded Vietnamese) name, its
/// English alias, the headers people write for it on real forms, and whether
/// the file is unusable without it.
public struct ColumnSpec: Sendable {
  public var name: String
  public var alias: String
  public var required: Bool
  /// Headers as people write them (DATA.md "Headers as people write them"), matched
  /// folded like the name: lists from units and provincial systems head `ten` "Họ và tên".
  public var also: [String]
  /// false for a column that is read but not part of the contract's own layout (the `Nữ`
  /// column of marks that stands for `gioi_tinh`): `init` does not write it.
  public var isTemplateColumn: Bool

  public init(
    _ name: String, _ alias: String, required: Bool = false, also: [String] = [],
    isTemplateColumn: Bool = true
  ) {
    self.name = name
    self.alias = alias
    self.required = required
    self.also = also
    self.isTemplateColumn = isTemplateColumn
  }

  /// Every header that names this column, folded (`Fold.key`): the name, the alias, `also`.
  public var foldedHeaders: [String] {
    [name, Fold.key(alias)] + also.map(Fold.key)
  }
}
