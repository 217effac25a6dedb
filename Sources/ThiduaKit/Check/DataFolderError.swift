/// The data folder itself cannot be used (missing, not a folder): the command
/// line is wrong, as opposed to the data having errors.
public struct DataFolderError: Error, CustomStringConvertible {
  public var path: String
  public var description: String { "không tìm thấy thư mục dữ liệu: \(path)" }
}
