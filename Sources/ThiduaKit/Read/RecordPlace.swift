import Foundation

/// How a record's place in its file is written in messages: a CSV file's line, or a
/// workbook's cell (DATA.md "Spreadsheets": `de_nghi.xlsx:D12`, with the sheet name when
/// the workbook has more than one sheet: `de_nghi.xlsx:DANHSACH!D12`).
///
/// A workbook's records keep their row number as their line, and field `i` of a record is
/// column `i` of the sheet (A is 0), so a message about a column names that column's cell.
public enum RecordPlace: Sendable, Equatable {
  case line
  /// `sheet` is nil when the workbook has a single sheet.
  case cell(sheet: String?)

  /// The cell of field `field` on row `row`; nil for a CSV file (its line says it all).
  public func cell(row: Int, field: Int) -> String? {
    guard case .cell(let sheet) = self else { return nil }
    let ref = Self.columnLetters(field) + String(row)
    guard let sheet else { return ref }
    return Self.quotedSheet(sheet) + "!" + ref
  }

  /// `A` for 0, `Z` for 25, `AA` for 26, `XFD` for 16,383.
  public static func columnLetters(_ index: Int) -> String {
    var n = max(index, 0) + 1
    var letters: [UInt8] = []
    while n > 0 {
      let r = (n - 1) % 26
      letters.append(UInt8(65 + r))
      n = (n - 1) / 26
    }
    return String(decoding: letters.reversed(), as: UTF8.self)
  }

  /// A sheet name as Excel writes it in a reference: quoted (`'Danh sách'!D12`) when it
  /// holds anything but letters, digits and `_`, a quote inside doubled.
  static func quotedSheet(_ name: String) -> String {
    let plain =
      !name.isEmpty
      && name.unicodeScalars.allSatisfy {
        $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_"
      }
    if plain { return name }
    return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
  }
}
