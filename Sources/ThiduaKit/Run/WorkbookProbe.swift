import CZlibRaw

/// Runs the workbook reader over arbitrary bytes, for the fuzzer (`make fuzz-workbook`, part
/// of `make fuzz`) and the regression tests: the zip directory, every XML part, every cell
/// kind, the header search, merges and both passes. An input starting with `PK` or the
/// OLE2 magic is a whole file; any other input is split at NUL bytes into a worksheet, its
/// shared strings, its styles and its workbook part, which are zipped (stored, with good
/// CRCs) so that the mutations reach the XML instead of dying at a checksum. A located
/// `Diagnostic` is a fine answer; a crash, a hang or unbounded memory is a bug.
public enum WorkbookProbe {
  /// How many cells were read (0 when the workbook was refused).
  @discardableResult
  public static func read(_ input: [UInt8]) -> Int {
    let bytes =
      input.starts(with: [0x50, 0x4B]) || input.starts(with: [0xD0, 0xCF]) ? input : zipped(parts(input))
    var cells = 0
    do {
      let book = try WorkbookParts(bytes: bytes, file: "de_nghi.xlsx")
      for schema in [Schemas.nominations, Schemas.units, anyTable] {
        let again = { cells = 0 }
        do {
          try WorkbookReader.visitTable(book, schema: schema, restart: again) { row in
            for i in 0..<row.view.count { cells += row.view.string(i).isEmpty ? 0 : 1 }
          }
        } catch {}
      }
    } catch {}
    return cells
  }

  /// A table whose first row is always its header (no column is required).
  static let anyTable = FileSchema("x.csv", required: false, [ColumnSpec("a", "b")])

  static func parts(_ input: [UInt8]) -> [(String, [UInt8])] {
    let pieces = input.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map(Array.init)
    let names = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"]
    let defaults = [
      "", "<sst/>", "<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>",
      "<workbook><workbookPr/><sheets><sheet name=\"DANHSACH\" r:id=\"rId1\"/></sheets></workbook>",
    ]
    var out: [(String, [UInt8])] = []
    for (i, name) in names.enumerated() {
      out.append((name, i < pieces.count ? pieces[i] : Array(defaults[i].utf8)))
    }
    out.append(("_rels/.rels", Array(rel("officeDocument", "xl/workbook.xml", "rId1").utf8)))
    out.append(
      (
        "xl/_rels/workbook.xml.rels",
        Array(
          (rel("worksheet", "worksheets/sheet1.xml", "rId1")
            + rel("sharedStrings", "sharedStrings.xml", "rId2")
            + rel("styles", "styles.xml", "rId3")).utf8)
      ))
    return out
  }

  static func rel(_ type: String, _ target: String, _ id: String) -> String {
    "<Relationship Id=\"\(id)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(type)\" Target=\"\(target)\"/>"
  }

  /// The parts as a zip of stored entries.
  static func zipped(_ parts: [(String, [UInt8])]) -> [UInt8] {
    var out: [UInt8] = []
    var directory: [UInt8] = []
    func le(_ v: Int, _ n: Int, _ into: inout [UInt8]) {
      for k in 0..<n { into.append(UInt8((v >> (8 * k)) & 0xFF)) }
    }
    for (name, data) in parts {
      let crc = data.withUnsafeBufferPointer { Int(crc32(0, $0.baseAddress, UInt32($0.count))) }
      let offset = out.count
      le(0x0403_4B50, 4, &out)
      for v in [20, 0, 0, 0, 0] { le(v, 2, &out) }
      le(crc, 4, &out)
      le(data.count, 4, &out)
      le(data.count, 4, &out)
      le(name.utf8.count, 2, &out)
      le(0, 2, &out)
      out += Array(name.utf8) + data
      le(0x0201_4B50, 4, &directory)
      for v in [20, 20, 0, 0, 0, 0] { le(v, 2, &directory) }
      le(crc, 4, &directory)
      le(data.count, 4, &directory)
      le(data.count, 4, &directory)
      le(name.utf8.count, 2, &directory)
      for v in [0, 0, 0, 0] { le(v, 2, &directory) }
      le(0, 4, &directory)
      le(offset, 4, &directory)
      directory += Array(name.utf8)
    }
    let start = out.count
    out += directory
    le(0x0605_4B50, 4, &out)
    for v in [0, 0, parts.count, parts.count] { le(v, 2, &out) }
    le(directory.count, 4, &out)
    le(start, 4, &out)
    le(0, 2, &out)
    return out
  }
}
