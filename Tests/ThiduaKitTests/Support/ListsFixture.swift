import Foundation
import TestSupport

/// The lists fixture (`Fixtures/lists/data`, written by its `generate.py`) copied to a
/// temporary folder, with files replaced, added (`path: text`) or removed (`path: nil`).
struct ListsFixture {
  static var source: String {
    Repository.root.appendingPathComponent("Tests/ThiduaKitTests/Fixtures/lists/data").path
  }
  let path: String

  init(_ changes: [String: String?] = [:]) throws {
    let fm = FileManager.default
    path = ScratchSpace.path("lists")
    try fm.copyItem(atPath: Self.source, toPath: path)
    for (rel, text) in changes {
      let file = (path as NSString).appendingPathComponent(rel)
      if let text {
        try fm.createDirectory(
          atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
      } else {
        try fm.removeItem(atPath: file)
      }
    }
  }

  /// A fixture file's text.
  static func text(_ rel: String) throws -> String {
    try String(contentsOfFile: (source as NSString).appendingPathComponent(rel), encoding: .utf8)
  }
}
