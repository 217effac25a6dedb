import CXlsxWriter

/// A cell format (font, alignment, border, number format) owned by its workbook.
///
/// Setters return the format so a style reads as one expression. They do nothing
/// once the workbook is closed (the C format is freed with it). Only the
/// properties the report layouts use are exposed.
public final class Format {
  let handle: UnsafeMutablePointer<lxw_format>
  let workbook: Workbook

  public enum HorizontalAlignment {
    case left, center, right

    var lxw: UInt8 {
      switch self {
      case .left: return UInt8(LXW_ALIGN_LEFT.rawValue)
      case .center: return UInt8(LXW_ALIGN_CENTER.rawValue)
      case .right: return UInt8(LXW_ALIGN_RIGHT.rawValue)
      }
    }
  }

  public enum VerticalAlignment {
    case top, center, bottom

    var lxw: UInt8 {
      switch self {
      case .top: return UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)
      case .center: return UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue)
      case .bottom: return UInt8(LXW_ALIGN_VERTICAL_BOTTOM.rawValue)
      }
    }
  }

  init(handle: UnsafeMutablePointer<lxw_format>, workbook: Workbook) {
    self.handle = handle
    self.workbook = workbook
  }

  private var open: Bool { !workbook.isClosed }

  /// The font name (copied by libxlsxwriter; at most 127 bytes are kept).
  @discardableResult public func fontName(_ name: String) -> Format {
    if open { XLSXText.plain(name).withCString { format_set_font_name(handle, $0) } }
    return self
  }

  /// Font size in points.
  @discardableResult public func fontSize(_ points: Double) -> Format {
    if open { format_set_font_size(handle, points) }
    return self
  }

  @discardableResult public func bold() -> Format {
    if open { format_set_bold(handle) }
    return self
  }

  @discardableResult public func italic() -> Format {
    if open { format_set_italic(handle) }
    return self
  }

  /// A single underline.
  @discardableResult public func underline() -> Format {
    if open { format_set_underline(handle, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
    return self
  }

  /// A thin border on all four sides.
  @discardableResult public func thinBorder() -> Format {
    if open { format_set_border(handle, UInt8(LXW_BORDER_THIN.rawValue)) }
    return self
  }

  @discardableResult public func align(_ a: HorizontalAlignment) -> Format {
    if open { format_set_align(handle, a.lxw) }
    return self
  }

  @discardableResult public func verticalAlign(_ a: VerticalAlignment) -> Format {
    if open { format_set_align(handle, a.lxw) }
    return self
  }

  /// Wraps text at the column's width (Excel then needs the row tall enough).
  @discardableResult public func textWrap() -> Format {
    if open { format_set_text_wrap(handle) }
    return self
  }

  /// An Excel number format: `0`, `0.0`, `dd/mm/yyyy`. Excel's codes are
  /// locale-neutral, so the file shows the same on every machine.
  @discardableResult public func numberFormat(_ code: String) -> Format {
    if open { XLSXText.plain(code).withCString { format_set_num_format(handle, $0) } }
    return self
  }
}
