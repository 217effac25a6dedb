import CXlsxWriter

/// A libxlsxwriter error turned into a Swift error.
public struct XLSXError: Error, CustomStringConvertible {
  public let code: Int
  public let description: String

  public init(_ err: lxw_error) {
    code = Int(err.rawValue)
    description = String(cString: lxw_strerror(err))
  }

  /// The same error, saying which call failed: libxlsxwriter's own messages
  /// ("Worksheet row or column index out of range") do not name the cell or sheet.
  public init(_ err: lxw_error, context: String) {
    code = Int(err.rawValue)
    description = "\(context): \(String(cString: lxw_strerror(err)))"
  }

  /// The file could not be created or put in place (for callers that do not
  /// import the C module).
  public static func creatingFile(_ context: String) -> XLSXError {
    XLSXError(LXW_ERROR_CREATING_XLSX_FILE, context: context)
  }

  /// Throws when `err` is not `LXW_NO_ERROR`.
  static func check(_ err: lxw_error, _ context: @autoclosure () -> String) throws {
    if err != LXW_NO_ERROR { throw XLSXError(err, context: context()) }
  }
}
