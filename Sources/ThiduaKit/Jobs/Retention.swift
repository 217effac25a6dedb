import Foundation

/// Keeps the newest `keep` exports of one job and campaign and deletes the
/// older ones. An export is recognised only by its `.thidua-job` marker (same
/// job name, same campaign) at the depth of the job's name pattern; in it only
/// the files the marker lists and the marker are deleted, then the folder and
/// its parents if that left them empty. Anything else in the output folder —
/// other jobs' exports, `thidua report` output, people's documents — stays.
public enum Retention {
  /// The export folders of `job`/`campaign` under `out` at `depth`, newest as-of first.
  public static func exports(out: String, depth: Int, job: String, campaign: String) -> [(
    folder: String, marker: JobMarker
  )] {
    var level = [out]
    for _ in 0..<depth {
      level = level.flatMap { subfolders(of: $0) }
    }
    return level.compactMap { folder in
      guard let m = JobMarker.read(folder: folder), m.job == job, m.campaign == campaign else { return nil }
      return (folder, m)
    }.sorted { ($0.marker.asOf, $0.folder) > ($1.marker.asOf, $1.folder) }
  }

  /// The folders to delete so that `keep` exports remain, `current` (the one just written) always among them.
  public static func surplus(
    out: String, depth: Int, job: String, campaign: String, keep: Int, current: String
  )
    -> [(folder: String, marker: JobMarker)]
  {
    let others = exports(out: out, depth: depth, job: job, campaign: campaign).filter {
      standard($0.folder) != standard(current)
    }
    return Array(others.dropFirst(max(keep - 1, 0)))
  }

  /// Deletes one old export as described above; throws `WriteError` on an I/O failure.
  public static func delete(_ folder: String, marker: JobMarker, out: String) throws {
    let fm = FileManager.default
    for name in marker.files + [JobMarker.fileName] where !name.contains("/") && name != ".." && name != "." {
      let path = (folder as NSString).appendingPathComponent(name)
      guard (try? fm.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular else {
        continue
      }
      do {
        try fm.removeItem(atPath: path)
      } catch {
        throw WriteError(path: path, reason: "không xóa được bản xuất cũ: \(error.localizedDescription)")
      }
    }
    // Remove the folder and then its parents while they are empty, never the output folder itself.
    var dir = standard(folder)
    let root = standard(out)
    while dir != root && dir.hasPrefix(root + "/") {
      guard (try? fm.contentsOfDirectory(atPath: dir))?.isEmpty == true, rmdir(dir) == 0 else { break }
      dir = (dir as NSString).deletingLastPathComponent
    }
  }

  /// Real subfolders (not symbolic links, not hidden staging or lock entries).
  static func subfolders(of folder: String) -> [String] {
    let fm = FileManager.default
    guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return [] }
    return names.sorted().filter { !$0.hasPrefix(".") }.map {
      (folder as NSString).appendingPathComponent($0)
    }
    .filter { (try? fm.attributesOfItem(atPath: $0)[.type] as? FileAttributeType) == .typeDirectory }
  }

  static func standard(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
}
