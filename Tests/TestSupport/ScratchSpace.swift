import Foundation
import XCTest

/// Where tests write their folders and files: one folder per test process under the system's
/// temporary directory, removed when the test bundle finishes.
///
/// Fixtures are written by hundreds of tests, many of them shared across a test class
/// (`ProvinceFixture.get()`), so removing each in its test's `tearDown` would miss the
/// shared ones; a `make test` used to leave ~250 folders in `/tmp` per run (30,000 after a
/// day of work). One root, removed by an `XCTestObservation` at the end, misses none.
/// A process that crashes leaves its root behind, named by its process id.
public enum ScratchSpace {
  /// A new path `<root>/<prefix>-<uuid><suffix>`, not yet created.
  public static func path(_ prefix: String, suffix: String = "") -> String {
    root.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)").path
  }

  /// Like `path(_:suffix:)`, as a URL.
  public static func url(_ prefix: String, suffix: String = "") -> URL {
    URL(fileURLWithPath: path(prefix, suffix: suffix))
  }

  /// A new empty folder under the root.
  public static func folder(_ prefix: String) throws -> URL {
    let url = url(prefix)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Made, and its removal registered, on first use (a `static let` is initialised once,
  /// thread-safely).
  static let root: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "thidua-tests-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.removeItem(at: url)
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    XCTestObservationCenter.shared.addTestObserver(RemovalAtEnd(url))
    return url
  }()

  /// Removes the root once every test of the bundle has run.
  private final class RemovalAtEnd: NSObject, XCTestObservation {
    let url: URL
    init(_ url: URL) { self.url = url }
    func testBundleDidFinish(_ testBundle: Bundle) {
      try? FileManager.default.removeItem(at: url)
    }
  }
}
