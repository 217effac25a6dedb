import Foundation
import TestSupport
import XCTest

@testable import Tabular

final class XLSXRendererTests: XCTestCase {
  private var folder: WorkbookFolder!

  override func setUpWithError() throws { folder = try WorkbookFolder("tabular") }

  override func tearDownWithError() throws { folder.remove() }

  private func write(_ doc: WorkbookDocument = Samples.document, name: String = "out.xlsx") throws -> String {
    try folder.write(doc, name)
  }

  func testSheetsInOrder() throws {
    let x = try XLSXFile(path: write())
    XCTAssertEqual(x.sheetNames, ["T1 Khen thưởng", "T5 Danh sách", "Biểu đồ"])
    let partial = folder.path("out.xlsx.partial")
    XCTAssertFalse(FileManager.default.fileExists(atPath: partial))
  }

  func testLetterheadTitleHeaderAndCells() throws {
    let x = try XLSXFile(path: write())
    let c = x.cells(sheet: "T1 Khen thưởng")
    XCTAssertEqual(c["A1"], "UBND HUYỆN VĂN QUAN")
    XCTAssertEqual(c["A2"], "PHÒNG NỘI VỤ")
    XCTAssertTrue(c.values.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    XCTAssertTrue(c.values.contains("Độc lập - Tự do - Hạnh phúc"))
    XCTAssertEqual(c["A4"], "TỔNG HỢP KẾT QUẢ KHEN THƯỞNG")
    XCTAssertEqual(c["A5"], "Phong trào thi đua \"Dân vận khéo\" năm 2025")
    XCTAssertEqual(c["A8"], "STT")
    XCTAssertEqual(c["C8"], "Bằng khen của Chủ tịch UBND tỉnh")
    XCTAssertEqual(c["C9"], "Tập thể")
    XCTAssertEqual(c["F9"], "Cá nhân")
    XCTAssertEqual(c["A10"], "I")
    XCTAssertEqual(c["B11"], "Xã Tân Đoàn")
    XCTAssertEqual(c["C11"], "2")
    XCTAssertEqual(c["D11"], "0", "a zero is written, not left blank")
    XCTAssertEqual(c["G11"], "66.666")
    XCTAssertEqual(c["H11"], "45823", "a real date: Excel's serial for 15/06/2025")
    XCTAssertNil(c["G12"], "an empty cell has no value")
    XCTAssertEqual(c["B14"], "TỔNG CỘNG")
    XCTAssertEqual(c["A15"], "Ghi chú: số liệu tính theo ngày quyết định.")
    XCTAssertTrue(c.values.contains("Văn Quan, ngày 31 tháng 10 năm 2025"))
    XCTAssertTrue(c.values.contains("Hoàng Văn Nam"))
    XCTAssertTrue(c.values.contains("Lê Thị Hoa"))

    let merges = x.mergedRanges(sheet: "T1 Khen thưởng")
    for ref in ["A8:A9", "B8:B9", "C8:D8", "E8:F8", "G8:G9", "A4:H4"] {
      XCTAssertTrue(merges.contains(ref), "missing merge \(ref) in \(merges)")
    }
    // The empty cell is still bordered: it has a style.
    XCTAssertNotNil(x.styleIndex(sheet: "T1 Khen thưởng")["G12"])
  }

  func testNumberFormatsAndFonts() throws {
    let x = try XLSXFile(path: write())
    let styles = x.text("xl/styles.xml")
    XCTAssertTrue(styles.contains("Times New Roman"))
    XCTAssertTrue(styles.contains("formatCode=\"dd/mm/yyyy\""))
    XCTAssertTrue(styles.contains("formatCode=\"0.0\""))
    XCTAssertTrue(styles.contains("<b/>"))
    XCTAssertTrue(styles.contains("<border><left style=\"thin\">"))
  }

  func testPageSetupFreezeAndPrintTitles() throws {
    let x = try XLSXFile(path: write())
    let sheet = x.text(x.sheetPart("T1 Khen thưởng")!)
    let pageSetup = XLSXFile.elements(named: "pageSetup", in: sheet).first ?? [:]
    XCTAssertEqual(pageSetup["paperSize"], "9")
    XCTAssertEqual(pageSetup["orientation"], "landscape")
    // A print scale chosen from the widths (PrintLayout), not "fit to page"; pages numbered from 1.
    XCTAssertGreaterThanOrEqual(Int(pageSetup["scale"] ?? "100") ?? 0, 67, "no scale written is 100 %")
    XCTAssertNil(XLSXFile.elements(named: "pageSetUpPr", in: sheet).first?["fitToPage"])
    XCTAssertEqual(pageSetup["useFirstPageNumber"], "1")
    let pane = XLSXFile.elements(named: "pane", in: sheet).first ?? [:]
    XCTAssertEqual(pane["ySplit"], "9")
    XCTAssertEqual(pane["topLeftCell"], "A10")
    XCTAssertEqual(pane["state"], "frozen")
    XCTAssertTrue(sheet.contains("Trang &amp;P</oddFooter>"))
    XCTAssertTrue(sheet.contains("<col "))
    let workbook = x.text("xl/workbook.xml")
    XCTAssertTrue(workbook.contains("name=\"_xlnm.Print_Titles\""))
    XCTAssertTrue(workbook.contains("'T1 Khen thưởng'!$8:$9"), workbook)
    XCTAssertTrue(workbook.contains("name=\"_xlnm.Print_Area\""))
  }

  func testLongTextWrapsAndRaisesRow() throws {
    let x = try XLSXFile(path: write())
    let sheet = x.text(x.sheetPart("T5 Danh sách")!)
    XCTAssertTrue(sheet.contains("customHeight=\"1\""))
    let c = x.cells(sheet: "T5 Danh sách")
    XCTAssertTrue(c.values.contains("=HYPERLINK(\"x\")"), "text that looks like a formula stays text")
    XCTAssertFalse(sheet.contains("<f>"))
  }

  func testChartSheet() throws {
    let x = try XLSXFile(path: write())
    let chart1 = x.text("xl/charts/chart1.xml")
    let chart2 = x.text("xl/charts/chart2.xml")
    XCTAssertTrue(chart1.contains("<c:barChart>"))
    XCTAssertTrue(chart1.contains("<c:barDir val=\"col\"/>"))
    XCTAssertTrue(chart2.contains("<c:lineChart>"))
    XCTAssertTrue(chart1.contains("Khen thưởng theo cụm"))
    XCTAssertTrue(chart1.contains("<c:legendPos val=\"b\"/>"))
    XCTAssertFalse(x.text("xl/drawings/drawing1.xml").isEmpty)
    let c = x.cells(sheet: "Biểu đồ")
    func row(of text: String) throws -> Int {
      let ref = try XCTUnwrap(c.first(where: { $0.value == text && $0.key.hasPrefix("A") })?.key, text)
      return Int(ref.dropFirst()) ?? 0
    }
    // The letterhead and signature block like the table sheets.
    XCTAssertEqual(c["A1"], "UBND HUYỆN VĂN QUAN")
    XCTAssertTrue(c.values.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    XCTAssertTrue(c.values.contains("Hoàng Văn Nam"), "the signer's name")
    XCTAssertLessThan(try row(of: "BIỂU ĐỒ"), try row(of: "Khen thưởng theo cụm"))
    // The caption, the chart, then its numbers: the series named by its header cell.
    let header = try row(of: "Cụm")
    XCTAssertGreaterThan(header, try row(of: "Khen thưởng theo cụm") + ChartSheetWriter.chartRows - 1)
    XCTAssertEqual(c["B\(header)"], "Tập thể")
    XCTAssertEqual(c["A\(header + 1)"], "Cụm 1")
    XCTAssertEqual(c["C\(header + 2)"], "4")
    XCTAssertTrue(chart1.contains("'Biểu đồ'!$B$\(header + 1):$B$\(header + 2)"), chart1)
    XCTAssertTrue(chart1.contains("'Biểu đồ'!$A$\(header + 1):$A$\(header + 2)"))
    XCTAssertTrue(chart1.contains("'Biểu đồ'!$B$\(header)"), "series named by its header cell")
    // Both charts: column A, the same width; the second starts a page.
    let drawing = x.text("xl/drawings/drawing1.xml")
    let anchors = drawing.components(separatedBy: "<xdr:from><xdr:col>").dropFirst()
    XCTAssertEqual(anchors.count, 2)
    XCTAssertTrue(anchors.allSatisfy { $0.hasPrefix("0</xdr:col><xdr:colOff>0</xdr:colOff>") }, drawing)
    // The same right edge: each anchor's `to` column and offset.
    let rightEdges = drawing.components(separatedBy: "<xdr:to><xdr:col>").dropFirst().map {
      $0.components(separatedBy: "</xdr:colOff>")[0]
    }
    XCTAssertEqual(rightEdges.count, 2)
    XCTAssertEqual(Set(rightEdges).count, 1, "the same width: \(rightEdges)")
    let second = try row(of: "Đề nghị theo tháng")
    let breaks = XLSXFile.elements(named: "brk", in: x.sheetXML("Biểu đồ")).compactMap {
      $0["id"].flatMap(Int.init)
    }
    XCTAssertEqual(breaks, [second - 1], "a page break above the second chart's caption")
  }

  func testEmptyChartAndOddTablesDoNotFail() throws {
    let doc = WorkbookDocument(
      sheets: [
        .table(
          Table(
            sheetName: "Một cột", title: "T", columns: [Column(["A"], kind: .text)],
            rows: [Row(.data, [.text("x\u{0}y"), .integer(9)])])),
        .table(Table(sheetName: "Một cột", title: "", columns: [])),
        .charts(
          ChartSheet(
            sheetName: "C[1]", title: "",
            charts: [
              Chart(kind: .line, title: "=not a formula", categories: [], series: [])
            ])),
      ],
      letterhead: Letterhead(), documentDate: Samples.asOf)
    let x = try XLSXFile(path: write(doc))
    XCTAssertEqual(x.sheetNames, ["Một cột", "Một cột (2)", "C1"])
    XCTAssertTrue(x.cells(sheet: "Một cột").values.contains("xy"))
  }

  func testCoreDatesComeFromTheDocument() throws {
    let x = try XLSXFile(path: write())
    let core = x.text("docProps/core.xml")
    XCTAssertTrue(
      core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-10-31T00:00:00Z</dcterms:created>"))
    XCTAssertTrue(core.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2025-10-31T00:00:00Z"))
    XCTAssertTrue(core.contains("<dc:title>Tổng kết phong trào</dc:title>"))
  }

  func testByteIdenticalAcrossRunsAndTimeZones() throws {
    let saved = getenv("TZ").map { String(cString: $0) }
    defer {
      if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
      tzset()
    }
    setenv("TZ", "UTC", 1)
    tzset()
    let a = try Data(contentsOf: URL(fileURLWithPath: write(name: "a.xlsx")))
    setenv("TZ", "Asia/Ho_Chi_Minh", 1)
    tzset()
    let b = try Data(contentsOf: URL(fileURLWithPath: write(name: "b.xlsx")))
    setenv("TZ", "America/Los_Angeles", 1)
    tzset()
    Thread.sleep(forTimeInterval: 1.1)
    let c = try Data(contentsOf: URL(fileURLWithPath: write(name: "c.xlsx")))
    XCTAssertEqual(a, b)
    XCTAssertEqual(a, c)
  }

  func testFailureLeavesEarlierFile() throws {
    let path = try write()
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let bad = folder.path("missing/dir/out.xlsx")
    XCTAssertThrowsError(try XLSXRenderer.write(Samples.document, to: bad))
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
  }

  /// `TABULAR_SAMPLE_XLSX=/tmp/sample.xlsx swift test --filter writeSample` keeps
  /// the sample workbook for a look in Excel or LibreOffice.
  func testWriteSampleForInspection() throws {
    guard let path = ProcessInfo.processInfo.environment["TABULAR_SAMPLE_XLSX"] else {
      throw XCTSkip("set TABULAR_SAMPLE_XLSX to keep a sample workbook")
    }
    try XLSXRenderer.write(Samples.document, to: path)
  }
}
