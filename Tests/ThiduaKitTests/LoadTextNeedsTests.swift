import Foundation
import XCTest

@testable import ThiduaKit

/// `DataFolderLoader.load(folder:needs:)`: texts no report shows are left empty, every
/// typed field and every diagnostic stays as a full load gives them.
final class LoadTextNeedsTests: XCTestCase {
  func testSkippedTextsAreEmptyAndTheRestIsUnchanged() throws {
    let full = try DataFolderLoader.load(folder: Repository.sampleData)
    let campaign = full.dataSet.campaigns[0]
    let lean = try DataFolderLoader.load(folder: Repository.sampleData, needs: .reporting([campaign.id]))
    XCTAssertEqual(lean.diagnostics.map(\.formatted), full.diagnostics.map(\.formatted))
    XCTAssertEqual(lean.dataSet.nominations.count, full.dataSet.nominations.count)
    XCTAssertGreaterThan(full.dataSet.campaigns.count, 1)
    var kept = 0
    var dropped = 0
    for (a, b) in zip(full.dataSet.nominations, lean.dataSet.nominations) {
      XCTAssertEqual(a.id, b.id)
      XCTAssertEqual(a.line, b.line)
      XCTAssertEqual(a.campaign, b.campaign)
      XCTAssertEqual(a.unit, b.unit)
      XCTAssertEqual(a.award, b.award)
      XCTAssertEqual(a.kind, b.kind)
      XCTAssertEqual(a.status, b.status)
      XCTAssertEqual(a.gender, b.gender)
      XCTAssertEqual(a.isMinority, b.isMinority)
      XCTAssertEqual(a.isDirectWorker, b.isDirectWorker)
      XCTAssertEqual(a.submitted, b.submitted)
      XCTAssertEqual(a.decisionDate, b.decisionDate)
      XCTAssertEqual(b.ethnicity, "")
      let reported = a.campaign == 0
      XCTAssertEqual(b.name, reported ? a.name : "")
      let awarded = reported && a.status == .awarded
      XCTAssertEqual(b.position, awarded ? a.position : "")
      XCTAssertEqual(b.decisionNumber, awarded ? a.decisionNumber : "")
      XCTAssertEqual(b.achievement, awarded ? a.achievement : "")
      if reported { kept += 1 } else { dropped += 1 }
    }
    XCTAssertGreaterThan(kept, 0)
    XCTAssertGreaterThan(dropped, 0)
    // No TextNeeds, or all campaigns: names of every campaign are kept.
    let all = try DataFolderLoader.load(folder: Repository.sampleData, needs: .reporting([]))
    XCTAssertEqual(all.dataSet.nominations.map(\.name), full.dataSet.nominations.map(\.name))
    XCTAssertTrue(full.dataSet.nominations.contains { !$0.ethnicity.isEmpty })
  }

  func testDiagnosticsOfBadRowsAreTheSameWhateverTheNeeds() throws {
    let bad = FixtureFolder.nominations(adding: [
      "N8,PT1,U9,cá nhân,,,Nữ,,có lẽ,GKH,đã khen thưởng,31/02/2025,,,",
      "N1,PT2,U1,tập thể,Thôn B,,,,,GKX,xong,10/02/2025,,,",
      "N9,PT2,U1,\"ca\u{0301} nhân\",\"Lê \"\"Bé\"\"\",,Nam,Kinh,x,GKX,đề nghị,10/02/2025,,,",
    ])
    let folder = try FixtureFolder(["de_nghi.csv": bad])
    let full = try DataFolderLoader.load(folder: folder.path)
    let lean = try DataFolderLoader.load(folder: folder.path, needs: .reporting(["PT1"]))
    XCTAssertTrue(full.hasErrors)
    XCTAssertEqual(lean.diagnostics.map(\.formatted), full.diagnostics.map(\.formatted))
    XCTAssertEqual(lean.dataSet.nominations.map(\.id), full.dataSet.nominations.map(\.id))
    // The row read the slow way (NFD, doubled quotes) keeps its texts under no needs.
    let n9 = full.dataSet.nominations.first { $0.id == "N9" }
    XCTAssertEqual(n9?.name, "Lê \"Bé\"")
    XCTAssertEqual(n9?.kind, .individual)
    XCTAssertEqual(lean.dataSet.nominations.first { $0.id == "N9" }?.name, "")
  }
}
