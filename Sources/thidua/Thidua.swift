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
    subcommands: [Report.self, Check.self, Init.self, Run.self, TongHop.self]
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
  // Lines written in writes of ~1 MiB: a 1M report has ~91k warnings (25 MB), which one
  // joined `String` and its `Data` copy held twice over at exit, the run's memory peak.
  var pending: [UInt8] = []
  pending.reserveCapacity(1 << 20)
  for line in outcome.stderr {
    pending.append(contentsOf: line.utf8)
    pending.append(0x0A)
    if pending.count >= 1 << 20 {
      FileHandle.standardError.write(Data(pending))
      pending.removeAll(keepingCapacity: true)
    }
  }
  if !pending.isEmpty { FileHandle.standardError.write(Data(pending)) }
  for line in outcome.stdout { print(line) }
  if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
}
