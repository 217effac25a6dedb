import CXlsxWriter

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An .xlsx file being written: owns libxlsxwriter's `lxw_workbook` and,
/// through it, every worksheet, format and chart made from it.
///
/// Nothing reaches the disk until `close()`, which assembles the zip in one go;
/// a workbook dropped without `close()` frees its memory and writes nothing, so
/// a failed report never leaves a half-written file behind.
///
/// Determinism: libxlsxwriter stamps every zip entry with 1980-01-01 and writes
/// `docProps/core.xml`'s created/modified from `lxw_doc_properties.created`
/// (formatted with `gmtime`, so the time zone changes nothing) — but a zero
/// `created` means "now". `setProperties` takes the date from the caller, and
/// `close()` falls back to a fixed date when it was never called, so the same
/// content always gives the same bytes.
///
/// Not thread-safe: use one workbook from one thread.
public final class Workbook {
  let handle: UnsafeMutablePointer<lxw_workbook>
  public let path: String
  /// In constant-memory mode libxlsxwriter streams each row to a temporary
  /// file as soon as a later row is written: rows must then be written top to
  /// bottom (and cells left to right within a row); earlier rows are gone.
  public let constantMemory: Bool
  /// Read before every cell write. Unchecked exclusivity: a checked class
  /// property costs a `swift_beginAccess` call per read, measured at ~80
  /// instructions a cell; the workbook is single-threaded (above) and the flag
  /// is only set in `close()`, so there is no overlapping access to catch.
  @exclusivity(unchecked) public private(set) var isClosed = false
  private var propertiesSet = false
  /// Worksheets added so far (their zip entries are numbered in this order).
  private var worksheetCount = 0
  /// Streamed sheets with a block of rows made outside libxlsxwriter, spliced in at `close`.
  var streamedSheets: [Worksheet] = []
  /// Bytes of XML per deflated chunk of a streamed sheet's rows (`StreamedRows`): a
  /// megabyte keeps both cores busy with little to wait for at the end. Per workbook, so a
  /// test can cut small blocks into many chunks without changing any other test's files.
  var streamedChunkSize = 1 << 20
  /// 1980-01-01T00:00:00Z, the date libxlsxwriter gives every zip entry.
  public static let fallbackCreated = 315_532_800

  public init(path: String, constantMemory: Bool = false, tmpdir: String? = nil) throws {
    var options = lxw_workbook_options()
    options.constant_memory = constantMemory ? 1 : 0
    let made: UnsafeMutablePointer<lxw_workbook>? = path.withCString { cPath in
      if let tmpdir {
        // libxlsxwriter copies tmpdir (lxw_strdup), so the pointer need not outlive the call.
        return tmpdir.withCString { cDir in
          options.tmpdir = UnsafeMutablePointer(mutating: cDir)
          return workbook_new_opt(cPath, &options)
        }
      }
      return workbook_new_opt(cPath, &options)
    }
    guard let made else {
      throw XLSXError(LXW_ERROR_MEMORY_MALLOC_FAILED, context: "creating workbook \(path)")
    }
    handle = made
    self.path = path
    self.constantMemory = constantMemory
  }

  deinit {
    // Free without writing: an unclosed workbook is an abandoned one.
    if !isClosed { lxw_workbook_free(handle) }
  }

  /// The document properties of `docProps/core.xml`. `created` is Unix time in
  /// seconds (UTC); it also becomes the "modified" date. A later call replaces an earlier one.
  /// Unix time 0 is taken by libxlsxwriter to mean "now", so it is nudged to 1 s.
  public func setProperties(title: String = "", author: String = "", created: Int) throws {
    try checkOpen("setProperties")
    var props = lxw_doc_properties()
    props.created = time_t(created == 0 ? 1 : created)
    let cTitle = XLSXText.plain(title)
    let cAuthor = XLSXText.plain(author)
    // workbook_set_properties copies every string, so temporaries are fine.
    let err = cTitle.withCString { t in
      cAuthor.withCString { a -> lxw_error in
        if !cTitle.isEmpty { props.title = UnsafeMutablePointer(mutating: t) }
        if !cAuthor.isEmpty { props.author = UnsafeMutablePointer(mutating: a) }
        return workbook_set_properties(handle, &props)
      }
    }
    try XLSXError.check(err, "setting document properties")
    propertiesSet = true
  }

  /// Adds a worksheet at the end. The name must already be valid for Excel
  /// (at most 31 characters, none of `[]:*?/\`, not starting or ending with `'`,
  /// unique): this throws libxlsxwriter's reason otherwise.
  ///
  /// `constantMemory` streams this sheet (rows top to bottom, inline strings,
  /// no shared-string tree) whatever the workbook's own option: measured at 1M
  /// nominations, a 283k-row list costs 2.7 s / 4 MiB this way against 3.6 s /
  /// 380 MiB in normal mode.
  public func addWorksheet(_ name: String, constantMemory: Bool? = nil) throws -> Worksheet {
    try checkOpen("addWorksheet")
    let cName = XLSXText.plain(name)
    let streaming = constantMemory ?? self.constantMemory
    let sheet: UnsafeMutablePointer<lxw_worksheet>? = try cName.withCString { n in
      try XLSXError.check(workbook_validate_sheet_name(handle, n), "sheet name \"\(name)\"")
      return thidua_add_worksheet(handle, n, streaming ? 1 : 0)
    }
    guard let sheet else {
      throw XLSXError(LXW_ERROR_MEMORY_MALLOC_FAILED, context: "adding sheet \"\(name)\"")
    }
    worksheetCount += 1
    return Worksheet(handle: sheet, workbook: self, name: cName, number: worksheetCount, streaming: streaming)
  }

  /// A new, blank cell format. Formats are cheap but each distinct one becomes
  /// a style record: reuse them rather than making one per cell.
  public func addFormat() throws -> Format {
    try checkOpen("addFormat")
    guard let f = workbook_add_format(handle) else {
      throw XLSXError(LXW_ERROR_MEMORY_MALLOC_FAILED, context: "adding a format")
    }
    return Format(handle: f, workbook: self)
  }

  /// A new chart, to be filled with series and inserted into one worksheet once.
  public func addChart(_ kind: WorkbookChart.Kind) throws -> WorkbookChart {
    try checkOpen("addChart")
    guard let c = workbook_add_chart(handle, kind.lxwType) else {
      throw XLSXError(LXW_ERROR_MEMORY_MALLOC_FAILED, context: "adding a chart")
    }
    return WorkbookChart(handle: c, workbook: self)
  }

  /// Writes the file and frees everything. Call once; the workbook and all its
  /// sheets, formats and charts are unusable afterwards (their calls throw or do nothing).
  public func close() throws {
    try checkOpen("close")
    if !propertiesSet { try setProperties(created: Workbook.fallbackCreated) }
    isClosed = true
    for sheet in streamedSheets { sheet.endRowsIfOpen() }
    // workbook_close frees the workbook whatever the outcome.
    let err = workbook_close(handle)
    var blocks: [(sheet: Worksheet, rows: StreamedRows)] = []
    for sheet in streamedSheets {
      guard let rows = sheet.rows else { continue }
      // A block without rows (or a failed close) has nothing to splice; its deflater is drained.
      if rows.isEmpty || err != LXW_NO_ERROR {
        _ = rows.deflate.finish()
      } else {
        blocks.append((sheet, rows))
      }
    }
    streamedSheets = []
    try XLSXError.check(err, "writing \(path)")
    do {
      try splice(blocks)
    } catch {
      // What libxlsxwriter wrote lacks the blocks' rows: no file rather than a wrong one.
      unlink(path)
      throw error
    }
  }

  /// Puts each streamed block of rows into its sheet in the file libxlsxwriter
  /// wrote: before the first row below the block, or at the end of `<sheetData>`.
  private func splice(_ blocks: [(sheet: Worksheet, rows: StreamedRows)]) throws {
    guard !blocks.isEmpty else { return }
    var replacing: [String: ([UInt8]) throws -> DeflateStream.Output] = [:]
    for (sheet, rows) in blocks {
      replacing["xl/worksheets/sheet\(sheet.number).xml"] = { [path] old in
        guard let (head, tail) = StreamedRows.split(old, after: rows.lastRow) else {
          throw XLSXError.creatingFile("\(path): no <sheetData> in \(sheet.name)")
        }
        return try rows.spliced(between: head, and: tail, path: path)
      }
    }
    try ZipSplice.rewrite(path, replacing: replacing)
  }

  func checkOpen(_ what: String) throws {
    if isClosed { throw XLSXError(LXW_ERROR_PARAMETER_VALIDATION, context: "\(what) after close") }
  }
}
