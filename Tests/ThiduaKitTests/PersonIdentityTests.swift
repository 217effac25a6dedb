import XCTest

@testable import ThiduaKit

/// T6's duplicate-person identity: the byte-wise fast path must give exactly
/// the bytes of the general `CampaignChecks.personIdentity` for every name.
final class PersonIdentityTests: XCTestCase {
  private func folded(_ name: String) -> String {
    var out: [UInt8] = []
    append(name, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  private func append(_ name: String, to out: inout [UInt8]) {
    var name = name
    name.withUTF8 { PersonIdentity.append(utf8: $0, to: &out) }
  }

  func testKnownNamesMatchTheGeneralRule() {
    let names = [
      "", "   ", "Nguyễn Văn An", "  NGUYỄN   văn\tAN ", "ĐẶNG THỊ ƯỚC", "Ơn Ưng Ỷ", "Müller Ÿvonne",
      "İlknur", "ẞtraße", "A\u{00A0}B", "A\u{0301}nh", "Trần\r\nAn", "Nguyễn Văn An\u{1E9E}",
      "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ",
      "Ĩ Ũ Ơ Ư Ạ Ỹ", "x\u{2003}y", "ǅ", "😀 Bé",
    ]
    for name in names {
      XCTAssertEqual(folded(name), CampaignChecks.personIdentity(name), "\(name.unicodeScalars.map(\.value))")
    }
  }

  /// Random names from the scalars the fast path handles, its neighbours and
  /// whitespace of every kind, against the general rule.
  func testRandomNamesMatchTheGeneralRule() {
    var rng = SystemRandomNumberGenerator()
    let ranges: [ClosedRange<UInt32>] = [
      0x09...0x0D, 0x20...0x7F, 0x80...0x24F, 0x300...0x36F, 0x1E00...0x1EFF, 0x2000...0x2030,
      0x3000...0x3000,
    ]
    for _ in 0..<20_000 {
      var s = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0...12, using: &rng) {
        let r = ranges.randomElement(using: &rng)!
        if let u = Unicode.Scalar(UInt32.random(in: r, using: &rng)) { s.append(u) }
      }
      let name = String(s)
      XCTAssertEqual(folded(name), CampaignChecks.personIdentity(name), "\(name.unicodeScalars.map(\.value))")
    }
  }

  func testGroupsInOrderOfFirstAppearance() {
    var groups = PersonGroups(capacity: 2)
    let names = ["An", "Bình", "an", "Chi", " AN ", "bình"] + (0..<100).map { "Tên \($0)" }
    let ids = names.map { name in groups.add { append(name, to: &$0) } }
    XCTAssertEqual(Array(ids.prefix(6)), [0, 1, 0, 2, 0, 1])
    XCTAssertEqual(groups.count, 103)
    XCTAssertEqual(Array(groups.sizes.prefix(3)), [3, 2, 1])
  }
}
