import Foundation

/// An opened workbook: its zip directory, its sheets in workbook order (name and part),
/// the date system, the date styles and the shared strings. Parts are found through the
/// package's relationships, never outside the zip: a relationship with
/// `TargetMode="External"` (a linked file or URL) is ignored, and a target that is not an
/// entry of this zip is simply absent.
final class WorkbookParts {
  struct Sheet {
    let name: String
    /// The zip entry of a worksheet; nil for a chart sheet or a sheet whose part is missing.
    let part: String?
  }

  let file: String
  let bytes: [UInt8]
  let directory: ZipDirectory
  let budget = PartStream.Budget()
  private(set) var sheets: [Sheet] = []
  private(set) var date1904 = false
  private(set) var styles = CellStyles()
  private(set) var strings = SharedStrings()

  convenience init(path: String, file: String) throws {
    try self.init(bytes: try FileBytes.read(path: path, file: file), file: file)
  }

  /// A workbook already in memory (the fuzz target's input).
  init(bytes: [UInt8], file: String) throws {
    self.file = file
    self.bytes = bytes
    directory = try bytes.withUnsafeBufferPointer { try ZipDirectory($0, file: file) }
    let rootRels = try relationships(of: "")
    let workbookPart =
      rootRels.first { $0.type.hasSuffix("/officeDocument") }.map(\.target) ?? "xl/workbook.xml"
    guard directory.entries[workbookPart] != nil else { throw WorkbookError.notWorkbook(file) }
    let rels = try relationships(of: workbookPart)
    if let part = rels.first(where: { $0.type.hasSuffix("/styles") })?.target, directory.entries[part] != nil
    {
      styles = try CellStyles(whole(part))
    }
    if let part = rels.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target,
      let stream = try stream(part)
    {
      strings = try SharedStrings(stream)
    }
    let byID = Dictionary(rels.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let xml = try whole(workbookPart)
    try xml.withUnsafeBufferPointer { b in
      guard let p = b.baseAddress else { return }
      var i = 0
      while let lt = XMLBytes.find(XMLBytes.lt, p, i, b.count) {
        guard let gt = XMLBytes.find(XMLBytes.gt, p, lt + 1, b.count) else { break }
        if p[lt + 1] == XMLBytes.bang {
          try refusing(workbookPart) { try XMLBytes.checkBang(p, lt, b.count) }
        }
        let n = XMLBytes.name(p, lt + 1, gt)
        if XMLBytes.equals(p, n, "sheet") {
          let name = try refusing(workbookPart) { try XMLBytes.attribute(p, n.1, gt, "name") } ?? ""
          let id = try refusing(workbookPart) { try XMLBytes.attribute(p, n.1, gt, "id") } ?? ""
          let rel = byID[id]
          let part = rel.flatMap { $0.type.hasSuffix("/worksheet") ? $0.target : nil }
          sheets.append(Sheet(name: name, part: part.flatMap { directory.entries[$0] != nil ? $0 : nil }))
        } else if XMLBytes.equals(p, n, "workbookPr") {
          let v = try refusing(workbookPart) { try XMLBytes.attribute(p, n.1, gt, "date1904") } ?? ""
          date1904 = v == "1" || v.lowercased() == "true"
        }
        i = gt + 1
      }
    }
  }

  struct Relationship {
    let id: String
    let type: String
    /// The zip entry it names (resolved against the part's folder).
    let target: String
  }

  /// The relationships of `part` ("" for the package's own `_rels/.rels`).
  func relationships(of part: String) throws -> [Relationship] {
    let folder = (part as NSString).deletingLastPathComponent
    let relsPart =
      part.isEmpty
      ? "_rels/.rels"
      : (folder.isEmpty ? "" : folder + "/") + "_rels/" + (part as NSString).lastPathComponent + ".rels"
    guard directory.entries[relsPart] != nil else { return [] }
    let xml = try whole(relsPart)
    var out: [Relationship] = []
    try xml.withUnsafeBufferPointer { b in
      guard let p = b.baseAddress else { return }
      var i = 0
      while let lt = XMLBytes.find(XMLBytes.lt, p, i, b.count) {
        guard let gt = XMLBytes.find(XMLBytes.gt, p, lt + 1, b.count) else { break }
        if p[lt + 1] == XMLBytes.bang { try refusing(relsPart) { try XMLBytes.checkBang(p, lt, b.count) } }
        let n = XMLBytes.name(p, lt + 1, gt)
        if XMLBytes.equals(p, n, "Relationship") {
          let a = { (w: StaticString) in try self.refusing(relsPart) { try XMLBytes.attribute(p, n.1, gt, w) }
          }
          let mode = try a("TargetMode") ?? ""
          if mode.lowercased() != "external", let id = try a("Id"), let type = try a("Type"),
            let target = try a("Target")
          {
            out.append(Relationship(id: id, type: type, target: Self.resolve(target, from: folder)))
          }
        }
        i = gt + 1
      }
    }
    return out
  }

  /// `worksheets/sheet1.xml` from `xl` → `xl/worksheets/sheet1.xml`; `/xl/…` is absolute;
  /// `..` goes up, never above the zip's root.
  static func resolve(_ target: String, from folder: String) -> String {
    var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
    for piece in target.split(separator: "/") {
      if piece == ".." {
        if !parts.isEmpty { parts.removeLast() }
      } else if piece != "." {
        parts.append(piece)
      }
    }
    return parts.joined(separator: "/")
  }

  func refusing<T>(_ part: String, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let r as XMLBytes.Refused {
      throw WorkbookError.refused(file, "phần \"\(part)\" \(r.why)")
    }
  }

  /// A small part inflated whole (with the same limits as a streamed one).
  func whole(_ part: String) throws -> [UInt8] {
    guard let entry = directory.entries[part] else { return [] }
    return try bytes.withUnsafeBufferPointer {
      try PartStream.whole($0, entry: entry, file: file, budget: budget)
    }
  }

  /// A part streamed; nil when the zip has no such entry.
  func stream(_ part: String) throws -> PartStream? {
    guard let entry = directory.entries[part] else { return nil }
    // The stream reads from `bytes`, which this object keeps for its whole life.
    return try bytes.withUnsafeBufferPointer { try PartStream($0, entry: entry, file: file, budget: budget) }
  }
}
