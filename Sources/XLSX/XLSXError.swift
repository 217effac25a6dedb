import CXlsxWriter

/// A libxlsxwriter error turned into a Swift error.
public struct XLSXError: Error, CustomStringConvertible {
  public let code: Int
  public let description: String

  public init(_ err: lxw_error) {
    code = Int(err.rawValue)
    description = String(cString: lxw_strerror(err))
  }
}
