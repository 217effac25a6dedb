/// Fills `{name}` placeholders of a definition's text. Unknown names are left
/// as written, so a typo in an edited form shows instead of vanishing.
public enum Template {
  public static func fill(_ text: String, _ values: [String: String]) -> String {
    guard text.contains("{") else { return text }
    var out = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      let name = String(rest[rest.index(after: open)..<close])
      out += values[name] ?? "{\(name)}"
      rest = rest[rest.index(after: close)...]
    }
    return out + rest
  }
}
