import Foundation
import Tabular

extension Commands {
  /// `thidua init DIR --xlsx [--from DATA]`: a fill-in workbook per table of
  /// DATA.md and `to_chuc.toml`; from an existing data folder, the roster tables
  /// filled in with its rows, drop-downs of its ids, and for every campaign a
  /// list template per unit, `de_nghi/<ma_phong_trao>/<ma_don_vi>.xlsx`.
  ///
  /// Like plain `init`, files already there are not replaced without `force`;
  /// a table's CSV already there is never left beside its new workbook (the
  /// folder would then have the table twice, an error when read), force or not.
  public static func initWorkbooks(_ folder: String, from source: String?, force: Bool = false) -> RunOutcome
  {
    var outcome = RunOutcome()
    var data: DataSet?
    if let source {
      guard let loaded = load(source, into: &outcome) else { return outcome }
      data = loaded.dataSet
    }
    let lists = data.map(CodeLists.init) ?? CodeLists()
    var forms: [(path: String, form: FillInForm)] = Schemas.all.map {
      (TableForms.fileName($0), TableForms.form($0, lists: lists, data: data))
    }
    if let data {
      // A list is found by its folder and file names, which are the ids themselves: an id
      // that is no safe file name (a `/` in it) gets no template rather than a wrong one.
      for campaign in data.campaigns {
        guard SafeFileName.make(campaign.id) == campaign.id else {
          outcome.stderr.append(
            "thidua: cảnh báo: không tạo mẫu danh sách cho phong trào \"\(campaign.id)\": mã có ký tự "
              + "không dùng được trong tên thư mục")
          continue
        }
        for u in data.roster {
          let unit = data.units[u]
          guard SafeFileName.make(unit.id) == unit.id else {
            outcome.stderr.append(
              "thidua: cảnh báo: không tạo mẫu danh sách cho đơn vị \"\(unit.id)\": mã có ký tự "
                + "không dùng được trong tên tệp")
            continue
          }
          forms.append(
            (
              "de_nghi/\(campaign.id)/\(unit.id).xlsx",
              UnitListForm.form(campaign: campaign, unit: unit, lists: lists)
            ))
        }
      }
    }
    let toml = (Schemas.organisationFile, Array(organisationTOML(data?.organisation ?? Organisation()).utf8))
    let written = forms.map(\.path) + [toml.0]
    if let refusal = refusal(folder, writing: written, force: force) {
      outcome.stderr.append(refusal)
      outcome.exitCode = 2
      return outcome
    }
    let root = folder as NSString
    do {
      for (name, form) in forms {
        let path = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(
          atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FillInFormWriter.write(form, to: path)
        outcome.stdout.append(path)
      }
      let path = root.appendingPathComponent(toml.0)
      try ReportWriter.writeBytes(toml.1, to: path)
      outcome.stdout.append(path)
    } catch {
      outcome.stderr.append("thidua: \(error)")
      outcome.exitCode = 2
    }
    return outcome
  }

  /// Why `init` must not write `names` into `folder`, or nil: files already
  /// there (without `force`), or a table's other form (`de_nghi.csv` beside a new
  /// `de_nghi.xlsx`), which `force` does not remove.
  static func refusal(_ folder: String, writing names: [String], force: Bool) -> String? {
    let fm = FileManager.default
    let root = folder as NSString
    func exists(_ name: String) -> Bool { fm.fileExists(atPath: root.appendingPathComponent(name)) }
    let existing = names.filter(exists)
    var twins: [String] = []
    for name in names {
      let stem = (name as NSString).deletingPathExtension
      switch (name as NSString).pathExtension {
      case "xlsx": if exists(stem + ".csv") { twins.append(stem + ".csv") }
      case "csv": if exists(stem + ".xlsx") { twins.append(stem + ".xlsx") }
      default: break
      }
    }
    func listed(_ names: [String]) -> String {
      names.count <= 8
        ? names.joined(separator: ", ")
        : names.prefix(8).joined(separator: ", ") + " và \(names.count - 8) tệp khác"
    }
    if !twins.isEmpty {
      return "thidua: thư mục \(folder) đã có \(listed(twins)): một bảng không được có cả tệp .csv và .xlsx; "
        + "hãy chuyển các tệp đó đi hoặc chọn thư mục khác"
    }
    if !existing.isEmpty && !force {
      return "thidua: thư mục \(folder) đã có tệp \(listed(existing)); không ghi đè (dùng --force để ghi đè)"
    }
    return nil
  }

  /// `to_chuc.toml` with the organisation's values (empty ones for a new folder) and a comment for each key.
  static func organisationTOML(_ o: Organisation) -> String {
    func q(_ s: String) -> String {
      var out = "\""
      for ch in s.unicodeScalars {
        switch ch {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case _ where ch.value < 0x20 || ch.value == 0x7F: out += String(format: "\\u%04X", ch.value)
        default: out.unicodeScalars.append(ch)
        }
      }
      return out + "\""
    }
    return """
      # Thông tin cơ quan ban hành báo cáo (phần đầu và chữ ký của biểu).
      # Mọi khóa đều không bắt buộc; bỏ trống thì chỗ đó để trống.
      co_quan_chu_quan = \(q(o.governingBody))      # cơ quan chủ quản, góc trên bên trái, ví dụ "UBND HUYỆN VĂN QUAN"
      co_quan_ban_hanh = \(q(o.issuingOffice))      # cơ quan ban hành, dưới dòng trên, ví dụ "PHÒNG NỘI VỤ"
      dia_danh = \(q(o.place))              # địa danh ở dòng ngày tháng, ví dụ "Văn Quan"
      chuc_vu_nguoi_ky = \(q(o.signerTitle))      # chức vụ người ký, mỗi dòng cách nhau \\n, ví dụ "KT. TRƯỞNG PHÒNG\\nPHÓ TRƯỞNG PHÒNG"
      nguoi_ky = \(q(o.signer))              # họ tên người ký
      nguoi_lap_bieu = \(q(o.preparedBy))        # họ tên người lập biểu

      """
  }
}
