import ArgumentParser
import Foundation
import ThiduaKit

/// `--reports FILE`: the table definitions, shared by `report` and `tong-hop` (in
/// `ReportOptions`) and `run`.
/// Without it, `ReportDefinitions.locate` looks for `reports/tables.toml`;
/// with no file anywhere, the built-in standard form is used.
struct DefinitionsOption: ParsableArguments {
  @Option(help: "Tệp định nghĩa biểu (mặc định: reports/tables.toml nếu tìm thấy, nếu không thì mẫu chuẩn).")
  var reports: String?

  /// The definitions, or nil after printing why the file is unusable (exit 2).
  func load() throws -> ReportDefinitions? {
    do {
      if let path = reports ?? ReportDefinitions.locate(executablePath: Self.executablePath) {
        return try ReportDefinitions.load(path: path)
      }
      return .builtIn
    } catch let d as Diagnostic {
      try finish(RunOutcome(exitCode: 2, stderr: [d.formatted]))
      return nil
    }
  }

  /// The running executable's path (argv[0] may be a bare name found on PATH).
  static var executablePath: String? {
    if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return resolved
    }
    return CommandLine.arguments.first
  }
}
