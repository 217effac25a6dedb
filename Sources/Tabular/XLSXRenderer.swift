/// Writes a `WorkbookDocument` as an .xlsx through libxlsxwriter (the `XLSX` module).
///
/// API CONTRACT (implementation pending): one sheet per `Table` in order, then
/// chart sheets; each table sheet laid out as an official appendix (letterhead,
/// title, merged multi-level headers from `Column.path`, bordered Times New Roman
/// cells, bold heading/subtotal/total rows, frozen header, A4 landscape, fit to
/// width, repeated header rows, page numbers, computed column widths, then the
/// date line and signature block). Output bytes depend only on the document
/// (the document date, not the clock, is the file's creation date).
public enum XLSXRenderer {
  public static func write(_ document: WorkbookDocument, to path: String) throws {
    fatalError("XLSXRenderer.write: not implemented yet")
  }
}
