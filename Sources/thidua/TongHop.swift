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

  @Option(help: "Mã phong trào (ma_phong_trao); lặp lại để chọn nhiều; mặc định: mọi phong trào.")
  var campaign: [String] = []

  @OptionGroup var asOf: AsOfOption

  @Option(help: "Thư mục ghi kết quả.")
  var out: String = "out"

  @Option(
    help:
      "Chỉ ghi các biểu này, cách nhau bằng dấu phẩy: so-lieu,T1,T2,tinh-hinh-gui,T5,T6 (mặc định: tất cả).")
  var tables: String?

  @OptionGroup var definitions: DefinitionsOption

  func run() throws {
    let day = try asOf.resolve()
    var chosen = Set(RollupTable.allCases)
    if let tables {
      guard let parsed = RollupTable.parseList(tables) else {
        throw ValidationError("--tables không hợp lệ: \"\(tables)\" (dùng so-lieu,T1,T2,tinh-hinh-gui,T5,T6)")
      }
      chosen = parsed
    }
    guard let definitions = try definitions.load() else { return }
    try finish(
      Commands.tongHop(
        data: data, from: from, campaigns: campaign, asOf: day, out: out, tables: chosen,
        definitions: definitions))
  }
}
