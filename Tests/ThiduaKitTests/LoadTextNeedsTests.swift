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
    let (at, bt) = (full.dataSet.texts, lean.dataSet.texts)
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
      XCTAssertEqual(bt.ethnicity(of: b), "")
      let reported = a.campaign == 0
      XCTAssertEqual(bt.name(of: b), reported ? at.name(of: a) : "")
      XCTAssertEqual(b.textStart == -1, !reported)
      let awarded = reported && a.status == .awarded
      XCTAssertEqual(bt.position(of: b), awarded ? at.position(of: a) : "")
      XCTAssertEqual(bt.decisionNumber(of: b), awarded ? at.decisionNumber(of: a) : "")
      XCTAssertEqual(bt.achievement(of: b), awarded ? at.achievement(of: a) : "")
      if reported { kept += 1 } else { dropped += 1 }
    }
    XCTAssertGreaterThan(kept, 0)
    XCTAssertGreaterThan(dropped, 0)
    // No TextNeeds, or all campaigns: names of every campaign are kept.
    let all = try DataFolderLoader.load(folder: Repository.sampleData, needs: .reporting([]))
    XCTAssertEqual(
      all.dataSet.nominations.map { all.dataSet.texts.name(of: $0) },
      full.dataSet.nominations.map { at.name(of: $0) })
    XCTAssertTrue(full.dataSet.nominations.contains { !at.ethnicity(of: $0).isEmpty })
    XCTAssertTrue(full.dataSet.nominations.contains { !at.achievement(of: $0).isEmpty })
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
    let n9 = try XCTUnwrap(full.dataSet.nominations.first { $0.id == "N9" })
    XCTAssertEqual(full.dataSet.texts.name(of: n9), "Lê \"Bé\"")
    XCTAssertEqual(full.dataSet.texts.ethnicity(of: n9), "Kinh")
    XCTAssertEqual(n9.kind, .individual)
    let leanN9 = try XCTUnwrap(lean.dataSet.nominations.first { $0.id == "N9" })
    XCTAssertEqual(lean.dataSet.texts.name(of: leanN9), "")
  }
}
