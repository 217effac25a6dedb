import ArgumentParser
import Foundation
import ThiduaKit

struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Ghi các biểu báo cáo (CSV và tong-ket.xlsx) cho từng phong trào.")

  @Option(help: "Thư mục dữ liệu.")
  var data: String

  @Option(help: "Mã phong trào (ma_phong_trao); lặp lại để chọn nhiều; mặc định: mọi phong trào.")
  var campaign: [String] = []

  @OptionGroup var asOf: AsOfOption

  @Option(help: "Thư mục ghi kết quả.")
  var out: String = "out"

  @Option(
    help: "Chỉ ghi các biểu này, cách nhau bằng dấu phẩy: \(ReportTable.names()) (mặc định: tất cả).")
  var tables: String?

  @OptionGroup var definitions: DefinitionsOption

  func run() throws {
    let day = try asOf.resolve()
    var chosen = Set(ReportTable.allCases)
    if let tables {
      guard let parsed = ReportTable.parseList(tables) else {
        throw ValidationError("--tables không hợp lệ: \"\(tables)\" (dùng \(ReportTable.names()))")
      }
      chosen = parsed
    }
    guard let definitions = try definitions.load() else { return }
    ProcessLifetime.keepsValuesUntilExit = true
    try finish(
      Commands.report(
        data: data, campaigns: campaign, asOf: day, out: out, tables: chosen, definitions: definitions))
  }

}
