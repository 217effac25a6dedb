import Core
import Foundation
import Tabular

/// Writes reports so that a reader never sees half a file and a failed run
/// leaves earlier outputs as they were: every file is rendered into a staging
/// folder inside the output folder first, and only when all of them are
/// written are they renamed into place (a rename within one file system is atomic).
/// A campaign folder that does not exist yet is renamed into place whole, so
/// someone browsing the shared folder sees all of its files appear at once.
public struct ReportWriter {
  public let outputFolder: String
  /// Renders one file's content at a path. Only tests replace it: a renderer that
  /// fails half way through a file is how they show that a crash mid-write
  /// leaves the previous export intact and no staging folder behind.
  public var renderFile: (OutputContent, String) throws -> Void

  public init(
    outputFolder: String, render: @escaping (OutputContent, String) throws -> Void = ReportWriter.render
  ) {
    self.outputFolder = outputFolder
    self.renderFile = render
  }

  /// The prefix of staging folders: `.thidua-tmp-<pid>-<random>`.
  public static let stagingPrefix = ".thidua-tmp-"

  /// One campaign's files: its folder name (safe) and what goes in it.
  public struct Batch {
    public var folder: String
    public var files: [(name: String, content: OutputContent)]
    public init(folder: String, files: [(name: String, content: OutputContent)]) {
      self.folder = folder
      self.files = files
    }
  }

  /// Writes every batch; returns the paths written, in order. Throws a
  /// `WriteError` (and leaves the output folder's existing files untouched) on failure.
  public func write(_ batches: [Batch]) throws -> [String] {
    Trace.mark("writing")
    // What loading and the tables freed, given back before writing grows the process.
    FreedMemory.giveBack()
    let fm = FileManager.default
    do {
      try fm.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
    } catch {
      throw WriteError(
        path: outputFolder, reason: "không tạo được thư mục kết quả: \(error.localizedDescription)")
    }
    Self.removeStaleStaging(in: outputFolder)
    let staging = (outputFolder as NSString).appendingPathComponent(
      "\(Self.stagingPrefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    defer { try? fm.removeItem(atPath: staging) }
    var jobs: [RenderJob] = []
    for batch in batches {
      try Self.checkRelative(batch.folder)
      let stagedDir = (staging as NSString).appendingPathComponent(batch.folder)
      do {
        try fm.createDirectory(atPath: stagedDir, withIntermediateDirectories: true)
      } catch {
        throw WriteError(path: stagedDir, reason: "không tạo được thư mục tạm: \(error.localizedDescription)")
      }
      for (name, content) in batch.files {
        try Self.checkRelative(name)
        jobs.append(
          RenderJob(
            content: content, staged: (stagedDir as NSString).appendingPathComponent(name),
            final: ((outputFolder as NSString).appendingPathComponent(batch.folder) as NSString)
              .appendingPathComponent(name)))
      }
    }
    try renderAll(jobs)
    Trace.mark("all rendered")
    var written: [String] = []
    for batch in batches {
      let stagedDir = (staging as NSString).appendingPathComponent(batch.folder)
      let finalDir = (outputFolder as NSString).appendingPathComponent(batch.folder)
      let finals = batch.files.map { (finalDir as NSString).appendingPathComponent($0.name) }
      try Self.createDirectory((finalDir as NSString).deletingLastPathComponent)
      // A new folder goes into place in one rename; an existing one (a rerun) file by file.
      if !fm.fileExists(atPath: finalDir), rename(stagedDir, finalDir) == 0 {
        written += finals
        continue
      }
      try Self.createDirectory(finalDir)
      for (file, final) in zip(batch.files, finals) {
        let staged = (stagedDir as NSString).appendingPathComponent(file.name)
        guard rename(staged, final) == 0 else {
          throw WriteError(path: final, reason: "không ghi được tệp: \(Self.describe(errno: errno))")
        }
        written.append(final)
      }
    }
    return written
  }

  static func createDirectory(_ dir: String) throws {
    do {
      try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    } catch {
      throw WriteError(path: dir, reason: "không tạo được thư mục: \(error.localizedDescription)")
    }
  }

  /// A batch folder or file name must stay inside the output folder whatever the
  /// data says; callers already make names safe, this is the last guard.
  static func checkRelative(_ path: String) throws {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
      throw WriteError(path: path, reason: "tên thư mục hoặc tệp kết quả không an toàn")
    }
  }

  /// Removes staging folders left by runs that were killed (their process is
  /// gone), so a crash leaves no litter for long. A live run's folder is kept.
  public static func removeStaleStaging(in folder: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where name.hasPrefix(stagingPrefix) {
      let pid = name.dropFirst(stagingPrefix.count).split(separator: "-").first.flatMap { Int32($0) }
      guard let pid, pid != getpid() else { continue }
      if kill(pid, 0) == -1 && errno == ESRCH {
        try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
      }
    }
  }

  /// One file to render: what, where it is staged, and where it will end up.
  struct RenderJob {
    var content: OutputContent
    var staged: String
    var final: String
  }

  /// Renders the workbooks on one thread and the CSV files on another.
  ///
  /// Measured: libxlsxwriter (half of it zlib) is the floor of a run — 2.7 s
  /// for a 283k-row list at 1M nominations — so the CSV copies are written
  /// on the second core while it works instead of after it. Each file is
  /// rendered alone, so the bytes do not depend on the interleaving; when
  /// several files fail, the first in file order is the one reported, naming
  /// the file the operator knows rather than the staging folder about to go.
  func renderAll(_ jobs: [RenderJob]) throws {
    let isWorkbook: (RenderJob) -> Bool = {
      if case .workbook = $0.content { return true } else { return false }
    }
    let lanes = [jobs.indices.filter { isWorkbook(jobs[$0]) }, jobs.indices.filter { !isWorkbook(jobs[$0]) }]
    let errors = ErrorSlots(count: jobs.count)
    let render = renderFile
    let run = { (i: Int) in
      do {
        try render(jobs[i].content, jobs[i].staged)
        Trace.mark("rendered \((jobs[i].final as NSString).lastPathComponent)")
      } catch var e as WriteError {
        e.path = jobs[i].final
        errors.set(i, e)
      } catch {
        errors.set(i, error)
      }
    }
    if lanes.allSatisfy({ !$0.isEmpty }) {
      DispatchQueue.concurrentPerform(iterations: 2) { lane in
        for i in lanes[lane] { run(i) }
      }
    } else {
      for i in jobs.indices { run(i) }
    }
    if let first = errors.first() { throw first }
  }

  /// Renders one file the real way: CSV bytes, the workbook through libxlsxwriter, or bytes as given.
  public static func render(_ content: OutputContent, to path: String) throws {
    switch content {
    case .bytes(let bytes):
      try writeBytes(bytes, to: path)
    case .csv(let table):
      try writeFile(path) { fd in
        try CSVRenderer.render(table, chunkSize: 1 << 20) { try writeAll($0, to: fd, path: path) }
      }
    case .workbook(let document):
      do {
        try XLSXRenderer.write(document, to: path)
      } catch {
        // libxlsxwriter reports a failed zip write without errno; a full disk is
        // the usual cause, and the operator should read it in those words.
        if isFull(folderOf: path) {
          throw WriteError(path: path, reason: describe(errno: ENOSPC))
        }
        throw WriteError(path: path, reason: "không ghi được bảng tính: \(error)")
      }
    }
  }

  /// Whether the file system holding `path` has no free block left for us.
  static func isFull(folderOf path: String) -> Bool {
    var info = statvfs()
    let folder = (path as NSString).deletingLastPathComponent
    return statvfs(folder.isEmpty ? "." : folder, &info) == 0 && info.f_bavail == 0
  }

  /// The system's reason in words, Vietnamese first for the causes an operator
  /// can act on (a full disk, no permission).
  public static func describe(errno code: Int32) -> String {
    let system = String(cString: strerror(code))
    switch code {
    case ENOSPC: return "đĩa đã đầy (\(system))"
    case EDQUOT: return "vượt hạn mức dung lượng đĩa (\(system))"
    case EACCES, EPERM: return "không có quyền ghi (\(system))"
    case EROFS: return "ổ đĩa chỉ cho phép đọc (\(system))"
    default: return system
    }
  }

  /// Writes all bytes and flushes them, reporting a full disk instead of a short file.
  public static func writeBytes(_ bytes: [UInt8], to path: String) throws {
    try writeFile(path) { try writeAll(bytes, to: $0, path: path) }
  }

  /// Creates `path`, lets `body` write to it, then flushes it to disk.
  static func writeFile(_ path: String, _ body: (Int32) throws -> Void) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw WriteError(path: path, reason: Self.describe(errno: errno)) }
    defer { close(fd) }
    try body(fd)
    guard fsync(fd) == 0 || errno == EINVAL else {
      throw WriteError(path: path, reason: Self.describe(errno: errno))
    }
  }

  /// Writes all of `bytes`, retrying short writes and EINTR.
  static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws {
    var offset = 0
    try bytes.withUnsafeBytes { raw in
      while offset < raw.count {
        let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          throw WriteError(path: path, reason: Self.describe(errno: errno))
        }
        offset += n
      }
    }
  }
}
