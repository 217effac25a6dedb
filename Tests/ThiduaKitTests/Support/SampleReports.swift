import Core
import ThiduaKit

/// `sample-data/`'s reports of every campaign as of 31/10/2025, written once
/// for the tests that read the workbooks back (formulas, print setup).
enum SampleReports {
  static let folder: String = {
    let out = FixtureFolder.temporaryOutput()
    let outcome = Commands.report(
      data: Repository.sampleData, campaigns: [], asOf: CalendarDay(year: 2025, month: 10, day: 31)!,
      out: out, definitions: .builtIn)
    precondition(outcome.exitCode == 0, outcome.stderr.joined(separator: "\n"))
    return out
  }()
}
