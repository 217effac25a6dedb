import ThiduaKit

/// A command that writes tables (`report`, `tong-hop`): which of the registry's
/// commands it is, so that `ReportOptions` offers and takes its tables only.
protocol WritesTables {
  static var tableCommand: ReportTable.Command { get }
}
