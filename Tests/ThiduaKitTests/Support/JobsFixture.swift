import Foundation

@testable import ThiduaKit

/// A jobs file written next to a fixture data folder, for the `thidua run` tests.
struct JobsFixture {
  let folder: FixtureFolder
  let out: String
  let path: String

  /// 2025-11-01 00:05 in Hà Nội (2025-10-31 17:05 UTC): a cron job's first minutes of the month.
  static let firstOfNovember = Date(timeIntervalSince1970: 1_761_930_300)

  /// `jobs` is the TOML text; `{data}` and `{out}` in it are replaced by the fixture's folders.
  init(_ jobs: String, data changes: [String: String?] = [:]) throws {
    folder = try FixtureFolder(changes)
    out = FixtureFolder.temporaryOutput()
    path =
      folder.url.deletingLastPathComponent().appendingPathComponent("jobs-\(UUID().uuidString).toml").path
    try rewrite(jobs)
  }

  func rewrite(_ jobs: String) throws {
    let text = jobs.replacingOccurrences(of: "{data}", with: folder.path).replacingOccurrences(
      of: "{out}", with: out)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  func jobs() throws -> [Job] { try JobsFile.load(path: path).get() }

  /// Runs the jobs in-process at `now`.
  func run(
    now: Date = firstOfNovember, dryRun: Bool = false, render: ((OutputContent, String) throws -> Void)? = nil
  )
    throws -> RunOutcome
  {
    var runner = JobRunner(now: now, dryRun: dryRun)
    if let render { runner.render = render }
    return runner.run(try jobs())
  }

  /// Entries of a folder whose name starts with the staging prefix.
  static func stagingLeftovers(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
      $0.hasPrefix(ReportWriter.stagingPrefix)
    }
  }
}
