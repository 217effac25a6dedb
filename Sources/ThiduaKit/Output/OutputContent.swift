import Tabular

/// What one output file holds, before rendering.
public enum OutputContent {
  case csv(Table)
  case workbook(WorkbookDocument)
  /// Bytes written as they are (the `.thidua-job` marker of unattended runs).
  case bytes([UInt8])
}
