import Foundation

/// One error slot per rendered file, filled from several threads: the lock
/// keeps the writes apart, and `first()` gives the error of the earliest file,
/// so which failure is reported does not depend on thread timing.
final class ErrorSlots: @unchecked Sendable {
  private var slots: [Error?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ error: Error) {
    lock.lock()
    slots[index] = error
    lock.unlock()
  }

  func first() -> Error? {
    lock.lock()
    defer { lock.unlock() }
    return slots.lazy.compactMap { $0 }.first
  }
}
