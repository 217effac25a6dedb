/// Where a table's sheet is written.
public enum WorkbookPlacement: Hashable, Sendable {
  /// No sheet: a CSV only (the fact table, which higher levels read by machine).
  case none
  /// A sheet of the summary workbook (`tong-ket.xlsx`; a roll-up's `tong-hop.xlsx`), in
  /// registry order, before the charts.
  case summary
  /// A workbook of its own, printed and sent alone (T7's `tien-do-thang.xlsx`).
  case own(String)
}
