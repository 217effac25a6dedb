import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads back an .xlsx written by the renderer: a zip of XML parts.
///
/// Test-only and deliberately small: it resolves sheet names to their parts
/// through the workbook relationships, shared strings to text, and gives each
/// cell's shown value by `A1` reference (numbers as written in the XML). Other
/// test targets can copy it to check what they write.
struct XLSXReader {
  let parts: [String: Data]

  init(path: String) throws {
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    var parts: [String: Data] = [:]
    for entry in archive where entry.type == .file {
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      parts[entry.path] = data
    }
    self.parts = parts
  }

  /// A part's text ("xl/workbook.xml"), or "" when absent.
  func text(_ part: String) -> String {
    parts[part].map { String(decoding: $0, as: UTF8.self) } ?? ""
  }

  /// Sheet names in workbook order.
  var sheetNames: [String] {
    xmlElements(text("xl/workbook.xml"), named: "sheet").map { $0.attributes["name"] ?? "" }
  }

  /// The part holding the sheet called `name` ("xl/worksheets/sheet2.xml").
  func sheetPart(_ name: String) -> String? {
    guard
      let sheet = xmlElements(text("xl/workbook.xml"), named: "sheet")
        .first(where: { $0.attributes["name"] == name }),
      let rid = sheet.attributes["r:id"]
    else { return nil }
    let rels = xmlElements(text("xl/_rels/workbook.xml.rels"), named: "Relationship")
    guard let target = rels.first(where: { $0.attributes["Id"] == rid })?.attributes["Target"] else {
      return nil
    }
    return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
  }

  var sharedStrings: [String] {
    xmlElements(text("xl/sharedStrings.xml"), named: "si").map(\.text)
  }

  /// Every non-empty cell of a sheet: reference → shown text (shared strings
  /// resolved; numbers as stored, like "12" or "45961").
  func cells(sheet name: String) -> [String: String] {
    guard let part = sheetPart(name) else { return [:] }
    let strings = sharedStrings
    var out: [String: String] = [:]
    for c in xmlElements(text(part), named: "c") {
      guard let ref = c.attributes["r"] else { continue }
      let v = c.childText["v"] ?? c.text
      switch c.attributes["t"] {
      case "s": out[ref] = Int(v).flatMap { strings.indices.contains($0) ? strings[$0] : nil }
      default: if !v.isEmpty { out[ref] = v }
      }
    }
    return out
  }

  /// The style index of each cell of a sheet (to compare fonts and formats).
  func styleIndex(sheet name: String) -> [String: Int] {
    guard let part = sheetPart(name) else { return [:] }
    var out: [String: Int] = [:]
    for c in xmlElements(text(part), named: "c") {
      if let ref = c.attributes["r"] { out[ref] = Int(c.attributes["s"] ?? "0") }
    }
    return out
  }

  /// `<mergeCell ref=…>` of a sheet.
  func mergedRanges(sheet name: String) -> [String] {
    guard let part = sheetPart(name) else { return [] }
    return xmlElements(text(part), named: "mergeCell").compactMap { $0.attributes["ref"] }
  }
}

/// Elements of one name in an XML text, with their attributes, the text inside
/// them and the text of their direct children (enough for SpreadsheetML).
struct XMLNodeInfo {
  var attributes: [String: String]
  var text = ""
  var childText: [String: String] = [:]
}

func xmlElements(_ xml: String, named name: String) -> [XMLNodeInfo] {
  let collector = ElementCollector(name: name)
  let parser = XMLParser(data: Data(xml.utf8))
  parser.delegate = collector
  _ = parser.parse()
  return collector.found
}

private final class ElementCollector: NSObject, XMLParserDelegate {
  let name: String
  var found: [XMLNodeInfo] = []
  private var current: XMLNodeInfo?
  private var depth = 0
  private var child: String?
  private var childBuffer = ""

  init(name: String) { self.name = name }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    if current == nil, elementName == name {
      current = XMLNodeInfo(attributes: attributeDict)
      depth = 0
    } else if current != nil {
      depth += 1
      if depth == 1 {
        child = elementName
        childBuffer = ""
      }
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard current != nil else { return }
    current?.text += string
    if child != nil { childBuffer += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    guard var element = current else { return }
    if depth == 0 {
      found.append(element)
      current = nil
    } else {
      if depth == 1, let c = child {
        element.childText[c, default: ""] += childBuffer
        current = element
        child = nil
      }
      depth -= 1
    }
  }
}
