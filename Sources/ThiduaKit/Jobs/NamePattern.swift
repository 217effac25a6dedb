import Core

/// Where under the output folder one export goes: `{campaign}/{as_of}` by
/// default. Placeholders: `{campaign}` (the campaign id), `{as_of}`
/// (yyyy-mm-dd), `{yyyy}`, `{mm}`, `{dd}`, `{job}`. Each `/`-separated part is
/// made a safe file name after filling in, so no value from the data (an id
/// with `/`, `..` or control characters) can lead outside the output folder.
public struct NamePattern: Sendable, Equatable, CustomStringConvertible {
  public static let placeholders = ["campaign", "as_of", "yyyy", "mm", "dd", "job"]
  public static let standard = try! NamePattern("{campaign}/{as_of}")

  /// The pattern as written.
  public let description: String
  /// The folder levels, each a list of literal text and placeholders.
  let parts: [[Piece]]

  enum Piece: Sendable, Equatable {
    case literal(String)
    case placeholder(String)
  }

  /// How many folder levels an export sits below the output folder (retention looks there).
  public var depth: Int { parts.count }

  public var usesCampaign: Bool { parts.contains { $0.contains(.placeholder("campaign")) } }
  public var usesDate: Bool {
    parts.contains { $0.contains(.placeholder("as_of")) || $0.contains(.placeholder("dd")) }
  }

  /// Throws a Vietnamese message saying what is wrong with the pattern.
  public init(_ text: String) throws {
    description = text
    guard !text.isEmpty else { throw PatternError("mẫu tên không được để trống") }
    guard !text.hasPrefix("/") else {
      throw PatternError("mẫu tên phải là đường dẫn tương đối trong thư mục out")
    }
    var parts: [[Piece]] = []
    for part in text.split(separator: "/", omittingEmptySubsequences: false) {
      guard !part.isEmpty, part != ".", part != ".." else {
        throw PatternError("mẫu tên có phần rỗng, \".\" hoặc \"..\": \"\(text)\"")
      }
      var pieces: [Piece] = []
      var rest = Substring(part)
      while let open = rest.firstIndex(of: "{") {
        if open > rest.startIndex { pieces.append(.literal(String(rest[..<open]))) }
        guard let close = rest[open...].firstIndex(of: "}") else {
          throw PatternError("thiếu dấu } trong mẫu tên \"\(text)\"")
        }
        let name = String(rest[rest.index(after: open)..<close])
        guard Self.placeholders.contains(name) else {
          throw PatternError(
            "không có chỗ điền {\(name)} (dùng "
              + Self.placeholders.map { "{\($0)}" }.joined(separator: " ") + ")")
        }
        pieces.append(.placeholder(name))
        rest = rest[rest.index(after: close)...]
      }
      if rest.contains("}") { throw PatternError("thừa dấu } trong mẫu tên \"\(text)\"") }
      if !rest.isEmpty { pieces.append(.literal(String(rest))) }
      parts.append(pieces)
    }
    self.parts = parts
  }

  /// The folder, relative to the output folder, each level a safe file name.
  public func folder(campaign: String, asOf: CalendarDay, job: String) -> String {
    let values = [
      "campaign": campaign, "as_of": asOf.iso, "yyyy": String(asOf.year),
      "mm": CalendarDay.pad2(asOf.month), "dd": CalendarDay.pad2(asOf.day), "job": job,
    ]
    return parts.map { pieces in
      let filled = pieces.map { piece -> String in
        switch piece {
        case .literal(let s): return s
        case .placeholder(let p): return values[p]!
        }
      }
      return SafeFileName.make(filled.joined())
    }.joined(separator: "/")
  }

  /// A mistake in a pattern, worded for the jobs file message.
  public struct PatternError: Error, CustomStringConvertible {
    public var description: String
    init(_ message: String) { description = message }
  }
}
