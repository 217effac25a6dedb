import Core
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `de_nghi.csv` read on two cores: the first half and the second half of the file at
/// once, each with its own `NominationRows`, then joined into exactly what one read from
/// top to bottom gives — the same nominations in the same order, the same messages on the
/// same lines in the same order.
///
/// Measured at 1M nominations (296 MB): reading `de_nghi.csv` was most of loading, and
/// loading a third of a T5-only run, all on one core while the other waited.
///
/// The second half starts just after the first line feed from 42 % of the file on (the
/// "middle" below), on the guess that it ends a record. The first half's reader stops at
/// the first record starting at or after that byte: if that is the byte, the guess was
/// right; if the line feed was inside a quoted field (a record spanning the middle), the
/// halves are thrown away and the file is read on one core. Anything else unusual (a file
/// that is not plain UTF-8, an unusable header, a damaged second half) also returns nil,
/// and the caller reads it on one core, where the whole-file read gives every message —
/// except when the first half's reader has already read the whole file the slow way: that
/// read is complete and is used as it is.
struct NominationHalves {
  var nominations: [Nomination]
  var texts: NominationTexts
  var diagnostics: [Diagnostic]
  /// Whether the two halves were read and joined (false: the first half's reader read the
  /// whole file the slow way). Tests check that the split was not avoided.
  var joined: Bool
  /// Rows the fast path made, in both halves.
  var fastRows: Int

  /// nil without a chunk size (`settings`), or on one core, or for a file smaller than
  /// `settings.halvesMinimumBytes`. `alongsideJoin` runs on the other core while the halves
  /// are joined (only when they are).
  static func read(
    folder: String, context: NominationRows.Context, settings: ReadSettings, alongsideJoin: () -> Void = {}
  ) -> NominationHalves? {
    let schema = Schemas.nominations
    let path = (folder as NSString).appendingPathComponent(schema.file)
    guard let chunkSize = settings.chunkSize, ProcessInfo.processInfo.activeProcessorCount >= 2,
      let head = Head.read(path: path, file: schema.file), head.size >= settings.halvesMinimumBytes,
      let split = middleLineStart(path: path, head: head, fraction: settings.splitFraction)
    else { return nil }
    var headerReader = FieldReader(
      CSVDocument(
        file: schema.file, encoding: .utf8, delimiter: head.state.delimiter, headerLine: head.headerLine,
        header: head.header, records: []), schema: schema)
    guard headerReader.isUsable else { return nil }
    let headerMessages = headerReader.diagnostics.count

    var first = NominationRows(context: context)
    var firstStop: (offset: Int, state: CSVParser.State)?
    var restarted = false
    var second = NominationRows(context: context, checksDuplicates: false)
    let (firstRead, secondRead) = TwoThreads.run(
      { () -> (FieldReader?, [Diagnostic]) in
        var messages: [Diagnostic] = []
        defer { Trace.mark("de_nghi.csv first half read") }
        let reader = FolderLoad.visit(
          schema, folder: folder, chunkSize: chunkSize, diagnostics: &messages, stopAt: split - head.bom,
          stopped: { firstStop = ($0, $1) },
          restart: {
            first = NominationRows(context: context)
            restarted = true
          }
        ) { r, view in first.add(&r, view) }
        return (reader, messages)
      },
      { () -> ChunkedCSVReader.Outcome? in
        let start = ChunkedCSVReader.Start(
          offset: split, consumed: split - head.bom,
          state: CSVParser.State(line: 1, delimiter: head.state.delimiter, delimiterKnown: true))
        defer { Trace.mark("de_nghi.csv second half read") }
        return try? ChunkedCSVReader.visit(path: path, file: schema.file, chunkSize: chunkSize, from: start) {
          second.add(&headerReader, $0)
        }
      })
    let (reader, messages) = firstRead
    guard let reader else { return nil }
    if restarted && firstStop == nil {
      // The first half's reader met something unusual and read the whole file the slow way.
      let (nominations, texts) = first.take()
      return NominationHalves(
        nominations: nominations, texts: texts, diagnostics: messages + reader.diagnostics, joined: false,
        fastRows: first.fastRows)
    }
    guard let stop = firstStop, stop.offset == split - head.bom, case .read = secondRead else { return nil }

    // Lines of the second half counted from 1 at the split: make them the file's.
    let shift = stop.state.line - 1
    var (later, laterTexts) = second.takeSegments()
    var tail: [Diagnostic] = headerReader.diagnostics[headerMessages...].map {
      var d = $0
      d.line = d.line.map { $0 + shift }
      return d
    }
    let (joinMessages, _) = TwoThreads.run(
      {
        first.append(
          &later, texts: laterTexts, shift: shift, file: schema.file,
          header: headerReader.header("ma_de_nghi"))
      }, alongsideJoin)
    tail += joinMessages
    // Messages in line order, as one read gives them (a line's own messages keep their order).
    let ordered = tail.indices.sorted { (tail[$0].line ?? 0, $0) < (tail[$1].line ?? 0, $1) }.map { tail[$0] }
    let (nominations, texts) = first.take()
    return NominationHalves(
      nominations: nominations, texts: texts, diagnostics: messages + reader.diagnostics + ordered,
      joined: true, fastRows: first.fastRows + second.fastRows)
  }

  /// The start of the file: its size, BOM, header record, and the parser's state after it.
  struct Head {
    var size: Int
    var bom: Int
    var header: [String]
    var headerLine: Int
    /// Bytes (after the BOM) up to the first record after the header.
    var end: Int
    var state: CSVParser.State

    /// nil when the file cannot be read in chunks as UTF-8, or has no record after its header.
    static func read(path: String, file: String) -> Head? {
      var st = stat()
      guard stat(path, &st) == 0 else { return nil }
      var header: CSVRecord?
      guard
        case .stopped(let end, let state, let encoding)? = try? ChunkedCSVReader.visit(
          path: path, file: file, chunkSize: 64 << 10, stopAt: 1, { if header == nil { header = $0.record } }),
        let header
      else { return nil }
      return Head(
        size: Int(st.st_size), bom: encoding == .utf8BOM ? 3 : 0, header: header.fields,
        headerLine: header.line, end: end, state: state)
    }
  }

  /// The file offset just after the first line feed from the middle (`fraction` of the
  /// file) on (looking at most 1 MB further), when that leaves records on both sides; nil otherwise.
  static func middleLineStart(path: String, head: Head, fraction: Double) -> Int? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    let middle = max(head.bom + head.end, Int(Double(head.size) * fraction))
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(middle)) }
    guard n > 0, let i = buffer[..<n].firstIndex(of: 0x0A) else { return nil }
    let split = middle + i + 1
    return split < head.size ? split : nil
  }
}
