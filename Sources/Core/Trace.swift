import Foundation

/// Phase timings on standard error for developers profiling a run
/// (`THIDUA_TRACE=1 thidua report …`):
/// `trace 2.71 s (+0.40) cpu 4.90 s (+0.78) rss 402 peak 433 MiB loaded`: the wall time, the
/// CPU time of all threads (a phase whose CPU grows at twice its wall time keeps both cores
/// busy; one that grows at its wall time leaves a core idle), and the resident and peak
/// resident memory from `/proc/self/status` so a memory peak can be placed between two phases.
/// Off unless the variable is set, so users and tests never see it.
public enum Trace {
  static let enabled = ProcessInfo.processInfo.environment["THIDUA_TRACE"].map { !$0.isEmpty } ?? false
  private static let start = DispatchTime.now().uptimeNanoseconds
  private static let lock = NSLock()
  nonisolated(unsafe) private static var last: UInt64 = start
  nonisolated(unsafe) private static var lastCPU: Double = 0

  /// Prints the time since start, and since the previous mark, with `what`.
  public static func mark(_ what: @autoclosure () -> String) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    let origin = start  // first use initialises it: before reading the clock
    let now = DispatchTime.now().uptimeNanoseconds
    let (resident, peak) = memory()
    let cpu = cpuSeconds()
    let line = String(
      format: "trace %.2f s (+%.2f) cpu %.2f s (+%.2f) rss %d peak %d MiB %@\n", Double(now - origin) / 1e9,
      Double(now - max(last, origin)) / 1e9, cpu, cpu - lastCPU, resident, peak, what())
    last = now
    lastCPU = cpu
    FileHandle.standardError.write(line.data(using: .utf8)!)
  }

  /// The CPU time of the process (every thread, user and system) in seconds.
  private static func cpuSeconds() -> Double {
    var t = timespec()
    guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t) == 0 else { return 0 }
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }

  /// `VmRSS` and `VmHWM` of `/proc/self/status` in MiB (0 where there are none).
  static func memory() -> (resident: Int, peak: Int) {
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
