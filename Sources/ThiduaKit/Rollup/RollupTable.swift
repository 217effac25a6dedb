import Foundation

/// The outputs of `thidua tong-hop` (REPORTS.md "Roll-up") that `--tables` chooses.
public enum RollupTable: String, CaseIterable, Sendable {
  case facts = "so-lieu"
  case t1 = "T1"
  case t2 = "T2"
  case sent = "tinh-hinh-gui"
  case t5 = "T5"
  case t6 = "T6"

  public var csvFile: String {
    switch self {
    case .facts: return "so-lieu.csv"
    case .t1: return "tong-hop-khen-thuong.csv"
    case .t2: return "de-nghi.csv"
    case .sent: return "tinh-hinh-gui.csv"
    case .t5: return "danh-sach.csv"
    case .t6: return "kiem-tra.csv"
    }
  }

  public static let workbookFile = "tong-hop.xlsx"

  /// Parses `so-lieu,T1,tinh-hinh-gui` (case-insensitive; `all` for everything), as `report` does.
  public static func parseList(_ text: String) -> Set<RollupTable>? {
    var out = Set<RollupTable>()
    for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() })
    where !part.isEmpty {
      if part == "all" || part == "tat-ca" {
        out.formUnion(allCases)
        continue
      }
      guard
        let t = allCases.first(where: {
          $0.rawValue.lowercased() == part || $0.csvFile == part || $0.csvFile.dropLast(4) == part
        })
      else { return nil }
      out.insert(t)
    }
    return out.isEmpty ? nil : out
  }
}
