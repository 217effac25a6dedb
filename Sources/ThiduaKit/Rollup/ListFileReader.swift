import Core
import Foundation
import Tabular

/// Reads a received `danh-sach.csv` back (REPORTS.md T5: "so the list can be
/// read back by a machine"): the header is T5's (with, from a roll-up, a last
/// column Đơn vị báo cáo); a row whose STT is a Roman numeral is an award's
/// heading, its name the award's name as the catalogue writes it (matched
/// after folding against the upper catalogue); a row with an empty STT and
/// `Tập thể`, `Hộ gia đình` or `Cá nhân` (optionally `: N`) is a kind's
/// heading; a row numbered 1, 2, 3… is an entry of the last headings.
struct ListFileReader {
  /// The folded header T5 writes, from the upper level's definitions.
  let header: [String]
  let reportingOffice: String
  /// The header as T5 writes it, for the message.
  let labels: [String]
  let reportingLabel: String
  private let awardByName: [String: Int]

  init(catalogue: [AwardForm], definitions: ReportDefinitions) {
    let def = definitions.table("T5")
    labels = (["stt", "name", "position", "unit", "decision_no", "decision_date", "achievement"]).map {
      def.label($0)
    }
    header = labels.map(Fold.key)
    reportingLabel = def.label("reporting_office")
    reportingOffice = Fold.key(reportingLabel)
    var byName: [String: Int] = [:]
    for (i, a) in catalogue.enumerated() {
      for key in [Fold.key(a.name), Fold.key(a.code)] where byName[key] == nil { byName[key] = i }
    }
    awardByName = byName
  }

  /// The list at `path` (named `file` in messages), or its errors.
  func read(path: String, file: String) -> (ReceivedList, [Diagnostic]) {
    let doc: CSVDocument
    do {
      doc = try CSVReader.read(path: path, file: file)
    } catch let d as Diagnostic {
      return (ReceivedList(), [d])
    } catch {
      return (
        ReceivedList(), [Diagnostic(.error, .unreadableFile, file: file, "không đọc được tệp: \(error)")]
      )
    }
    let folded = doc.header.map(Fold.key)
    guard folded == header || folded == header + [reportingOffice] else {
      return (
        ReceivedList(),
        [
          Diagnostic(
            .error, .missingColumn, file: file, line: doc.header.isEmpty ? nil : doc.headerLine,
            "dòng tiêu đề không phải của danh sách khen thưởng (cần các cột: "
              + labels.joined(separator: ", ") + ", có thể thêm cột cuối \"\(reportingLabel)\")")
        ]
      )
    }
    var list = ReceivedList()
    var errors: [Diagnostic] = []
    var award: Int?
    var kind: NomineeKind?
    var skipping = false  // under an award heading already reported unknown
    for record in doc.records {
      let f = record.fields + [String](repeating: "", count: max(0, 7 - record.fields.count))
      let stt = f[0]
      if ValueParser.integer(stt) != nil {
        if skipping { continue }
        guard let award, let kind else {
          errors.append(
            Diagnostic(
              .error, .invalidValue, file: file, line: record.line,
              "dòng \(stt) không nằm dưới dòng tiêu đề hình thức khen thưởng và đối tượng nào"))
          continue
        }
        var date: CalendarDay?
        if !f[5].isEmpty {
          date = ValueParser.date(f[5])
          if date == nil {
            errors.append(
              Diagnostic(
                .error, .invalidValue, file: file, line: record.line, column: "ngay_quyet_dinh",
                "ngày không hợp lệ: \"\(f[5])\" (cần dạng dd/mm/yyyy)"))
          }
        }
        list.entries.append(
          ReceivedList.Entry(
            award: award, kind: kind, name: f[1], position: f[2], unit: f[3], decisionNumber: f[4],
            decisionDate: date, achievement: f[6]))
      } else if stt.isEmpty, let k = Self.kind(f[1]) {
        if skipping { continue }
        guard award != nil else {
          errors.append(
            Diagnostic(
              .error, .invalidValue, file: file, line: record.line,
              "dòng \"\(f[1])\" không nằm dưới dòng tiêu đề hình thức khen thưởng nào"))
          continue
        }
        kind = k
      } else if !stt.isEmpty {
        kind = nil
        award = awardByName[Fold.key(f[1])]
        skipping = award == nil
        if award == nil {
          errors.append(
            Diagnostic(
              .error, .unknownReference, file: file, line: record.line, column: "ma_hinh_thuc",
              "hình thức \"\(f[1])\" không có trong danh mục hình thức khen thưởng của cấp trên"))
        }
      } else {
        errors.append(
          Diagnostic(
            .error, .invalidValue, file: file, line: record.line,
            "dòng không phải dòng tiêu đề hình thức, đối tượng hay dòng danh sách (cột STT trống)"))
      }
    }
    return (list, errors)
  }

  /// `Tập thể`, `Hộ gia đình`, `Cá nhân`, optionally followed by `: N`.
  static func kind(_ text: String) -> NomineeKind? {
    let head = text.split(separator: ":", maxSplits: 1).first.map(String.init) ?? text
    return NomineeKind(folded: Fold.key(head))
  }
}
