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
    let probe = try XCTUnwrap(NominationsProbe(referenceFolder: Repository.sampleData))
    for name in names where name != "README.md" {
      let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent(name)))
      ReaderProbe.read(bytes)
      probe.read(bytes)
    }
  }

  /// The loader's probe reads valid rows (the seeds' ids are sample-data's) the four ways
  /// and finds them equal; a damaged copy (cut anywhere, a quote left open) too.
  func testNominationsProbeReadsTheSampleRowsEveryWay() throws {
    let probe = try XCTUnwrap(NominationsProbe(referenceFolder: Repository.sampleData))
    let original = try Data(contentsOf: URL(fileURLWithPath: Repository.sampleData + "/de_nghi.csv"))
    XCTAssertGreaterThan(probe.read([UInt8](original)), 200, "Windows-1258, read whole")
    var text = [UInt8](
      "ma_de_nghi,ma_phong_trao,ma_don_vi,doi_tuong,ten,ma_hinh_thuc,trang_thai,ngay_de_nghi\n".utf8)
    for i in 0..<40 { text += Array("N\(i),LVT115,DV13,Cá nhân,Chu Thị \(i),GKCQ,Đề nghị,16/01/2025\n".utf8) }
    XCTAssertEqual(probe.read(text), 40)
    for cut in stride(from: 1, to: text.count, by: 97) {
      probe.read(Array(text[..<cut]))
      probe.read(Array(text[..<cut]) + [0x22] + Array(text[cut...]))
    }
  }

  /// The probe reads real files fully, so the fuzzer explores the parsers, not just the decoder.
  func testProbeReadsEveryFieldOfAValidFile() {
    XCTAssertEqual(ReaderProbe.read(Array("a,b\n1,2\n3,\"4,5\"\n".utf8)), 4)
    XCTAssertEqual(ReaderProbe.read([0x61, 0x00, 0x62]), 0)
  }
}
