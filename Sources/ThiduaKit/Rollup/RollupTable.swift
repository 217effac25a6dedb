import Foundation

/// The outputs of `thidua tong-hop` (REPORTS.md "Roll-up") that `--tables` chooses.
/// Those a report also writes (the fact table, T1, T2) are the registry's entries
/// (`ReportTable`): the same names, files and builders from a fact table.
public enum RollupTable: String, CaseIterable, Sendable {
  case facts = "so-lieu"
  case t1 = "T1"
  case t2 = "T2"
  case sent = "tinh-hinh-gui"
  case t5 = "T5"
  case t6 = "T6"

  /// The report's table of the same name and builder, when there is one.
  var registered: ReportTable? {
    switch self {
    case .facts: return .facts
    case .t1: return .t1
    case .t2: return .t2
    case .sent, .t5, .t6: return nil
    }
  }

  public var csvFile: String {
    switch self {
    case .facts, .t1, .t2: return registered!.csvFile
    case .sent: return "tinh-hinh-gui.csv"
    case .t5: return ReportTable.t5.csvFile
    case .t6: return ReportTable.t6.csvFile
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
