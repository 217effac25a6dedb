import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A one-line progress note on standard error ("thidua: đang đọc dữ liệu… 3 s")
/// for runs that take more than a second, so a province-sized report does not
/// look hung. Only when standard error is a terminal: a pipe, a log file or a
/// test sees the run's messages and nothing else. The line is rewritten in
/// place (`\r`) and erased when the run ends, before the diagnostics print.
final class ProgressLine: @unchecked Sendable {
  private let lock = NSLock()
  private var phase = ""
  private var shown = false
  private var done = false
  private let start = DispatchTime.now()
  private let timer: DispatchSourceTimer?

  /// Does nothing unless standard error is a terminal.
  init(enabled: Bool = isatty(2) == 1) {
    guard enabled else {
      timer = nil
      return
    }
    let t = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
    timer = t
    t.schedule(deadline: .now() + 1, repeating: 0.5)
    t.setEventHandler { [weak self] in self?.draw() }
    t.resume()
  }

  /// Names what the run is doing now ("đang đọc dữ liệu").
  func set(_ phase: String) {
    lock.lock()
    self.phase = phase
    lock.unlock()
  }

  /// Stops the timer and erases the line if it was shown.
  func finish() {
    timer?.cancel()
    lock.lock()
    defer { lock.unlock() }
    done = true
    if shown { write("\r\u{1B}[K") }
  }

  private func draw() {
    lock.lock()
    defer { lock.unlock() }
    guard !done else { return }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    write("\r\u{1B}[Kthidua: \(phase)… \(Int(seconds)) s")
    shown = true
  }

  private func write(_ s: String) {
    var bytes = Array(s.utf8)
    _ = bytes.withUnsafeMutableBytes { Foundation.write(2, $0.baseAddress, $0.count) }
  }
}
