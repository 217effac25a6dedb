import Foundation

/// Reads a whole file as bytes, turning every way it can fail (absent, a
/// folder, no permission) into a located `Diagnostic` of kind `.unreadableFile`.
enum FileBytes {
  static func read(path: String, file: String) throws -> [UInt8] {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw Diagnostic(.error, .unreadableFile, file: file, "không tìm thấy tệp")
    }
    if isDir.boolValue {
      throw Diagnostic(.error, .unreadableFile, file: file, "đây là một thư mục, không phải tệp")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw Diagnostic(.error, .unreadableFile, file: file, "không có quyền đọc tệp")
    }
    defer { try? handle.close() }
    do {
      let data = try handle.readToEnd() ?? Data()
      return [UInt8](data)
    } catch {
      throw Diagnostic(.error, .unreadableFile, file: file, "lỗi khi đọc tệp: \(error.localizedDescription)")
    }
  }
}
