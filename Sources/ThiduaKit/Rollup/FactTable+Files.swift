extension FactTable {
  /// The fact table of `so-lieu.csv` files added up, over `dimensions`: each
  /// file's rows count for `unit` (a position in `dimensions.units`) or, when
  /// nil, for the unit each row names by `ma_don_vi`. Returns the errors too
  /// (the table is then not to be used). `file` names a file in messages.
  public static func reading(
    _ files: [(path: String, file: String, unit: Int?)], dimensions: FactDimensions, heading: ReportHeading
  ) -> (FactTable, [Diagnostic]) {
    var facts = FactTable(dimensions: dimensions, heading: heading)
    var reader = FactFileReader(dimensions: dimensions)
    var errors: [Diagnostic] = []
    for f in files {
      errors += reader.add(
        path: f.path, file: f.file, unit: f.unit.map { .office($0) } ?? .ownUnits, into: &facts)
    }
    return (facts, errors)
  }
}
