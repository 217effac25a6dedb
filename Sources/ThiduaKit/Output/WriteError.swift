/// An output file or folder could not be written (exit status 2).
public struct WriteError: Error, CustomStringConvertible {
  public var path: String
  public var reason: String
  public var description: String { "\(path): \(reason)" }
}
