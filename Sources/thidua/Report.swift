import ArgumentParser
import Foundation
import ThiduaKit

struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Ghi các biểu báo cáo (CSV và tong-ket.xlsx) cho từng phong trào.")

  @Option(help: "Thư mục dữ liệu.")
  var data: String

  @OptionGroup var options: ReportOptions<Report>

  func run() throws {
    let day = try options.asOf.resolve()
    let chosen = try options.chosenTables()
    guard let definitions = try options.definitions.load() else { return }
    try finish(
      Commands.report(
        data: data, campaigns: options.campaign, asOf: day, out: options.out, tables: chosen,
        definitions: definitions, keepsValuesUntilExit: true))
  }
}

extension Report: WritesTables {
  static let tableCommand = ReportTable.Command.report
}
