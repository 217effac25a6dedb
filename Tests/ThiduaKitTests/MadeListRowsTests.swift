import Core
import Tabular
import XCTest

@testable import ThiduaKit

/// T5 and T6 are the long lists: their rows are made from the data when written
/// (`Rows(count:make:)`), and they are the rows REPORTS.md lists.
final class MadeListRowsTests: XCTestCase {
  func testT5AndT6RowsAreMadeFromTheData() throws {
    let loaded = try DataFolderLoader.load(folder: Repository.sampleData)
    let data = loaded.dataSet
    let asOf = CalendarDay(year: 2025, month: 10, day: 31)!
    let scope = ReportScope(data: data, campaign: 0, asOf: asOf)
    let t5 = AwardedListTable(scope: scope, definitions: .builtIn).table()
    XCTAssertTrue(t5.rows.areMade)
    let awarded = scope.counted.filter { scope.status(of: data.nominations[$0]) == .awarded }
    let listed = t5.rows.filter { $0.kind == .data }
    XCTAssertEqual(listed.count, awarded.count)
    // Each data row shows its nomination's texts, made from `DataSet.texts`.
    let names = Set(awarded.map { data.texts.name(of: data.nominations[$0]) })
    XCTAssertEqual(Set(listed.map { $0.cells[1].plainText }), names)
    XCTAssertEqual(
      Set(listed.map { $0.cells[6].plainText }),
      Set(awarded.map { data.texts.achievement(of: data.nominations[$0]) }))
    XCTAssertTrue(listed.contains { !$0.cells[6].plainText.isEmpty })
    // Read twice (CSV and XLSX each read the rows), the same rows.
    XCTAssertEqual(Array(t5.rows), Array(t5.rows))

    let warnings = CampaignChecks(scope: scope).run()
    XCTAssertFalse(warnings.isEmpty)
    let t6 = ChecksTable(scope: scope, warnings: warnings, definitions: .builtIn).table()
    XCTAssertTrue(t6.rows.areMade)
    XCTAssertEqual(t6.rows.map { $0.cells[5].plainText }, warnings.map(\.message))
  }
}
