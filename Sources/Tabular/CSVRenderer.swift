/// Writes a `Table` as CSV the way REPORTS.md requires: UTF-8 with a BOM,
/// comma-separated, CRLF, RFC 4180 quoting, one header row (each column's
/// `csvHeader`), numbers plain, zero as `0`, text starting with `= + - @`,
/// tab or CR prefixed with `'` so spreadsheets never run it as a formula.
///
/// API CONTRACT (implementation pending).
public enum CSVRenderer {
  public static func render(_ table: Table) -> [UInt8] {
    fatalError("CSVRenderer.render: not implemented yet")
  }
}
