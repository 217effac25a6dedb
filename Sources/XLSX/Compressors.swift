import CLibdeflate
import Foundation

/// libdeflate compressors kept for reuse by the threads that deflate sheet pieces.
///
/// A compressor is a few hundred kilobytes of match-finder tables: allocating one per
/// 1 MiB piece (~280 pieces at 1M nominations) would map and fault in fresh memory
/// every time, while at most one per thread is in use at once. Kept for the process's life.
final class Compressors: @unchecked Sendable {
  static let shared = Compressors(level: DeflateStream.level)

  private let level: Int32
  private let lock = NSLock()
  private var idle: [OpaquePointer] = []

  init(level: Int32) {
    self.level = level
  }

  deinit {
    for c in idle { libdeflate_free_compressor(c) }
  }

  /// A compressor for the caller alone until it is given back; nil when out of memory.
  func take() -> OpaquePointer? {
    lock.lock()
    let reused = idle.popLast()
    lock.unlock()
    return reused ?? libdeflate_alloc_compressor(level)
  }

  func give(_ compressor: OpaquePointer) {
    lock.lock()
    idle.append(compressor)
    lock.unlock()
  }
}
