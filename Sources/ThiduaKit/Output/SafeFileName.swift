import Foundation

/// Turns an id from the data (`ma_phong_trao`) into one safe folder name:
/// no path separators, no `..`, no control characters, no characters Windows
/// forbids, never empty or hidden — so a campaign id can never make the tool
/// write outside the output folder.
public enum SafeFileName {
  public static func make(_ id: String) -> String {
    var out = ""
    for scalar in id.unicodeScalars {
      switch scalar {
      case "/", "\\", ":", "*", "?", "\"", "<", ">", "|": out.append("_")
      case _ where scalar.value < 0x20 || scalar.value == 0x7F: out.append("_")
      case _ where scalar.properties.generalCategory == .format: out.append("_")
      default: out.unicodeScalars.append(scalar)
      }
    }
    out = out.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
    while out.contains("..") { out = out.replacingOccurrences(of: "..", with: "_") }
    if out.hasPrefix(".") { out = "_" + out.dropFirst() }
    if out.isEmpty { out = "_" }
    // Keep names short enough for every file system (255 bytes), cutting on a character boundary.
    while out.utf8.count > 120 { out.removeLast() }
    return out
  }
}
