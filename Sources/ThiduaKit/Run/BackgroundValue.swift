import Foundation

/// A value computed on another thread while the caller goes on; `value` waits for it.
///
/// For work whose result is needed only at the end: the ~91k warning lines of a 1M
/// report (0.4 s to sort and format) are made while the files are written.
final class BackgroundValue<T>: @unchecked Sendable {
  private let group = DispatchGroup()
  private var result: T?

  init(_ work: @escaping () -> T) {
    group.enter()
    DispatchQueue.global(qos: .userInitiated).async {
      self.result = work()
      self.group.leave()
    }
  }

  var value: T {
    group.wait()
    return result!
  }
}
