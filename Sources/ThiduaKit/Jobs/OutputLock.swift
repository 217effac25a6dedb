import Foundation

/// An exclusive lock on an output folder (`<out>/.thidua.lock`), so two runs
/// writing the same exports never overlap: the second refuses at once instead
/// of waiting, which a cron log shows plainly. `flock` locks belong to the
/// open file, so the kernel drops the lock when the process exits or is killed:
/// a crash never leaves a folder locked. The lock file itself stays (empty).
public final class OutputLock {
  public static let fileName = ".thidua.lock"
  private var fd: Int32

  /// Why a lock could not be taken.
  public enum Failure: Error {
    /// Another run holds it.
    case busy(folder: String)
    /// The lock file could not be opened (the folder cannot be written).
    case unavailable(path: String, reason: String)
  }

  /// Creates the folder if needed and takes the lock, or throws `Failure`.
  public init(folder: String) throws {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw Failure.unavailable(path: folder, reason: "không tạo được thư mục: \(error.localizedDescription)")
    }
    let path = (folder as NSString).appendingPathComponent(Self.fileName)
    fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw Failure.unavailable(path: path, reason: ReportWriter.describe(errno: errno)) }
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      if code == EINTR { continue }
      close(fd)
      if code == EWOULDBLOCK { throw Failure.busy(folder: folder) }
      throw Failure.unavailable(path: path, reason: ReportWriter.describe(errno: code))
    }
  }

  /// Releases the lock (also done when the object goes away or the process ends).
  public func release() {
    guard fd >= 0 else { return }
    flock(fd, LOCK_UN)
    close(fd)
    fd = -1
  }

  deinit { release() }
}
