import Tabular

/// A roll-up's `tinh-hinh-gui.csv`: who has sent and who has not. Per office:
/// Đã gửi (`x` or blank), Số đề nghị, Số được khen thưởng (blank for an office
/// that sent nothing: not applicable, where T1 and T2 show its zeros); per
/// cluster and in all: the sums, Số đơn vị and Số đã gửi.
struct SentStatusTable {
  let facts: FactTable
  /// Per office (position in `facts.dimensions.units`): did it send its `so-lieu.csv`?
  let sent: [Bool]
  let definitions: ReportDefinitions

  /// The built-in words (`reports/tables.toml` [tinh_hinh_gui] overrides them).
  static let words = TableDefinition(
    sheet: "Tình hình gửi báo cáo", title: "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ",
    subtitles: ["{ten_phong_trao}", "(Số liệu tính đến ngày {ngay})"],
    labels: [
      "stt": "STT", "unit": "Đơn vị", "sent": "Đã gửi", "nominations": "Số đề nghị",
      "awarded": "Số được khen thưởng", "units": "Số đơn vị", "sent_units": "Số đã gửi",
    ])

  func table() -> Table {
    let def = definitions.table("tinh_hinh_gui")
    let columns = [
      Column([def.label("stt")], kind: .text, width: 6, isRowNumber: true),
      Column([def.label("unit")], kind: .text),
      Column([def.label("sent")], kind: .text, width: 8), Column([def.label("nominations")], kind: .integer),
      Column([def.label("awarded")], kind: .integer), Column([def.label("units")], kind: .integer),
      Column([def.label("sent_units")], kind: .integer),
    ]
    // sent (0/1), nominations, awarded, offices
    func values(_ u: Int) -> [Int] {
      let byStatus = facts.totalsByStatus(unit: u)
      return [sent[u] ? 1 : 0, byStatus.reduce(0, +), byStatus[NominationStatus.awarded.rawValue], 1]
    }
    func office(_ v: [Int], _: Int?) -> [Cell] {
      v[0] == 0
        ? [.empty, .empty, .empty, .empty, .empty]
        : [.text("x"), .integer(v[1]), .integer(v[2]), .empty, .empty]
    }
    // The sums are live in the workbook (`SUM` of the office rows); the two counts of
    // offices are plain numbers, the office rows having no number to add up there.
    func sum(_ v: [Int], _ over: [Range<Int>]) -> [Cell] {
      [
        .empty, .formula(.sumOfRows(over), result: .integer(v[1])),
        .formula(.sumOfRows(over), result: .integer(v[2])), .integer(v[3]), .integer(v[0]),
      ]
    }
    let rows = RosterRows(dimensions: facts.dimensions, definitions: definitions).rows(
      width: 4, values: values, render: office, renderSum: sum)
    return Table(
      sheetName: def.sheet, title: def.title, subtitles: facts.heading.subtitles(def), columns: columns,
      rows: rows)
  }
}
