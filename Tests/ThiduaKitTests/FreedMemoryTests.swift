import XCTest

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
      let kept = blocks.indices.filter { $0 % 16 == 15 }.map { blocks[$0] }
      for (i, b) in blocks.enumerated() where i % 16 != 15 { free(b) }
      let before = try residentKiB()
      XCTAssertTrue(FreedMemory.giveBack())
      let after = try residentKiB()
      for b in kept { free(b) }
      // 60 MiB freed; at least half of it must have left.
      XCTAssertGreaterThan(before - after, 30 << 10, "resident \(before) KiB, then \(after) KiB")
    #endif
  }

  /// `VmRSS` of `/proc/self/status`, in KiB.
  private func residentKiB() throws -> Int {
    let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
    let line = try XCTUnwrap(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
    return try XCTUnwrap(Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]))
  }
}
