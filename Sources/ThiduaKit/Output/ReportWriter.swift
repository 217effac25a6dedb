import Foundation
import Tabular

/// Writes reports so that a reader never sees half a file and a failed run
/// leaves earlier outputs as they were: every file is rendered into a staging
/// folder inside the output folder first, and only when all of them are
/// written are they renamed into place (a rename within one file system is atomic).
public struct ReportWriter {
  public let outputFolder: String

  public init(outputFolder: String) { self.outputFolder = outputFolder }

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
    let fm = FileManager.default
    do {
      try fm.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
    } catch {
      throw WriteError(
        path: outputFolder, reason: "không tạo được thư mục kết quả: \(error.localizedDescription)")
    }
    let staging = (outputFolder as NSString).appendingPathComponent(
      ".thidua-tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    defer { try? fm.removeItem(atPath: staging) }
    var moves: [(from: String, to: String)] = []
    var jobs: [(content: OutputContent, path: String)] = []
    for batch in batches {
      let stagedDir = (staging as NSString).appendingPathComponent(batch.folder)
      do {
        try fm.createDirectory(atPath: stagedDir, withIntermediateDirectories: true)
      } catch {
        throw WriteError(path: stagedDir, reason: "không tạo được thư mục tạm: \(error.localizedDescription)")
      }
      for (name, content) in batch.files {
        let staged = (stagedDir as NSString).appendingPathComponent(name)
        jobs.append((content, staged))
        let final = ((outputFolder as NSString).appendingPathComponent(batch.folder) as NSString)
          .appendingPathComponent(name)
        moves.append((staged, final))
      }
    }
    try Self.renderAll(jobs)
    var written: [String] = []
    for (from, to) in moves {
      let dir = (to as NSString).deletingLastPathComponent
      do {
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
      } catch {
        throw WriteError(path: dir, reason: "không tạo được thư mục: \(error.localizedDescription)")
      }
      guard rename(from, to) == 0 else {
        throw WriteError(path: to, reason: "không ghi được tệp: \(String(cString: strerror(errno)))")
      }
      written.append(to)
    }
    return written
  }

  /// Renders the workbooks on one thread and the CSV files on another.
  ///
  /// Measured: libxlsxwriter (half of it zlib) is the floor of a run — 2.7 s
  /// for a 283k-row list at 1M nominations — so the CSV copies are written
  /// on the second core while it works instead of after it. Each file is
  /// rendered alone, so the bytes do not depend on the interleaving; when
  /// several files fail, the first in file order is the one reported.
  static func renderAll(_ jobs: [(content: OutputContent, path: String)]) throws {
    let workbooks = jobs.indices.filter {
      if case .workbook = jobs[$0].content { return true } else { return false }
    }
    let others = jobs.indices.filter {
      if case .workbook = jobs[$0].content { return false } else { return true }
    }
    guard !workbooks.isEmpty, !others.isEmpty else {
      for job in jobs { try render(job.content, to: job.path) }
      return
    }
    let errors = ErrorSlots(count: jobs.count)
    DispatchQueue.concurrentPerform(iterations: 2) { lane in
      for i in lane == 0 ? workbooks : others {
        do { try render(jobs[i].content, to: jobs[i].path) } catch { errors.set(i, error) }
      }
    }
    if let first = errors.first() { throw first }
  }

  static func render(_ content: OutputContent, to path: String) throws {
    switch content {
    case .csv(let table):
      try writeBytes(CSVRenderer.render(table), to: path)
    case .workbook(let document):
      do {
        try XLSXRenderer.write(document, to: path)
      } catch {
        throw WriteError(path: path, reason: "không ghi được bảng tính: \(error)")
      }
    }
  }

  /// Writes all bytes and flushes them, reporting a full disk instead of a short file.
  static func writeBytes(_ bytes: [UInt8], to path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var offset = 0
    try bytes.withUnsafeBytes { raw in
      while offset < raw.count {
        let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
        offset += n
      }
    }
    guard fsync(fd) == 0 || errno == EINVAL else {
      throw WriteError(path: path, reason: String(cString: strerror(errno)))
    }
  }
}

/// An output file or folder could not be written (exit status 2).
public struct WriteError: Error, CustomStringConvertible {
  public var path: String
  public var reason: String
  public var description: String { "\(path): \(reason)" }
}
