import Core
import Foundation
import Tabular

/// One output table, and the registry of them all (`allCases`): the tables of
/// `thidua report` and of `thidua tong-hop` in one list.
///
/// Everything that names tables reads this list: `--tables` of both commands (its help
/// and its error), the jobs file's `tables`, the definitions file (which tables have
/// words in `reports/tables.toml`), the loader's `TextNeeds` (`showsTexts`),
/// `CampaignReport` and `RollupReport` (what to build how, which files to write). A new
/// table is one entry here, its builder (with its built-in words) and its words in
/// `reports/tables.toml`; which command writes it is which builders the entry has.
public struct ReportTable: Hashable, Sendable, CustomStringConvertible {
  /// The name `--tables` and the jobs file use (`so-lieu`, `T1`…).
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
  /// The key of its words in `reports/tables.toml`: its name, except `tinh_hinh_gui`,
  /// the key definitions files already use for `tinh-hinh-gui`.
  public let wordsKey: String
  /// How `thidua report` builds it, and so on which of `CampaignReport`'s two cores;
  /// nil: the report does not write it.
  let builder: TableBuilder?
  /// How `thidua tong-hop` builds it; nil: the roll-up does not write it.
  let rollupBuilder: RollupBuilder?

  init(
    _ rawValue: String, csv: String, workbook: WorkbookPlacement, showsTexts: Bool = false,
    bringsCharts: Bool = false, needsActivity: Bool = false, words: TableDefinition?, wordsKey: String? = nil,
    builder: TableBuilder?, rollupBuilder: RollupBuilder? = nil
  ) {
    self.rawValue = rawValue
    self.csvFile = csv
    self.workbook = workbook
    self.showsTexts = showsTexts
    self.bringsCharts = bringsCharts
    self.needsActivity = needsActivity
    self.words = words
    self.wordsKey = wordsKey ?? rawValue
    self.builder = builder
    self.rollupBuilder = rollupBuilder
  }

  // MARK: The registry

  public static let facts = ReportTable(
    "so-lieu", csv: "so-lieu.csv", workbook: .none, words: nil, builder: .fromFacts { f, _ in f.table() },
    rollupBuilder: .fromFacts)
  public static let t1 = ReportTable(
    "T1", csv: "tong-hop-khen-thuong.csv", workbook: .summary, bringsCharts: true,
    words: AwardsSummaryTable.words,
    builder: .fromFacts { AwardsSummaryTable(facts: $0, definitions: $1).table() }, rollupBuilder: .fromFacts)
  public static let t2 = ReportTable(
    "T2", csv: "de-nghi.csv", workbook: .summary, words: NominationStatusTable.words,
    builder: .fromFacts { NominationStatusTable(facts: $0, definitions: $1).table() },
    rollupBuilder: .fromFacts)
  public static let t3 = ReportTable(
    "T3", csv: "tham-gia.csv", workbook: .summary, needsActivity: true, words: ParticipationTable.words,
    builder: .fromFacts { ParticipationTable(facts: $0, definitions: $1).table() })
  public static let t4 = ReportTable(
    "T4", csv: "tien-do.csv", workbook: .summary, bringsCharts: true, needsActivity: true,
    words: MonthlyProgressTable.words,
    builder: .fromFacts { MonthlyProgressTable(facts: $0, definitions: $1).table() })
  public static let sent = ReportTable(
    "tinh-hinh-gui", csv: "tinh-hinh-gui.csv", workbook: .summary, words: SentStatusTable.words,
    wordsKey: "tinh_hinh_gui", builder: nil,
    rollupBuilder: .fromRollup { rollup, _ in
      SentStatusTable(facts: rollup.facts, sent: rollup.sent, definitions: rollup.definitions).table()
    })
  public static let t5 = ReportTable(
    "T5", csv: "danh-sach.csv", workbook: .summary, showsTexts: true, words: AwardedListTable.words,
    builder: .fromScope { scope, definitions in
      let list = AwardedListTable(scope: scope, definitions: definitions)
      let table = list.table(groups: list.groups())
      Trace.mark("T5 sorted and built")
      return table
    },
    rollupBuilder: .fromLists { rollup in
      MergedListTable(
        dimensions: rollup.facts.dimensions, heading: rollup.heading, definitions: rollup.definitions,
        lists: rollup.lists
      ).table()
    })
  public static let t6 = ReportTable(
    "T6", csv: "kiem-tra.csv", workbook: .summary, showsTexts: true, words: ChecksTable.words,
    builder: .fromChecks { ChecksTable(scope: $0, warnings: $1, definitions: $2).table() },
    rollupBuilder: .fromRollup { rollup, warnings in
      ChecksTable(heading: rollup.heading, warnings: warnings, definitions: rollup.definitions).table()
    })
  public static let t7 = ReportTable(
    "T7", csv: "tien-do-thang.csv", workbook: .own("tien-do-thang.xlsx"), words: MonthReportTable.words,
    builder: .besideChecks { MonthReportTable(scope: $0, definitions: $1).table() })

  /// Every table of both commands, in the order files are listed and sheets placed.
  public static let allCases: [ReportTable] = [facts, t1, t2, t3, t4, sent, t5, t6, t7]

  // MARK: The commands

  /// The two commands that write tables: `thidua report` and `thidua tong-hop`.
  public enum Command: Sendable {
    case report
    case rollup

    /// The summary workbook's file, which holds the `.summary` sheets.
    public var workbookFile: String {
      switch self {
      case .report: return "tong-ket.xlsx"
      case .rollup: return "tong-hop.xlsx"
      }
    }
  }

  /// Whether `command` writes this table (it has a builder for it).
  public func isWritten(by command: Command) -> Bool {
    switch command {
    case .report: return builder != nil
    case .rollup: return rollupBuilder != nil
    }
  }

  /// The tables `command` writes, in registry order.
  public static func tables(of command: Command) -> [ReportTable] {
    allCases.filter { $0.isWritten(by: command) }
  }

  /// `so-lieu,T1,T2,…`: the names `command`'s `--tables` takes, for help and error texts.
  public static func names(of command: Command, separator: String = ",") -> String {
    tables(of: command).map(\.rawValue).joined(separator: separator)
  }

  public var description: String { rawValue }

  public static func == (a: ReportTable, b: ReportTable) -> Bool { a.rawValue == b.rawValue }
  public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

  /// Parses `so-lieu,T1,t5` into tables `command` writes (case-insensitive; a CSV
  /// file's name with or without `.csv`; `all` for every table of `command`).
  public static func parseList(_ text: String, for command: Command) -> Set<ReportTable>? {
    let tables = tables(of: command)
    var out = Set<ReportTable>()
    for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() })
    where !part.isEmpty {
      if part == "all" || part == "tat-ca" {
        out.formUnion(tables)
        continue
      }
      guard
        let t = tables.first(where: {
          $0.rawValue.lowercased() == part || $0.csvFile == part || $0.csvFile.dropLast(4) == part
        })
      else { return nil }
      out.insert(t)
    }
    return out.isEmpty ? nil : out
  }
}
