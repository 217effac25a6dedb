import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads back an .xlsx we wrote (a zip of XML) so tests can check what a
/// user would see: sheet names in order, each cell's value by reference,
/// merged ranges, and the raw XML of any part.
public struct XLSXFile {
  public let parts: [String: Data]
  /// Sheet names in workbook order.
  public let sheetNames: [String]
  /// Sheet name → part path (`xl/worksheets/sheet1.xml`).
  public let sheetPaths: [String: String]
  public let sharedStrings: [String]

  public init(path: String) throws {
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    var parts: [String: Data] = [:]
    for entry in archive {
      var data = Data()
      _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
      parts[entry.path] = data
    }
    self.parts = parts
    let workbook = XMLElements(parts["xl/workbook.xml"] ?? Data())
    let rels = XMLElements(parts["xl/_rels/workbook.xml.rels"] ?? Data())
    var targets: [String: String] = [:]
    for r in rels.elements where r.name == "Relationship" {
      targets[r.attributes["Id"] ?? ""] = r.attributes["Target"] ?? ""
    }
    var names: [String] = []
    var paths: [String: String] = [:]
    for s in workbook.elements where s.name == "sheet" {
      let name = s.attributes["name"] ?? ""
      names.append(name)
      let target = targets[s.attributes["r:id"] ?? ""] ?? ""
      paths[name] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }
    sheetNames = names
    sheetPaths = paths
    sharedStrings = XMLElements(parts["xl/sharedStrings.xml"] ?? Data()).sharedStrings
  }

  public func xml(_ part: String) -> String { String(decoding: parts[part] ?? Data(), as: UTF8.self) }

  public func sheetXML(_ name: String) -> String { xml(sheetPaths[name] ?? "") }

  /// A part's text ("xl/workbook.xml"), or "" when absent.
  public func text(_ part: String) -> String { xml(part) }

  /// The part holding the sheet called `name` ("xl/worksheets/sheet2.xml").
  public func sheetPart(_ name: String) -> String? { sheetPaths[name] }

  /// Each cell's style index (`s` attribute) by reference.
  public func styleIndex(sheet name: String) -> [String: Int] {
    var out: [String: Int] = [:]
    for c in XMLElements(parts[sheetPaths[name] ?? ""] ?? Data()).elements where c.name == "c" {
      if let ref = c.attributes["r"] { out[ref] = Int(c.attributes["s"] ?? "0") }
    }
    return out
  }

  /// The attributes of every element called `name` in an XML text.
  public static func elements(named name: String, in xml: String) -> [[String: String]] {
    XMLElements(Data(xml.utf8)).elements.filter { $0.name == name }.map(\.attributes)
  }

  /// Every non-empty cell of a sheet: reference (`B7`) → displayed text
  /// (shared and inline strings resolved; numbers as written in the XML).
  public func cells(sheet name: String) -> [String: String] {
    XMLElements(parts[sheetPaths[name] ?? ""] ?? Data()).cells(sharedStrings: sharedStrings)
  }

  /// Every formula cell of a sheet: reference (`C12`) → formula text as stored
  /// (`SUM(C5:C11)`, no leading `=`). Its stored result is in `cells(sheet:)`.
  public func formulas(sheet name: String) -> [String: String] {
    var out: [String: String] = [:]
    var ref: String? = nil
    for e in XMLElements(parts[sheetPaths[name] ?? ""] ?? Data()).elements {
      if e.name == "c" { ref = e.attributes["r"] }
      if e.name == "f", let r = ref { out[r] = e.text }
    }
    return out
  }

  /// The sheet as rows of text (row index from 1 → column index from 0 → text).
  public func grid(sheet name: String) -> [[String]] {
    let cells = self.cells(sheet: name)
    var maxRow = 0
    var maxCol = 0
    var parsed: [(Int, Int, String)] = []
    for (ref, value) in cells {
      let (r, c) = XLSXFile.parse(ref)
      parsed.append((r, c, value))
      maxRow = max(maxRow, r)
      maxCol = max(maxCol, c)
    }
    var grid = [[String]](repeating: [String](repeating: "", count: maxCol + 1), count: maxRow)
    for (r, c, v) in parsed { grid[r - 1][c] = v }
    return grid
  }

  /// `merged ranges` of a sheet (`A1:C1`).
  public func mergedRanges(sheet name: String) -> [String] {
    XMLElements(parts[sheetPaths[name] ?? ""] ?? Data()).elements.filter { $0.name == "mergeCell" }
      .compactMap { $0.attributes["ref"] }
  }

  /// `B7` → (7, 1).
  public static func parse(_ ref: String) -> (row: Int, column: Int) {
    var col = 0
    var row = 0
    for ch in ref.unicodeScalars {
      if ch.value >= 65 && ch.value <= 90 {
        col = col * 26 + Int(ch.value - 64)
      } else if let d = Int(String(ch)) {
        row = row * 10 + d
      }
    }
    return (row, col - 1)
  }
}

/// A flat list of the elements of an XML document with their attributes and
/// text: enough to read worksheets, shared strings and relationships.
struct XMLElements {
  struct Element {
    var name: String
    var attributes: [String: String]
    var text: String
    var depth: Int
  }

  var elements: [Element] = []

  init(_ data: Data) {
    let parser = XMLParser(data: data)
    let delegate = Collector()
    parser.delegate = delegate
    parser.parse()
    elements = delegate.elements
  }

  /// `<si>` entries of sharedStrings.xml (rich text runs concatenated).
  var sharedStrings: [String] {
    var out: [String] = []
    var current: String? = nil
    var depth = 0
    for e in elements {
      if e.name == "si" {
        if let c = current { out.append(c) }
        current = ""
        depth = e.depth
      } else if e.name == "t", current != nil, e.depth > depth {
        current! += e.text
      }
    }
    if let c = current { out.append(c) }
    return out
  }

  func cells(sharedStrings: [String]) -> [String: String] {
    var out: [String: String] = [:]
    var ref: String? = nil
    var type = ""
    for e in elements {
      switch e.name {
      case "c":
        ref = e.attributes["r"]
        type = e.attributes["t"] ?? ""
      case "v":
        guard let r = ref else { continue }
        if type == "s", let i = Int(e.text), i < sharedStrings.count {
          out[r] = sharedStrings[i]
        } else {
          out[r] = e.text
        }
      case "t":
        if let r = ref, type == "inlineStr" { out[r, default: ""] += e.text }
      case "row", "sheetData":
        ref = nil
      default:
        break
      }
    }
    return out
  }

  final class Collector: NSObject, XMLParserDelegate {
    var elements: [Element] = []
    var stack: [Int] = []

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      elements.append(Element(name: name, attributes: attributes, text: "", depth: stack.count))
      stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if let i = stack.last { elements[i].text += string }
    }

    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
    ) {
      _ = stack.popLast()
    }
  }
}
