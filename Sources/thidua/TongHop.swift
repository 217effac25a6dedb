import ArgumentParser
import Core
import Foundation
import ThiduaKit

/// `thidua tong-hop`: the level above (a province, a ministry) adds up the
/// reports its offices sent (REPORTS.md "Roll-up").
struct TongHop: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tong-hop",
    abstract: "Tổng hợp báo cáo (so-lieu.csv, danh-sach.csv) của các đơn vị cấp dưới gửi lên.")

  @Option(
    help:
      "Thư mục dữ liệu của cấp tổng hợp: phong_trao.csv, cum_khoi.csv, don_vi.csv (các đơn vị gửi báo cáo).")
  var data: String

  @Option(help: "Thư mục các báo cáo nhận được: <from>/<ma_phong_trao>/<mã hoặc tên đơn vị>/so-lieu.csv.")
  var from: String

  @OptionGroup var options: ReportOptions<TongHop>

  func run() throws {
    let day = try options.asOf.resolve()
    let chosen = try options.chosenTables()
    guard let definitions = try options.definitions.load() else { return }
    try finish(
      Commands.tongHop(
        data: data, from: from, campaigns: options.campaign, asOf: day, out: options.out, tables: chosen,
        definitions: definitions))
  }
}

extension TongHop: WritesTables {
  static let tableCommand = ReportTable.Command.rollup
}
