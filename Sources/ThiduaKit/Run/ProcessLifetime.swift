import Foundation

/// Lets a one-shot command leave its big values (the tables written) to the operating
/// system instead of freeing them one by one before the process exits.
///
/// Measured at 1M nominations: releasing the tables cell by cell took ~0.35 s after the
/// last file was written — time the user waits for and the kernel does in one step at
/// exit. (The loaded data set is freed before the files are written, as before: freeing
/// /// it on another thread while they are written saved 0.2 s but added ~40 MB to the peak.)
/// Only the `thidua` executable turns it on (for `report`); tests and `run`, which go on
/// after a report, free as usual.
public enum ProcessLifetime {
  nonisolated(unsafe) public static var keepsValuesUntilExit = false
  nonisolated(unsafe) private static var kept: [Any] = []
  private static let lock = NSLock()

  /// Keeps `value` alive until the process ends (when turned on).
  static func keep(_ value: Any) {
    guard keepsValuesUntilExit else { return }
    lock.lock()
    kept.append(value)
    lock.unlock()
  }
}
