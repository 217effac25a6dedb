import Core

/// `tien_do.csv`: monthly progress figures, read apart from the loader's state so that it
/// can run beside the join of `de_nghi.csv`'s halves.
extension FolderLoad {
  /// What reading tien_do.csv gives: its rows (nil when the file is missing or
  /// unusable) and its messages, in file order.
  struct ProgressRead {
    var list: [Progress]?
    var diagnostics: [Diagnostic]
    /// Set when the table was read from a workbook.
    var origin: TableOrigin? = nil
  }

  /// `files`: the campaign and unit files an unknown id is said to be missing from (the
  /// files read, `don_vi.xlsx` when the roster came as a workbook).
  static func readProgress(
    folder: String, chunkSize: Int?, campaigns campaignIndex: [String: Int], units unitIndex: [String: Int],
    files: (campaigns: String, units: String)
  ) -> ProgressRead {
    var diagnostics: [Diagnostic] = []
    // `ky` repeats a dozen months over ~100k rows; `ValueParser.month` folds the
    // text with Foundation each time (measured: 11 % of a 100k run), so parse each text once.
    var months: [String: CalendarMonth?] = [:]
    var fast: ProgressFastPath?
    var list: [Progress] = []
    // A chunked read that meets something unusual starts again on the whole file.
    func restart() {
      list = []
      fast = nil
    }
    let reader = Self.visit(
      Schemas.progress, folder: folder, chunkSize: chunkSize, diagnostics: &diagnostics, restart: restart
    ) { r, view in
      if fast == nil {
        fast = ProgressFastPath(reader: r, campaignIndex: campaignIndex, unitIndex: unitIndex)
      }
      if let p = fast!.progress(view) {
        list.append(p)
        return
      }
      // The slow way, field by field, with the messages of DATA.md.
      let rec = view.record
      let campaign = r.reference(
        rec, "ma_phong_trao", in: campaignIndex, what: "phong trào", sourceFile: files.campaigns)
      let unit = r.reference(rec, "ma_don_vi", in: unitIndex, what: "đơn vị", sourceFile: files.units)
      var month: CalendarMonth? = nil
      if let s = r.required(rec, "ky") {
        if let hit = months[s] {
          month = hit
        } else {
          month = ValueParser.month(s)
          if months.count < 65_536 { months[s] = month }
        }
        if month == nil {
          r.error(.invalidValue, rec, "ky", "tháng không hợp lệ: \"\(s)\" (cần dạng mm/yyyy)")
        }
      }
      let indicator = r.required(rec, "chi_tieu")
      var value: ExactDecimal? = nil
      if let s = r.required(rec, "gia_tri") {
        value = ValueParser.decimal(s)
        if value == nil { r.error(.invalidValue, rec, "gia_tri", "số không hợp lệ: \"\(s)\"") }
      }
      guard let campaign, let unit, let month, let indicator, let value else { return }
      list.append(
        Progress(
          campaign: campaign, unit: unit, month: month, indicator: indicator, value: value, line: rec.line))
    }
    guard let r = reader else { return ProgressRead(list: nil, diagnostics: diagnostics) }
    var origin: TableOrigin? = nil
    if case .cell = r.document.place {
      origin = TableOrigin(file: r.file, place: r.document.place, positions: r.position)
    }
    return ProgressRead(list: list, diagnostics: diagnostics + r.diagnostics, origin: origin)
  }
}
