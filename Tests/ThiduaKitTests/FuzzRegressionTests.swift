import Foundation
import XCTest

@testable import ThiduaKit

/// Inputs that once crashed or hung the reader under `make fuzz`, kept in
/// `Fixtures/fuzz/`: each must now be read (or refused with a diagnostic)
/// through the same path the fuzzer drives.
final class FuzzRegressionTests: XCTestCase {
  func testEveryKeptFuzzInputIsReadWithoutCrashing() throws {
    let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("fuzz")
    let names = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { !$0.hasPrefix(".") }
      .sorted()
    XCTAssertFalse(names.isEmpty, "Fixtures/fuzz holds the kept inputs and their README")
    for name in names where name != "README.md" {
      let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent(name)))
      ReaderProbe.read(bytes)
    }
  }

  /// The probe reads real files fully, so the fuzzer explores the parsers, not just the decoder.
  func testProbeReadsEveryFieldOfAValidFile() {
    XCTAssertEqual(ReaderProbe.read(Array("a,b\n1,2\n3,\"4,5\"\n".utf8)), 4)
    XCTAssertEqual(ReaderProbe.read([0x61, 0x00, 0x62]), 0)
  }
}
