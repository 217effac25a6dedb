import Foundation

/// Runs two independent closures at once, on two threads, and returns both results.
///
/// Each result is written by exactly one iteration of `concurrentPerform`,
/// which returns only after both are done, so reading them afterwards is safe.
public enum TwoThreads {
  public static func run<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
    var a: A?
    var b: B?
    withoutActuallyEscaping(first) { first in
      withoutActuallyEscaping(second) { second in
        let results = Results(first: first, second: second)
        DispatchQueue.concurrentPerform(iterations: 2) { results.compute($0) }
        a = results.a
        b = results.b
      }
    }
    return (a!, b!)
  }

  /// The two closures and their results, shared by the two iterations.
  private final class Results<A, B>: @unchecked Sendable {
    let first: () -> A
    let second: () -> B
    var a: A?
    var b: B?

    init(first: @escaping () -> A, second: @escaping () -> B) {
      self.first = first
      self.second = second
    }

    func compute(_ i: Int) {
      if i == 0 { a = first() } else { b = second() }
    }
  }
}
