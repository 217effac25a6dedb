import Core
import Foundation
import TOMLKit

/// The small `.thidua-job` file written inside every export of a job: which
/// job, campaign and as-of date produced the folder and which files it wrote.
/// Retention deletes only folders carrying a marker of its own job and
/// campaign, and in them only the files the marker lists — a document someone
/// saved into the shared folder is never touched. It holds no time stamp, so a
/// rerun for the same period writes the same bytes.
public struct JobMarker: Sendable, Equatable {
  public static let fileName = ".thidua-job"

  public var job: String
  public var campaign: String
  public var asOf: CalendarDay
  public var files: [String]

  public init(job: String, campaign: String, asOf: CalendarDay, files: [String]) {
    self.job = job
    self.campaign = campaign
    self.asOf = asOf
    self.files = files
  }

  /// The marker as TOML, keys in a fixed order.
  public var bytes: [UInt8] {
    let text = """
      # thidua: bản xuất tự động của một việc (job); dùng để dọn các bản cũ. Đừng sửa hay xóa.
      # thidua: an unattended export of one job; used to prune old exports. Do not edit or delete.
      job = \(Self.quoted(job))
      campaign = \(Self.quoted(campaign))
      as_of = \(Self.quoted(asOf.iso))
      files = [\(files.map(Self.quoted).joined(separator: ", "))]

      """
    return Array(text.utf8)
  }

  /// Reads a marker file; nil when absent or not a marker (then the folder is not ours).
  public static func read(folder: String) -> JobMarker? {
    let path = (folder as NSString).appendingPathComponent(fileName)
    guard let data = FileManager.default.contents(atPath: path), data.count < 1 << 20,
      let table = try? TOMLTable(string: String(decoding: data, as: UTF8.self)),
      let job = table["job"]?.string, let campaign = table["campaign"]?.string,
      let stamp = table["as_of"]?.string, let files = table["files"]?.array
    else { return nil }
    let parts = stamp.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, let day = CalendarDay(year: parts[0], month: parts[1], day: parts[2]) else {
      return nil
    }
    return JobMarker(job: job, campaign: campaign, asOf: day, files: files.compactMap { $0.string })
  }

  /// A TOML basic string: quotes, backslashes and control characters escaped.
  static func quoted(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
