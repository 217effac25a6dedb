import XLSX

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file assembled next to its place under a temporary name (`path.partial`)
/// and renamed over it only when complete: a failure leaves any earlier file
/// untouched and no half-written one behind.
enum PartialFile {
  static func write(_ path: String, _ assemble: (_ partial: String) throws -> Void) throws {
    let partial = path + ".partial"
    do {
      try assemble(partial)
      if rename(partial, path) != 0 {
        throw XLSXError.creatingFile("renaming \(partial) to \(path)")
      }
    } catch {
      unlink(partial)
      throw error
    }
  }
}
