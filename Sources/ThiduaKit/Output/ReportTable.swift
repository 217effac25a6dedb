import Core
import Foundation
import Tabular

/// One output table of a report, and the registry of them all (`allCases`).
///
/// Everything that names tables reads this list: `--tables` (its help and its error),
/// the jobs file's `tables`, the definitions file (which tables have words in
/// `reports/tables.toml`), the loader's `TextNeeds` (`showsTexts`) and `CampaignReport`
/// (what to build on which core, which files to write). A new table is one entry here,
/// its builder (with its built-in words) and its words in `reports/tables.toml`.
public struct ReportTable: Hashable, Sendable, CustomStringConvertible {
  /// The name `--tables` and the jobs file use (`so-lieu`, `T1`…); also the key of its
  /// words in `reports/tables.toml` when it has words.
  public let rawValue: String
  /// The CSV file inside `<out>/<ma_phong_trao>/`.
  public let csvFile: String
  /// Where its sheet goes, if it has one.
  public let workbook: WorkbookPlacement
  /// Whether it shows the nominations' free texts (names, positions, decisions,
  /// achievements): a run choosing none of these keeps no text (`TextNeeds`).
  public let showsTexts: Bool
  /// Whether choosing it adds the chart sheet to the summary workbook.
  public let bringsCharts: Bool
  /// Whether it needs the fact table's activity (`FactActivity`: submissions per month,
  /// registrations, progress figures), which a run writing only `so-lieu.csv` skips.
  public let needsActivity: Bool
  /// Its built-in words (nil: a table without a sheet, such as the fact table).
  public let words: TableDefinition?
  /// How it is built, and so on which of `CampaignReport`'s two cores.
  let builder: TableBuilder

  init(
    _ rawValue: String, csv: String, workbook: WorkbookPlacement, showsTexts: Bool = false,
    bringsCharts: Bool = false, needsActivity: Bool = false, words: TableDefinition?, builder: TableBuilder
  ) {
    self.rawValue = rawValue
    self.csvFile = csv
    self.workbook = workbook
    self.showsTexts = showsTexts
    self.bringsCharts = bringsCharts
    self.needsActivity = needsActivity
    self.words = words
    self.builder = builder
  }

  // MARK: The registry

  public static let facts = ReportTable(
    "so-lieu", csv: "so-lieu.csv", workbook: .none, words: nil, builder: .fromFacts { f, _ in f.table() })
  public static let t1 = ReportTable(
    "T1", csv: "tong-hop-khen-thuong.csv", workbook: .summary, bringsCharts: true,
    words: AwardsSummaryTable.words,
    builder: .fromFacts { AwardsSummaryTable(facts: $0, definitions: $1).table() })
  public static let t2 = ReportTable(
    "T2", csv: "de-nghi.csv", workbook: .summary, words: NominationStatusTable.words,
    builder: .fromFacts { NominationStatusTable(facts: $0, definitions: $1).table() })
  public static let t3 = ReportTable(
    "T3", csv: "tham-gia.csv", workbook: .summary, needsActivity: true, words: ParticipationTable.words,
    builder: .fromFacts { ParticipationTable(facts: $0, definitions: $1).table() })
  public static let t4 = ReportTable(
    "T4", csv: "tien-do.csv", workbook: .summary, bringsCharts: true, needsActivity: true,
    words: MonthlyProgressTable.words,
    builder: .fromFacts { MonthlyProgressTable(facts: $0, definitions: $1).table() })
  public static let t5 = ReportTable(
    "T5", csv: "danh-sach.csv", workbook: .summary, showsTexts: true, words: AwardedListTable.words,
    builder: .fromScope { scope, definitions in
      let list = AwardedListTable(scope: scope, definitions: definitions)
      let table = list.table(groups: list.groups())
      Trace.mark("T5 sorted and built")
      return table
    })
  public static let t6 = ReportTable(
    "T6", csv: "kiem-tra.csv", workbook: .summary, showsTexts: true, words: ChecksTable.words,
    builder: .fromChecks { ChecksTable(scope: $0, warnings: $1, definitions: $2).table() })

  public static let t7 = ReportTable(
    "T7", csv: "tien-do-thang.csv", workbook: .own("tien-do-thang.xlsx"), words: MonthReportTable.words,
    builder: .besideChecks { MonthReportTable(scope: $0, definitions: $1).table() })

  /// Every table, in the order files are listed and sheets placed.
  public static let allCases: [ReportTable] = [facts, t1, t2, t3, t4, t5, t6, t7]

  // MARK: Names

  public static let workbookFile = "tong-ket.xlsx"

  /// `so-lieu,T1,T2,…`: the names `--tables` takes, for help and error texts.
  public static func names(separator: String = ",") -> String {
    allCases.map(\.rawValue).joined(separator: separator)
  }

  public var description: String { rawValue }

  public static func == (a: ReportTable, b: ReportTable) -> Bool { a.rawValue == b.rawValue }
  public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

  /// Parses `so-lieu,T1,t5` (case-insensitive; a CSV file's name with or without
  /// `.csv`; `all` for everything).
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
