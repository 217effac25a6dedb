import ArgumentParser
import ThiduaKit

struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Tạo thư mục dữ liệu trống: mọi tệp của mẫu với dòng tiêu đề, sẵn sàng để điền.")

  @Argument(help: "Thư mục cần tạo.")
  var directory: String

  @Flag(help: "Ghi đè các tệp đã có.")
  var force = false

  func run() throws {
    try finish(Commands.initFolder(directory, force: force))
  }
}
