import Foundation

/// One pass over one worksheet for `WorkbookReader`: finds the header row, skips what
/// DATA.md skips, applies merges (on the second pass), and gives each row to the caller.
struct SheetReading {
  /// A merged range, 0-based columns and 1-based rows, inclusive.
  struct Merge {
    var top: Int32
    var left: Int32
    var bottom: Int32
    var right: Int32
  }

  /// The most merged ranges a sheet may list (16 bytes each).
  static let maxMerges = 4_000_000
  static let headerRows = 30

  let schema: FileSchema
  let place: RecordPlace
  private(set) var headerRow: Int?
  private var lastHeaderColumn = 0
  private var rowNumberColumns: Set<Int> = []
  private var numberRowChecked = false
  private(set) var merges: [Merge] = []

  init(schema: FileSchema, place: RecordPlace) {
    self.schema = schema
    self.place = place
  }

  /// The merges that reach the data rows (below the header, inside the table's columns, more
  /// than one cell), by top row.
  func dataMerges() -> [Merge] {
    guard let h = headerRow else { return [] }
    return merges.filter {
      Int($0.top) > h && Int($0.left) <= lastHeaderColumn && ($0.bottom > $0.top || $0.right > $0.left)
    }.sorted { $0.top < $1.top }
  }

  mutating func read(
    _ book: WorkbookParts, part: String, merges known: [Merge]?, _ body: (WorkbookReader.Row) throws -> Void
  ) throws {
    guard let stream = try book.stream(part) else { return }
    var row = WorksheetRow()
    var previous = 0
    var active: [(Merge, [UInt8], Bool)] = []
    var nextMerge = 0
    let pending = known ?? []
    var stopped = false
    try PartScanner.scan(
      stream, unitName: "row",
      unit: { p, a0, a1, c0, c1 in
        try row.parse(p, attrs: (a0, a1), content: c0, c1, previous: previous, book: book, file: book.file)
        previous = row.number
        guard let header = headerRow else {
          if row.number > Self.headerRows {
            stopped = true
            return .stop
          }
          if try isHeader(row) {
            headerRow = row.number
            try emit(row, stream, body)
          }
          return .go
        }
        if row.number <= header { return .go }
        if known != nil {
          // Ranges starting on this row take their value from it; ranges ended are dropped.
          active.removeAll { Int($0.0.bottom) < row.number }
          while nextMerge < pending.count && Int(pending[nextMerge].top) <= row.number {
            let m = pending[nextMerge]
            nextMerge += 1
            guard Int(m.bottom) >= row.number else { continue }
            let own = Int(m.top) == row.number
            active.append((m, own ? Array(row.field(Int(m.left))) : [], own))
          }
        }
        if isBlank(row) { return .go }
        if !numberRowChecked {
          numberRowChecked = true
          if isColumnNumbers(row) { return .go }
        }
        if !active.isEmpty { apply(active, to: &row) }
        try emit(row, stream, body)
        return .go
      },
      tag: { p, n, lt, gt, closing in
        if !closing && XMLBytes.equals(p, n, "mergeCell") {
          if let ref = try XMLBytes.attribute(p, n.1, gt, "ref"), let m = Self.merge(ref) {
            guard merges.count < Self.maxMerges else {
              throw WorkbookError.refused(book.file, "trang tính có quá \(Self.maxMerges) vùng ô gộp")
            }
            merges.append(m)
          }
        }
        return .go
      })
    _ = stopped
  }

  /// Is this row the header? Its texts name every required column.
  private mutating func isHeader(_ row: WorksheetRow) throws -> Bool {
    let fields = texts(row)
    guard FieldReader.namesEveryRequired(fields, schema: schema) else { return false }
    lastHeaderColumn = fields.lastIndex { !$0.isEmpty } ?? 0
    for (i, f) in fields.enumerated() where Self.isRowNumberHeader(f) { rowNumberColumns.insert(i) }
    return true
  }

  /// `STT`, `TT`, `Số TT`: the printed list's row number column (DATA.md).
  static func isRowNumberHeader(_ title: String) -> Bool {
    let k = Fold.key(title)
    return k == "stt" || k == "tt" || k == "so_tt"
  }

  private func texts(_ row: WorksheetRow) -> [String] {
    row.bytes.withUnsafeBufferPointer { b in
      let base = b.baseAddress ?? UnsafePointer(bitPattern: 1)!
      return row.spans.map { s in CSVParser.makeString(base + s.start, s.end - s.start, s.needsNFC) }
    }
  }

  /// Every cell empty but the row-number column's, and that one holding at most a number:
  /// "I. TẬP THỂ" typed in the STT cell is a units' list's heading row, never a blank row
  /// (DATA.md "Lists sent by units").
  private func isBlank(_ row: WorksheetRow) -> Bool {
    if row.ownCells == 0 && row.problems.isEmpty { return true }
    for (i, s) in row.spans.enumerated() where s.end > s.start {
      guard rowNumberColumns.contains(i) else { return false }
      let text = String(decoding: row.field(i), as: UTF8.self)
      if ListHeading.kind(of: text) != nil { return false }
    }
    return row.problems.isEmpty
  }

  /// `1 2 3 …` or `(1) (2) (3) …`: at least two cells, each a number, rising.
  private func isColumnNumbers(_ row: WorksheetRow) -> Bool {
    var last = -1
    var seen = 0
    for i in row.spans.indices {
      var f = Array(row.field(i))
      if f.isEmpty { continue }
      if f.first == 0x28 && f.last == 0x29 && f.count > 2 { f = Array(f[1..<(f.count - 1)]) }
      guard f.count <= 4, f.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
        let n = Int(String(decoding: f, as: UTF8.self)),
        n > last
      else { return false }
      last = n
      seen += 1
    }
    return seen >= 2
  }

  /// Copies each active range's value into its other cells of this row.
  private func apply(_ active: [(Merge, [UInt8], Bool)], to row: inout WorksheetRow) {
    for (m, value, _) in active {
      let right = min(Int(m.right), lastHeaderColumn)
      var c = Int(m.left)
      while c <= right {
        if !(Int(m.top) == row.number && c == Int(m.left)) {
          let start = row.bytes.count
          row.bytes.append(contentsOf: value)
          row.set(c, start, WorksheetRow.hasMarks(row.bytes, start))
        }
        c += 1
      }
    }
  }

  private func emit(
    _ row: WorksheetRow, _ stream: PartStream, _ body: (WorkbookReader.Row) throws -> Void
  ) throws {
    let position = stream.inputConsumed
    let total = max(stream.inputSize, 1)
    try row.bytes.withUnsafeBufferPointer { b in
      try row.spans.withUnsafeBufferPointer { spans in
        let view = CSVRecordView(
          line: row.number, base: b.baseAddress ?? UnsafePointer(bitPattern: 1)!, spans: spans, escaped: [],
          position: max(position, 1), bufferCount: total)
        try body(WorkbookReader.Row(view: view, problems: row.problems, place: place))
      }
    }
  }

  /// `B5:D9` → rows 5–9, columns 1–3; `B5` alone is one cell.
  static func merge(_ ref: String) -> Merge? {
    let parts = ref.split(separator: ":")
    guard parts.count == 1 || parts.count == 2, let a = cell(parts[0]), let b = cell(parts.last!) else {
      return nil
    }
    return Merge(
      top: Int32(min(a.row, b.row)), left: Int32(min(a.column, b.column)), bottom: Int32(max(a.row, b.row)),
      right: Int32(max(a.column, b.column)))
  }

  static func cell(_ s: Substring) -> (row: Int, column: Int)? {
    var column = 0
    var row = 0
    var letters = 0
    for b in s.utf8 {
      if b == 0x24 { continue }  // $
      var c = b
      if c >= 0x61 && c <= 0x7A { c -= 32 }
      if c >= 0x41 && c <= 0x5A && row == 0 {
        column = column * 26 + Int(c - 0x40)
        letters += 1
        if letters > 3 { return nil }
      } else if c >= 0x30 && c <= 0x39 {
        row = row * 10 + Int(c - 0x30)
        if row > 1_048_576 { return nil }
      } else {
        return nil
      }
    }
    guard letters > 0, row > 0, column <= WorksheetRow.maxColumns else { return nil }
    return (row, column - 1)
  }
}
