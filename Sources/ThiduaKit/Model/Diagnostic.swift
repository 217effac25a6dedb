import Foundation

/// One problem found in the input, with where it is.
///
/// Printed as `file:line: column: message` (DATA.md); warnings also become
/// rows of table T6, which is why they carry the campaign, unit and ids.
public struct Diagnostic: Error, Sendable, Equatable {
  public enum Severity: Int, Sendable, Comparable {
    case warning = 0
    case error = 1
    public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
    public var label: String { self == .error ? "Lỗi" : "Cảnh báo" }
  }

  /// What kind of problem: T6's "Loại" column, and what tests look for.
  public enum Kind: String, Sendable, CaseIterable {
    // errors
    case missingFile, unreadableFile, missingColumn, missingValue, invalidValue, duplicateID, unknownReference
    case invalidTOML
    /// A workbook that cannot be read (an old `.xls`, a password, a damaged zip, a refused
    /// part); both `X.csv` and `X.xlsx` for one table.
    case invalidWorkbook, twoFiles
    // warnings of DATA.md
    case unknownColumn, unknownKey
    case outOfPeriod, afterDeadline, missingDecision, duplicatePerson, notRegistered
    case quotaBelowMinimum, quotaAboveMaximum
    /// REPORTS.md T6: a unit with no list in `de_nghi/<campaign>/` and no nomination in
    /// `de_nghi.csv`, before the deadline and after it.
    case listNotSent, listLate
    // warnings of a roll-up (REPORTS.md "Roll-up")
    case reportNotSent, unknownCampaignFolder

    /// The Vietnamese name shown in T6 and on standard error.
    public var label: String {
      switch self {
      case .missingFile: return "Thiếu tệp"
      case .unreadableFile: return "Không đọc được tệp"
      case .missingColumn: return "Thiếu cột"
      case .missingValue: return "Thiếu giá trị"
      case .invalidValue: return "Giá trị không hợp lệ"
      case .duplicateID: return "Trùng mã"
      case .unknownReference: return "Mã không tồn tại"
      case .invalidTOML: return "Tệp TOML không hợp lệ"
      case .invalidWorkbook: return "Tệp bảng tính không đọc được"
      case .twoFiles: return "Hai tệp cho một bảng"
      case .unknownColumn: return "Cột không xác định"
      case .unknownKey: return "Khóa không xác định"
      case .outOfPeriod: return "Ngoài thời gian phong trào"
      case .afterDeadline: return "Quá hạn đề nghị"
      case .missingDecision: return "Thiếu quyết định khen thưởng"
      case .duplicatePerson: return "Trùng người được đề nghị"
      case .notRegistered: return "Chưa đăng ký thi đua"
      case .quotaBelowMinimum: return "Chưa đạt chỉ tiêu"
      case .quotaAboveMaximum: return "Vượt chỉ tiêu"
      case .listNotSent: return "Chưa gửi danh sách đề nghị"
      case .listLate: return "Quá hạn gửi danh sách đề nghị"
      case .reportNotSent: return "Chưa gửi báo cáo"
      case .unknownCampaignFolder: return "Thư mục phong trào không xác định"
      }
    }
  }

  public var severity: Severity
  public var kind: Kind
  /// The file name inside the data folder (`de_nghi.csv`).
  public var file: String
  /// 1-based physical line where the record starts (a workbook's row number); nil for a whole file.
  public var line: Int?
  /// In a workbook, the cell (`D12`, or `DANHSACH!D12` when the workbook has several
  /// sheets): shown instead of the line. nil for a CSV file.
  public var cell: String?
  /// The canonical column name (`ngay_de_nghi`), or nil.
  public var column: String?
  /// The column as the file's header writes it (`Họ và tên`) when that is not `column`
  /// itself: messages name both, `Họ và tên (ten)`, so the clerk finds the column in the
  /// file and the contract's name is still there to look up.
  public var header: String?
  /// Vietnamese text: what is wrong, and the value.
  public var message: String
  public var campaignID: String?
  public var unitID: String?
  public var nominationIDs: [String]

  public init(
    _ severity: Severity, _ kind: Kind, file: String, line: Int? = nil, column: String? = nil,
    _ message: String, campaignID: String? = nil, unitID: String? = nil, nominationIDs: [String] = [],
    cell: String? = nil, header: String? = nil
  ) {
    self.severity = severity
    self.kind = kind
    self.file = file
    self.line = line
    self.cell = cell
    self.column = column
    self.message = message
    self.campaignID = campaignID
    self.unitID = unitID
    self.nominationIDs = nominationIDs
    self.header = header
  }

  /// The column as messages name it: `Họ và tên (ten)` when the file heads it otherwise,
  /// else the contract's name alone (`ngay_de_nghi`). A header's line breaks become spaces.
  public var columnText: String? {
    guard let column else { return nil }
    guard let header, !header.isEmpty, header != column else { return column }
    let oneLine = header.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
    return "\(oneLine) (\(column))"
  }

  /// `de_nghi.csv:12`, `de_nghi.xlsx:D12`, or the file alone: T6's "Vị trí" and the
  /// start of every printed line.
  public var location: String {
    if let cell { return "\(file):\(cell)" }
    if let line { return "\(file):\(line)" }
    return file
  }

  /// `de_nghi.csv:12: ngay_de_nghi: lỗi: message` (`cảnh báo:` for a warning);
  /// `de_nghi.csv:12: Ngày đề nghị (ngay_de_nghi): lỗi: …` when the file heads it so.
  public var formatted: String {
    var s = location
    s += ": "
    if let column = columnText { s += "\(column): " }
    s += severity == .error ? "lỗi: " : "cảnh báo: "
    return s + message
  }
}
