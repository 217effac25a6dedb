/// Walks the top level of a streamed part (`PartStream`) element by element, holding one
/// whole "unit" element at a time (a sheet's `<row>`, a shared string's `<si>`), so that a
/// unit is parsed from contiguous bytes while the part is never held whole.
///
/// A `<!DOCTYPE` (or any `<!` that is not a comment or CDATA) anywhere is refused.
enum PartScanner {
  /// What a unit handler or a tag handler asks for next.
  enum Next { case go, stop }

  /// `unit(p, attrsFrom, attrsTo, contentFrom, contentTo)`: an element named `unitName`, its
  /// start tag's attributes and its content (empty for a self-closing one).
  /// `tag(p, name, tagStart, nameEnd, tagEnd, closing)`: any other tag.
  static func scan(
    _ s: PartStream, unitName: StaticString,
    unit: (UnsafePointer<UInt8>, Int, Int, Int, Int) throws -> Next,
    tag: (UnsafePointer<UInt8>, (Int, Int), Int, Int, Bool) throws -> Next = { _, _, _, _, _ in .go }
  ) throws {
    var i = s.start
    /// Needs more bytes from `s.start` on; false at the end of the part.
    func refill(from at: Int) throws -> Bool {
      s.start = at
      let more = try s.more()
      i = s.start
      return more
    }
    while true {
      let p = UnsafePointer(s.buffer)
      let end = s.end
      guard let lt = XMLBytes.find(XMLBytes.lt, p, i, end) else {
        if try !refill(from: end) { return }
        continue
      }
      guard let gt = XMLBytes.find(XMLBytes.gt, p, lt + 1, end) else {
        if try !refill(from: lt) { throw truncated(s) }
        continue
      }
      let c = lt + 1 < end ? p[lt + 1] : 0
      if c == XMLBytes.question {
        guard let close = XMLBytes.find("?>", p, lt + 2, end) else {
          if try !refill(from: lt) { throw truncated(s) }
          continue
        }
        i = close + 2
        continue
      }
      if c == XMLBytes.bang {
        if end - lt < 9 {
          if try !refill(from: lt) { throw truncated(s) }
          continue
        }
        try wrap(s) { try XMLBytes.checkBang(p, lt, end) }
        let isComment = p[lt + 2] == 0x2D
        guard let close = XMLBytes.find(isComment ? "-->" : "]]>", p, lt + 4, end) else {
          if try !refill(from: lt) { throw truncated(s) }
          continue
        }
        i = close + 3
        continue
      }
      let closing = c == XMLBytes.slash
      let n = XMLBytes.name(p, closing ? lt + 2 : lt + 1, gt)
      if !closing && XMLBytes.equals(p, n, unitName) {
        if p[gt - 1] == XMLBytes.slash {
          if try wrap(s, { try unit(p, n.1, gt - 1, gt + 1, gt + 1) }) == .stop { return }
          i = gt + 1
          continue
        }
        guard let close = endTag(p, unitName, gt + 1, end) else {
          if try !refill(from: lt) { throw truncated(s) }
          continue
        }
        if try wrap(s, { try unit(p, n.1, gt, gt + 1, close.start) }) == .stop { return }
        i = close.after
        continue
      }
      if try wrap(s, { try tag(p, n, lt, gt, closing) }) == .stop { return }
      i = gt + 1
    }
  }

  /// The end tag `</name>` or `</x:name>` of a unit from `from` on.
  @inline(__always) static func endTag(
    _ p: UnsafePointer<UInt8>, _ name: StaticString, _ from: Int, _ to: Int
  ) -> (start: Int, after: Int)? {
    let n = name.utf8CodeUnitCount
    var i = from
    while let at = XMLBytes.find(name, p, i, to) {
      i = at + 1
      guard at + n < to, p[at + n] == XMLBytes.gt || XMLBytes.isSpace(p[at + n]) else { continue }
      guard at >= 2 else { continue }
      var k = at - 1
      if p[k] == XMLBytes.slash && p[k - 1] == XMLBytes.lt {
        guard let gt = XMLBytes.find(XMLBytes.gt, p, at + n, to) else { return nil }
        return (k - 1, gt + 1)
      }
      if p[k] == 0x3A {
        // A prefix: back to `</`.
        while k > from && p[k] != XMLBytes.lt && p[k] != XMLBytes.gt { k -= 1 }
        if p[k] == XMLBytes.lt && p[k + 1] == XMLBytes.slash {
          guard let gt = XMLBytes.find(XMLBytes.gt, p, at + n, to) else { return nil }
          return (k, gt + 1)
        }
      }
    }
    return nil
  }

  static func truncated(_ s: PartStream) -> Diagnostic {
    WorkbookError.damaged(s.file, "phần \"\(s.name)\" kết thúc giữa chừng")
  }

  /// XML refusals as the workbook's messages.
  @discardableResult
  static func wrap<T>(_ s: PartStream, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let r as XMLBytes.Refused {
      throw WorkbookError.refused(s.file, "phần \"\(s.name)\" \(r.why)")
    }
  }
}
