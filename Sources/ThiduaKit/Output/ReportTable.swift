import Foundation

/// The outputs of REPORTS.md that can be chosen one by one (`--tables`).
public enum ReportTable: String, CaseIterable, Sendable {
  case facts = "so-lieu"
  case t1 = "T1"
  case t2 = "T2"
  case t3 = "T3"
  case t4 = "T4"
  case t5 = "T5"
  case t6 = "T6"

  /// The CSV file of this table inside `<out>/<ma_phong_trao>/`.
  public var csvFile: String {
    switch self {
    case .facts: return "so-lieu.csv"
    case .t1: return "tong-hop-khen-thuong.csv"
    case .t2: return "de-nghi.csv"
    case .t3: return "tham-gia.csv"
    case .t4: return "tien-do.csv"
    case .t5: return "danh-sach.csv"
    case .t6: return "kiem-tra.csv"
    }
  }

  public static let workbookFile = "tong-ket.xlsx"

  /// Parses `so-lieu,T1,t5` (case-insensitive; `all` for everything).
  public static func parseList(_ text: String) -> Set<ReportTable>? {
    var out = Set<ReportTable>()
    for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
    where !part.isEmpty {
      if part.lowercased() == "all" || part.lowercased() == "tat-ca" {
        out.formUnion(allCases)
        continue
      }
      guard
        let t = allCases.first(where: {
          $0.rawValue.lowercased() == part.lowercased() || $0.csvFile == part
            || $0.csvFile.dropLast(4) == part.lowercased()
        })
      else { return nil }
      out.insert(t)
    }
    return out.isEmpty ? nil : out
  }
}
