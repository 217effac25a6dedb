import ArgumentParser
import Foundation
import ThiduaKit

/// `thidua run JOBS.toml`: the unattended exports of a jobs file, for cron.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Chạy các việc xuất báo cáo trong tệp danh sách việc (dùng cho cron).",
    discussion: """
      Mỗi việc xong in một dòng ra đầu ra chuẩn; lỗi ra đầu ra lỗi. Mã thoát: 0 mọi việc xong, \
      1 dữ liệu có lỗi, 2 tệp danh sách việc sai hoặc lỗi đọc/ghi tệp, 3 thư mục kết quả đang bị \
      một lần chạy khác khóa. Các việc khác vẫn chạy khi một việc lỗi.
      """)

  @Argument(help: "Tệp danh sách việc (TOML), ví dụ reports/jobs.example.toml.")
  var jobsFile: String

  @Flag(name: .customLong("dry-run"), help: "Chỉ in những gì sẽ ghi và sẽ xóa, không ghi gì.")
  var dryRun = false

  @Flag(help: "In cả các cảnh báo của dữ liệu.")
  var verbose = false

  @OptionGroup var definitions: DefinitionsOption

  func run() throws {
    let jobs: [Job]
    switch JobsFile.load(path: jobsFile) {
    case .failure(let mistakes):
      try finish(
        RunOutcome(
          exitCode: 2,
          stderr: mistakes.lines + [
            "thidua: tệp \(jobsFile) có \(mistakes.diagnostics.count) lỗi; không việc nào chạy"
          ]
        ))
      return
    case .success(let parsed):
      jobs = parsed
    }
    guard let definitions = try definitions.load() else { return }
    try finish(JobRunner(dryRun: dryRun, verbose: verbose, definitions: definitions).run(jobs))
  }
}
