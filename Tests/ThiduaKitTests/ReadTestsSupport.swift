import Foundation
import TestSupport
import XCTest

@testable import ThiduaKit

/// Fixtures of the read tests, in `Fixtures/read/`.
enum ReadFixtures {
  static func path(_ name: String) -> String {
    let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    return root.appendingPathComponent("read").appendingPathComponent(name).path
  }

  /// A fresh temporary folder for files written by a test.
  static func temporaryFolder() throws -> URL {
    try ScratchSpace.folder("read")
  }

  /// Parses UTF-8 text as a CSV file named `t.csv`.
  static func parse(_ text: String) throws -> CSVDocument {
    try CSVReader.parse(utf8: Array(text.utf8), file: "t.csv")
  }

  /// The diagnostic `body` throws, or a test failure.
  static func diagnostic(
    _ body: () throws -> Any, file: StaticString = #filePath, line: UInt = #line
  ) -> Diagnostic? {
    do {
      _ = try body()
      XCTFail("expected a Diagnostic to be thrown", file: file, line: line)
      return nil
    } catch let d as Diagnostic {
      return d
    } catch {
      XCTFail("expected a Diagnostic, got \(error)", file: file, line: line)
      return nil
    }
  }
}
