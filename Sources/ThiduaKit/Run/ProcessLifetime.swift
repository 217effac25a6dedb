import Foundation

/// Lets a one-shot command leave its big values (the tables written) to the operating
/// system instead of freeing them one by one before the process exits.
///
/// Measured at 1M nominations: releasing the tables cell by cell took ~0.35 s after the
/// last file was written — time the user waits for and the kernel does in one step at
/// exit. (T5's rows are made from the loaded data set as they are written, so the data
/// set is among the values kept; it is ~220 MiB at 1M since its texts are one buffer.)
/// Only the `thidua` executable asks for it (`Commands.report(keepsValuesUntilExit:)`);
/// tests and `run`, which go on after a report, free as usual.
enum ProcessLifetime {
  /// Guarded by `lock`.
  nonisolated(unsafe) private static var kept: [Any] = []
  private static let lock = NSLock()

  /// Keeps `value` alive until the process ends.
  static func keep(_ value: Any) {
    lock.lock()
    kept.append(value)
    lock.unlock()
  }
}
