import ArgumentParser
import Foundation
import ThiduaKit

/// The `thidua` command. Exit status follows REPORTS.md: 0 done (warnings
/// allowed), 1 the data has errors, 2 the command line is wrong or a file
/// cannot be read or written — including argument errors, which
/// ArgumentParser would otherwise report as 64.
@main
struct Thidua: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "thidua",
    abstract: "Lập biểu tổng hợp thi đua, khen thưởng từ thư mục dữ liệu CSV.",
    version: "0.1.0",
    subcommands: [Report.self, Check.self, Init.self, Run.self]
  )

  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let code as ExitCode {
      Foundation.exit(code.rawValue)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(fullMessage(for: error))
        Foundation.exit(0)
      }
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      Foundation.exit(2)
    }
  }
}

/// Prints a command's outcome and exits with its status.
func finish(_ outcome: RunOutcome) throws {
  // One write for all the lines: a 1M report can have ~91k warnings.
  if !outcome.stderr.isEmpty {
    FileHandle.standardError.write(Data(outcome.stderr.joined(separator: "\n").utf8 + [0x0A]))
  }
  for line in outcome.stdout { print(line) }
  if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
}
