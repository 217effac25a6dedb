import Foundation
import TestSupport

@testable import Tabular

/// A temporary folder for one test's workbooks: made in `setUp`, removed in `tearDown`.
final class WorkbookFolder {
  let url: URL

  init(_ prefix: String) throws {
    url = ScratchSpace.url(prefix)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// The path of `name` in the folder.
  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  /// Writes `doc` as `name` (with lowered `limits` to stream or split small tables); returns its path.
  func write(_ doc: WorkbookDocument, _ name: String, limits: SheetLimits = .excel) throws -> String {
    let path = path(name)
    try XLSXRenderer.write(doc, to: path, limits: limits)
    return path
  }

  func remove() { try? FileManager.default.removeItem(at: url) }
}
