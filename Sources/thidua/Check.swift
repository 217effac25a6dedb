import ArgumentParser
import ThiduaKit

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Đọc và kiểm tra toàn bộ dữ liệu, không ghi tệp nào; in các lỗi và cảnh báo.")

  @Option(help: "Thư mục dữ liệu.")
  var data: String

  @OptionGroup var asOf: AsOfOption

  func run() throws {
    try finish(Commands.check(data: data, asOf: try asOf.resolve()))
  }
}
