import Foundation

/// Phase timings on standard error for developers profiling a run
/// (`THIDUA_TRACE=1 thidua report …`): `trace 2.71 s (+0.40) loaded`.
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
    let line = String(
      format: "trace %.2f s (+%.2f) %@\n", Double(now - origin) / 1e9, Double(now - max(last, origin)) / 1e9,
      what())
    last = now
    FileHandle.standardError.write(line.data(using: .utf8)!)
  }
}
