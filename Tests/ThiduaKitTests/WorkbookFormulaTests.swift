import Core
import Foundation
import Tabular
import TestSupport
import ThiduaKit
import XCTest

/// Totals and rates are live formulas in the workbook (REPORTS.md "The
/// workbook"): read back, every subtotal, total and rate cell of T1–T4 holds
/// a formula, its stored result is the CSV's number, and the formula computed
/// from the stored cells it names gives that same number — so the references
/// point at the right rows and columns.
final class WorkbookFormulaTests: XCTestCase {
  static var out: String { SampleReports.folder }
  static let tables = [
    (sheet: 0, csv: "tong-hop-khen-thuong.csv"), (1, "de-nghi.csv"), (2, "tham-gia.csv"), (3, "tien-do.csv"),
  ]

  func testTotalsAndRatesAreFormulasWhoseResultsAreTheCSVNumbers() throws {
    for campaign in ["LVT115", "NTM2025"] {
      let book = try XLSXFile(path: "\(Self.out)/\(campaign)/tong-ket.xlsx")
      for (index, file) in Self.tables {
        let name = book.sheetNames[index]
        let cells = book.cells(sheet: name)
        let formulas = book.formulas(sheet: name)
        let csv = try CSVFile(path: "\(Self.out)/\(campaign)/\(file)")
        let grid = book.grid(sheet: name)
        let start = try XCTUnwrap(grid.firstIndex { $0.count > 1 && $0[1] == csv.rows[0][1] }, name)
        var checked = 0
        for (k, row) in csv.rows.enumerated() {
          let isTotal = row[1].hasPrefix("Cộng ") || row[1] == "TỔNG CỘNG"
          // A cluster's heading row ("I", its name) has no numbers at all.
          if !row[0].isEmpty && Int(row[0]) == nil { continue }
          for (j, value) in row.enumerated() where j >= 2 {
            let ref = Self.reference(row: start + k + 1, column: j)
            let isRate = csv.header[j].hasPrefix("Tỷ lệ")
            if isTotal || isRate {
              let f = try XCTUnwrap(formulas[ref], "\(campaign) \(name) \(ref) «\(value)» is not a formula")
              // The stored result is the CSV's text as a number ("" for a rate over nothing).
              XCTAssertEqual(Double(cells[ref] ?? ""), Double(value), "\(campaign) \(name) \(ref) \(f)")
              XCTAssertEqual(Self.evaluate(f, cells), Double(value), "\(campaign) \(name) \(ref) = \(f)")
              checked += 1
            }
          }
        }
        XCTAssertGreaterThan(checked, 3, "\(campaign) \(name)")
        // Every formula of the sheet (a unit row's own total too) computes its stored result.
        for (ref, f) in formulas {
          let stored = Double(cells[ref] ?? "")
          XCTAssertEqual(Self.evaluate(f, cells), stored, "\(campaign) \(name) \(ref) = \(f)")
        }
      }
    }
  }

  func testABlankRateIsAFormulaWithAnEmptyResult() throws {
    let book = try XLSXFile(path: "\(Self.out)/LVT115/tong-ket.xlsx")
    let xml = book.sheetXML(book.sheetNames[1])
    // A unit with no nominations: the rate is blank in the CSV and "" is stored.
    XCTAssertTrue(xml.contains(#" t="str"><f>IF("#), "a rate over zero nominations")
    XCTAssertTrue(xml.contains(#",ROUND("#) && xml.contains(#"*100,1))</f><v></v>"#))
  }

  // MARK: A tiny evaluator for the formulas the renderer writes

  static func reference(row: Int, column: Int) -> String {
    var n = column + 1
    var letters = ""
    while n > 0 {
      letters = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + letters
      n = (n - 1) / 26
    }
    return letters + String(row)
  }

  /// `SUM(args)` with refs, ranges and nested SUMs; `IF(W=0,"",ROUND(P/W*100,n))`.
  /// Nil for anything else (so an unexpected formula fails the test). A blank result is nil.
  static func evaluate(_ f: String, _ cells: [String: String]) -> Double? {
    func value(_ ref: String) -> Double { Double(cells[ref] ?? "") ?? 0 }
    if f.hasPrefix("IF(") {
      let parts = f.dropFirst(3).split(separator: ",")
      guard parts.count == 4, let eq = parts[0].firstIndex(of: "=") else { return nil }
      let whole = value(String(parts[0][..<eq]))
      if whole == 0 { return nil }
      let inner = parts[1].replacingOccurrences(of: "\"\"", with: "")
      guard inner.isEmpty, parts[2].hasPrefix("ROUND("), let slash = parts[2].firstIndex(of: "/") else {
        return nil
      }
      let part = value(String(parts[2][parts[2].index(parts[2].startIndex, offsetBy: 6)..<slash]))
      // ROUND(P/W*100,n) was split at its comma: parts[2] is "ROUND(P/W*100", the rest "n))".
      let places = Double(f.split(separator: ",").last?.dropLast(2) ?? "") ?? 1
      let scale = pow(10, places)
      return ((part / whole * 100) * scale).rounded() / scale
    }
    guard f.hasPrefix("SUM(") && f.hasSuffix(")") else { return f == "0" ? 0 : nil }
    var depth = 0
    var args: [String] = []
    var current = ""
    for ch in f.dropFirst(4).dropLast() {
      if ch == "(" { depth += 1 }
      if ch == ")" { depth -= 1 }
      if ch == "," && depth == 0 {
        args.append(current)
        current = ""
      } else {
        current.append(ch)
      }
    }
    args.append(current)
    var total = 0.0
    for a in args {
      if a.hasPrefix("SUM(") {
        guard let v = evaluate(a, cells) else { return nil }
        total += v
      } else if let colon = a.firstIndex(of: ":") {
        let (r1, c1) = XLSXFile.parse(String(a[..<colon]))
        let (r2, c2) = XLSXFile.parse(String(a[a.index(after: colon)...]))
        for r in r1...r2 { for c in c1...c2 { total += value(reference(row: r, column: c)) } }
      } else {
        total += value(a)
      }
    }
    return total
  }
}
