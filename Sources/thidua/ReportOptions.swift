import ArgumentParser
import ThiduaKit

/// What `report` and `tong-hop` take after their data folders: the campaigns, the
/// as-of date, the output folder, `--tables` (the tables `Command` writes, named by the
/// registry, `ReportTable`) and `--reports`, in that order in both helps.
struct ReportOptions<Command: WritesTables>: ParsableArguments {
  @Option(help: "Mã phong trào (ma_phong_trao); lặp lại để chọn nhiều; mặc định: mọi phong trào.")
  var campaign: [String] = []

  @OptionGroup var asOf: AsOfOption

  @Option(help: "Thư mục ghi kết quả.")
  var out: String = "out"

  @Option(
    help:
      "Chỉ ghi các biểu này, cách nhau bằng dấu phẩy: \(ReportTable.names(of: Command.tableCommand)) (mặc định: tất cả)."
  )
  var tables: String?

  @OptionGroup var definitions: DefinitionsOption

  /// Refuses a wrong `--tables` while parsing, so the error is followed by this
  /// command's usage (`thidua report --data …`), not the tool's list of subcommands.
  func validate() throws { _ = try chosenTables() }

  /// The tables `--tables` names; every table of `Command` when absent.
  func chosenTables() throws -> Set<ReportTable> {
    guard let tables else { return Set(ReportTable.tables(of: Command.tableCommand)) }
    guard let parsed = ReportTable.parseList(tables, for: Command.tableCommand) else {
      throw ValidationError(
        "--tables không hợp lệ: \"\(tables)\" (dùng \(ReportTable.names(of: Command.tableCommand)))")
    }
    return parsed
  }
}
