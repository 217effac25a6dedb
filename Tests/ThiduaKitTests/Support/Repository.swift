import Foundation

/// Paths inside this repository (sample-data/, reports/) and the built `thidua` binary.
enum Repository {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static var sampleData: String { root.appendingPathComponent("sample-data").path }
  static var reports: String { root.appendingPathComponent("reports/tables.toml").path }

  /// The `thidua` executable built beside the test bundle (`swift build --build-tests` builds it).
  static var executable: URL {
    var dir = Bundle.main.bundleURL
    for _ in 0..<3 {
      let candidate = dir.appendingPathComponent("thidua")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("thidua")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return root.appendingPathComponent(".build/debug/thidua")
  }
}

/// Runs the `thidua` executable; returns exit status, standard output and error.
func runThidua(_ arguments: [String], environment: [String: String]? = nil, directory: String? = nil) throws
  -> (
    status: Int32, stdout: String, stderr: String
  )
{
  let process = Process()
  process.executableURL = Repository.executable
  process.arguments = arguments
  if let environment { process.environment = environment }
  if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  let o = out.fileHandleForReading.readDataToEndOfFile()
  let e = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}
