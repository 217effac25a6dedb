import ArgumentParser
import ThiduaKit

struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Tạo thư mục dữ liệu trống: mọi tệp của mẫu với dòng tiêu đề, sẵn sàng để điền.",
    discussion: """
      Với --xlsx: mỗi bảng là một tệp Excel để điền (tiêu đề tiếng Việt, hướng dẫn, ô ngày và số đã định dạng, \
      danh sách chọn). Với --from THƯ_MỤC (một thư mục dữ liệu đã có): các bảng phong trào, cụm khối, đơn vị, \
      hình thức lấy sẵn từ đó, danh sách chọn mã đơn vị, cụm, phong trào, hình thức, và mỗi phong trào có \
      de_nghi/<mã phong trào>/<mã đơn vị>.xlsx: mẫu danh sách đề nghị gửi từng đơn vị (--from kéo theo --xlsx).
      """)

  @Argument(help: "Thư mục cần tạo.")
  var directory: String

  @Flag(help: "Ghi các bảng dạng Excel (.xlsx) để điền, thay cho CSV.")
  var xlsx = false

  @Option(
    name: .customLong("from"), help: "Thư mục dữ liệu đã có: lấy danh mục và mẫu danh sách cho từng đơn vị.")
  var source: String?

  @Flag(help: "Ghi đè các tệp đã có.")
  var force = false

  func run() throws {
    if xlsx || source != nil {
      try finish(Commands.initWorkbooks(directory, from: source, force: force))
    } else {
      try finish(Commands.initFolder(directory, force: force))
    }
  }
}
