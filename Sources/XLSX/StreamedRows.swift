import CXlsxWriter

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The XML of a block of rows on a streamed sheet, byte for byte what
/// libxlsxwriter 1.1.4 writes for the same calls in constant-memory mode
/// (`lxw_worksheet_write_single_row`, `_write_row`, `_write_number_cell`,
/// `_write_inline_string_cell`, `lxw_escape_data`,
/// `lxw_escape_control_characters`; no spans, numbers as `%.16G`), deflated a
/// megabyte at a time on the other cores (`DeflateStream`).
///
/// Formats get their style index (`lxw_format_get_xf_index`) as their cell is
/// written, as libxlsxwriter gives it when it writes the row, so the style
/// table is the same too.
final class StreamedRows {
  /// Bytes of XML per deflated chunk (`Workbook.streamedChunkSize`).
  let chunkSize: Int
  let deflate = DeflateStream()
  /// The rows written so far (zero-based), and the columns.
  private(set) var firstRow = Int.max
  private(set) var lastRow = -1
  private(set) var firstColumn = Int.max
  private(set) var lastColumn = -1

  /// The chunk being filled, and the current row's cells (written after the row tag).
  private var chunk: ByteBuffer
  private var cells = ByteBuffer(capacity: 4096)
  private var columnNames: [[UInt8]] = []
  /// `A1`'s row part for the current row, as digits.
  private var rowDigits: [UInt8] = []
  private var rowDigitsFor = -1

  init(chunkSize: Int) {
    self.chunkSize = chunkSize
    chunk = ByteBuffer(capacity: chunkSize + 4096)
  }

  deinit {
    chunk.free()
    cells.free()
  }

  // MARK: Cells

  func text(_ s: String, row: Int, column: Int, format: Format?) {
    var s = s
    s.withUTF8 { utf8 in
      guard !utf8.isEmpty else { return blank(row: row, column: column, format: format) }
      cellStart(row, column, format)
      // Leading or trailing white space (isspace in the C locale; the other
      // controls it names are escaped as _x000B_… first) is kept by Excel only with
      // xml:space="preserve".
      let first = utf8[0]
      let last = utf8[utf8.count - 1]
      if StreamedRows.isSpace(first) || StreamedRows.isSpace(last) {
        cells.append(#" t="inlineStr"><is><t xml:space="preserve">"#)
      } else {
        cells.append(#" t="inlineStr"><is><t>"#)
      }
      cells.appendEscaped(utf8)
      cells.append("</t></is></c>")
    }
  }

  func number(_ x: Double, row: Int, column: Int, format: Format?) {
    cellStart(row, column, format)
    cells.append("><v>")
    cells.appendNumber(x)
    cells.append("</v></c>")
  }

  /// `_write_cell`'s formula case: `<f>` then `<v>` (`%.16G`), both escaped as data.
  func formula(_ f: String, result: Double, row: Int, column: Int, format: Format?) {
    cellStart(row, column, format)
    cells.append("><f>")
    appendEscaped(f)
    cells.append("</f><v>")
    cells.appendNumber(result)
    cells.append("</v></c>")
  }

  /// A formula with a string result: `t="str"` and the text in `<v>`.
  func formula(_ f: String, textResult: String, row: Int, column: Int, format: Format?) {
    cellStart(row, column, format)
    cells.append(#" t="str"><f>"#)
    appendEscaped(f)
    cells.append("</f><v>")
    appendEscaped(textResult)
    cells.append("</v></c>")
  }

  private func appendEscaped(_ s: String) {
    var s = s
    s.withUTF8 { cells.appendEscaped($0) }
  }

  /// libxlsxwriter writes a blank only when it has a format.
  func blank(row: Int, column: Int, format: Format?) {
    guard format != nil else { return }
    cellStart(row, column, format)
    cells.append("/>")
  }

  /// Writes the row: its tag (with the height unless it is Excel's default 15
  /// points), then its cells. A row with neither cells nor height is not written.
  func endRow(_ row: Int, height: Double?) {
    let tall = height.map { $0 != 15 } ?? false
    guard cells.count > 0 || tall else { return }
    setRowDigits(row)
    chunk.reserve(cells.count + 64)
    chunk.append(#"<row r=""#)
    chunk.append(rowDigits)
    if let height, tall {
      chunk.append(#"" ht=""#)
      chunk.appendNumber(height)
      chunk.append(#"" customHeight="1"#)
    }
    if cells.count > 0 {
      chunk.append(#"">"#)
      chunk.append(cells)
      chunk.append("</row>")
    } else {
      chunk.append(#""/>"#)
    }
    cells.count = 0
    firstRow = min(firstRow, row)
    lastRow = row
    if chunk.count >= chunkSize { flush() }
  }

  /// Hands the rows written since the last chunk to the deflater.
  func flush() {
    guard chunk.count > 0 else { return }
    let (bytes, count) = chunk.take(newCapacity: chunkSize + 4096)
    deflate.add(bytes, count: count, last: false)
  }

  var isEmpty: Bool { lastRow < 0 }

  // MARK: Splicing

  /// `xml` (a sheet as libxlsxwriter wrote it, without the block) cut where the
  /// block's rows go: before the first row below `lastRow`, else before
  /// `</sheetData>`; an empty `<sheetData/>` is opened up. Nil without sheetData.
  static func split(_ xml: [UInt8], after lastRow: Int) -> (head: [UInt8], tail: [UInt8])? {
    if let empty = find(Array("<sheetData/>".utf8), in: xml, from: 0) {
      return (
        Array(xml[..<empty]) + Array("<sheetData>".utf8), Array("</sheetData>".utf8) + xml[(empty + 12)...]
      )
    }
    guard let open = find(Array("<sheetData>".utf8), in: xml, from: 0),
      let close = find(Array("</sheetData>".utf8), in: xml, from: open)
    else { return nil }
    let rowTag = Array(#"<row r=""#.utf8)
    var at = open
    while let r = find(rowTag, in: xml, from: at), r < close {
      var n = 0
      var i = r + rowTag.count
      while i < close, (0x30...0x39).contains(xml[i]) {
        n = n * 10 + Int(xml[i] - 0x30)
        i += 1
      }
      if n - 1 > lastRow { return (Array(xml[..<r]), Array(xml[r...])) }
      at = i
    }
    return (Array(xml[..<close]), Array(xml[close...]))
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard needle.count <= haystack.count else { return nil }
    var i = start
    while i + needle.count <= haystack.count {
      if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }

  /// The sheet's new contents: `head` deflated on its own, the block's chunks,
  /// then `tail` ending the stream. Waits for the chunks still being deflated.
  func spliced(between head: [UInt8], and tail: [UInt8], path: String) throws -> DeflateStream.Output {
    let last = UnsafeMutableRawPointer.allocate(byteCount: max(tail.count, 1), alignment: 1)
    tail.withUnsafeBytes { if let b = $0.baseAddress { last.copyMemory(from: b, byteCount: $0.count) } }
    deflate.add(last, count: tail.count, last: true)
    guard let body = deflate.finish(),
      let first = head.withUnsafeBytes({ DeflateStream.compress($0, last: false) })
    else { throw XLSXError.creatingFile("\(path): compressing a sheet failed") }
    let headCRC = head.withUnsafeBytes { DeflateStream.crc($0) }
    return DeflateStream.Output(
      pieces: [first] + body.pieces,
      crc: DeflateStream.combine(headCRC, body.crc, length: body.uncompressedSize),
      uncompressedSize: head.count + body.uncompressedSize)
  }

  // MARK: Helpers

  private func cellStart(_ row: Int, _ column: Int, _ format: Format?) {
    setRowDigits(row)
    firstColumn = min(firstColumn, column)
    lastColumn = max(lastColumn, column)
    while columnNames.count <= column {
      columnNames.append(Array(Worksheet.columnName(columnNames.count).utf8))
    }
    cells.reserve(64)
    cells.append(#"<c r=""#)
    cells.append(columnNames[column])
    cells.append(rowDigits)
    cells.append(#"""#)
    if let format {
      let index = lxw_format_get_xf_index(format.handle)
      if index != 0 {
        cells.append(#" s=""#)
        cells.appendInteger(Int(index))
        cells.append(#"""#)
      }
    }
  }

  private func setRowDigits(_ row: Int) {
    guard row != rowDigitsFor else { return }
    rowDigitsFor = row
    // Reuses the array: a String and an Array per row were two allocations on a 283k-row list.
    rowDigits.removeAll(keepingCapacity: true)
    var n = row + 1
    repeat {
      rowDigits.append(UInt8(truncatingIfNeeded: n % 10) + 0x30)
      n /= 10
    } while n > 0
    rowDigits.reverse()
  }

  @inline(__always)
  static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A }
}
