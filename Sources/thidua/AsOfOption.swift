import ArgumentParser
import Core
import Foundation
import Tabular
import ThiduaKit

/// `--as-of DATE`: `yyyy-mm-dd` or `dd/mm/yyyy`; today in Vietnam when absent.
struct AsOfOption: ParsableArguments {
  @Option(
    name: .customLong("as-of"),
    help: "Ngày chốt số liệu (yyyy-mm-dd hoặc dd/mm/yyyy); mặc định là hôm nay (giờ Việt Nam).")
  var asOf: String?

  /// Refuses a wrong date while parsing, so the error is followed by the command's usage.
  /// (Without it, today in Vietnam is taken when the command runs, in `resolve()`.)
  func validate() throws {
    if asOf != nil { _ = try resolve() }
  }

  func resolve() throws -> CalendarDay {
    guard let text = asOf else { return VietnamClock.today() }
    guard let day = ValueParser.date(text.trimmingCharacters(in: .whitespaces)) else {
      throw ValidationError("ngày --as-of không hợp lệ: \"\(text)\" (cần yyyy-mm-dd hoặc dd/mm/yyyy)")
    }
    return day
  }
}
