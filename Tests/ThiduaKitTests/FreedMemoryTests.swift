import XCTest

@testable import Core
@testable import ThiduaKit

final class FreedMemoryTests: XCTestCase {
  /// Memory freed below blocks still in use stays resident until it is given back.
  func testFreedBlocksBelowOnesInUseLeaveTheProcess() throws {
    #if !os(Linux)
      throw XCTSkip("malloc_trim is glibc's")
    #else
      // 64 MiB in 64 KiB blocks (below glibc's mmap threshold: from a heap), every 16th
      // kept, the last one among them: the freed runs are not at the heap's top.
      let size = 64 << 10
      let blocks = (0..<1024).map { _ -> UnsafeMutableRawPointer in
        let b = malloc(size)!
        memset(b, 1, size)
        return b
      }
      var kept: [UnsafeMutableRawPointer] = []
      for (i, b) in blocks.enumerated() {
        if i % 16 == 15 { kept.append(b) } else { free(b) }
      }
      let before = Trace.memory().resident
      XCTAssertTrue(FreedMemory.giveBack())
      let after = Trace.memory().resident
      for b in kept { free(b) }
      // 60 MiB freed; at least half of it must have left.
      XCTAssertGreaterThan(before, 60, "no resident size read")
      XCTAssertGreaterThan(before - after, 30, "resident \(before) MiB, then \(after) MiB")
    #endif
  }
}
