import Tabular

/// T6 — Kiểm tra dữ liệu: every warning, one row each. A roll-up's `kiem-tra.csv`
/// is this table of its own warnings.
public struct ChecksTable {
  public let heading: ReportHeading
  public let warnings: [Diagnostic]
  public let definitions: ReportDefinitions

  /// The built-in words of T6 (`reports/tables.toml` [T6] overrides them).
  public static let words = TableDefinition(
    sheet: "Biểu 06 - Kiểm tra", title: "KẾT QUẢ KIỂM TRA DỮ LIỆU",
    subtitles: ["{ten_phong_trao}", "(Kiểm tra ngày {ngay})"],
    labels: [
      "severity": "Mức độ", "kind": "Loại", "campaign": "Phong trào", "unit": "Đơn vị",
      "nomination": "Mã đề nghị", "message": "Nội dung", "location": "Vị trí",
      "none": "Không có cảnh báo nào.",
    ])

  public init(heading: ReportHeading, warnings: [Diagnostic], definitions: ReportDefinitions) {
    self.heading = heading
    self.warnings = warnings
    self.definitions = definitions
  }

  public init(scope: ReportScope, warnings: [Diagnostic], definitions: ReportDefinitions) {
    self.init(heading: scope.heading, warnings: warnings, definitions: definitions)
  }

  public func table() -> Table {
    let def = definitions.table("T6")
    let columns = [
      Column([def.label("severity")], kind: .text), Column([def.label("kind")], kind: .text),
      Column([def.label("campaign")], kind: .text), Column([def.label("unit")], kind: .text),
      Column([def.label("nomination")], kind: .text), Column([def.label("message")], kind: .longText),
      Column([def.label("location")], kind: .text),
    ]
    // Rows made when written (`Rows(count:make:)`) from the warnings, which are kept anyway
    // (standard error lists them): held, the 91k rows of a 1M run were ~36 MiB more.
    let rows = Rows(count: warnings.count) { [warnings] i in
      let w = warnings[i]
      let location = w.location
      return Row(
        .data,
        [
          .text(w.severity.label), .text(w.kind.label), .text(w.campaignID ?? ""), .text(w.unitID ?? ""),
          .text(w.nominationIDs.joined(separator: ", ")), .text(w.message), .text(location),
        ])
    }
    var notes: [String] = []
    if rows.isEmpty { notes.append(def.label("none")) }
    return Table(
      sheetName: def.sheet, title: def.title, subtitles: heading.subtitles(def), columns: columns, rows: rows,
      notes: notes)
  }
}
