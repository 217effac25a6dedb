import Foundation

/// Phase timings on standard error for developers profiling a run
/// (`THIDUA_TRACE=1 thidua report …`): `trace 2.71 s (+0.40) rss 402 peak 433 MiB loaded`,
/// the resident and peak resident memory from `/proc/self/status` so a memory peak can be
/// placed between two phases.
/// Off unless the variable is set, so users and tests never see it.
public enum Trace {
  static let enabled = ProcessInfo.processInfo.environment["THIDUA_TRACE"].map { !$0.isEmpty } ?? false
  private static let start = DispatchTime.now().uptimeNanoseconds
  private static let lock = NSLock()
  nonisolated(unsafe) private static var last: UInt64 = start

  /// Prints the time since start, and since the previous mark, with `what`.
  public static func mark(_ what: @autoclosure () -> String) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    let origin = start  // first use initialises it: before reading the clock
    let now = DispatchTime.now().uptimeNanoseconds
    let (resident, peak) = memory()
    let line = String(
      format: "trace %.2f s (+%.2f) rss %d peak %d MiB %@\n", Double(now - origin) / 1e9,
      Double(now - max(last, origin)) / 1e9, resident, peak, what())
    last = now
    FileHandle.standardError.write(line.data(using: .utf8)!)
  }

  /// `VmRSS` and `VmHWM` of `/proc/self/status` in MiB (0 where there are none).
  private static func memory() -> (resident: Int, peak: Int) {
    // /proc files report size 0, so read them as a stream rather than by their size.
    guard let file = FileHandle(forReadingAtPath: "/proc/self/status"), let data = try? file.readToEnd()
    else { return (0, 0) }
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    func figure(_ key: String) -> Int {
      guard let line = lines.first(where: { $0.hasPrefix(key) }),
        let kB = line.dropFirst(key.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first
      else { return 0 }
      return (Int(kB) ?? 0) / 1024
    }
    return (figure("VmRSS:"), figure("VmHWM:"))
  }
}
