/// A finished table: the only thing renderers see.
///
/// Builders (the aggregation step) fill it with typed cells and mark each row
/// as data, heading, subtotal or total; the CSV and XLSX renderers lay it out.
/// A renderer never needs to know what a campaign or a unit is.
public struct Table: Hashable, Sendable {
  /// The sheet's name in the workbook (Vietnamese, at most 31 characters).
  public var sheetName: String
  /// The centred title ("TỔNG HỢP KẾT QUẢ KHEN THƯỞNG").
  public var title: String
  /// Lines under the title (the campaign's name, "Tính đến ngày …").
  public var subtitles: [String]
  public var columns: [Column]
  public var rows: Rows
  /// Lines printed under the table, before the signature ("Ghi chú: …").
  public var notes: [String]

  public init(
    sheetName: String, title: String, subtitles: [String] = [], columns: [Column],
    rows: [Row] = [], notes: [String] = []
  ) {
    self.init(
      sheetName: sheetName, title: title, subtitles: subtitles, columns: columns, rows: Rows(rows),
      notes: notes)
  }

  /// A table whose rows are made when read (`Rows(count:make:)`): long lists.
  public init(
    sheetName: String, title: String, subtitles: [String] = [], columns: [Column], rows: Rows,
    notes: [String] = []
  ) {
    self.sheetName = sheetName
    self.title = title
    self.subtitles = subtitles
    self.columns = columns
    self.rows = rows
    self.notes = notes
  }

  /// How many header rows the columns need (the longest path).
  public var headerDepth: Int { columns.map { $0.path.count }.max() ?? 1 }
}
