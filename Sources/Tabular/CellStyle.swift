import XLSX

/// Everything that makes one cell look different from another, as a value,
/// so equal looks share one `XLSX.Format` (one style record in the file).
/// The font is always Times New Roman, the font of Vietnamese official documents.
struct CellStyle: Hashable {
  var points: Double = 12
  var bold = false
  var italic = false
  var underline = false
  var align: Format.HorizontalAlignment = .left
  var verticalAlign: Format.VerticalAlignment = .center
  var wrap = false
  var border = false
  var numberFormat: String?

  static let fontName = "Times New Roman"
}
