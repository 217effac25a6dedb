/// The lines under the date line: who prepared the table (left) and who signs
/// it (right), laid out the way Vietnamese documents are signed.
///
/// Each side is capacity lines ("NGƯỜI LẬP BIỂU", "KT. TRƯỞNG PHÒNG"), room to
/// sign, then the name; with two or more lines the last one is the name. Both
/// sides get the same room and their names land on the same row. A line in
/// parentheses ("(Ký, ghi rõ họ tên)") is italic, the others bold. If the
/// builder already put empty lines in, they are its room and the lines are
/// kept exactly as given.
struct SignatureBlock {
  struct Line: Equatable {
    var text: String
    var bold: Bool
    var italic: Bool
  }

  let left: [Line]
  let right: [Line]

  init(left: [String], right: [String], room: Int) {
    func capacity(_ lines: [String]) -> Int { lines.count >= 2 ? lines.count - 1 : lines.count }
    let rows = max(capacity(left), capacity(right)) + room
    self.left = SignatureBlock.lay(left, rows: rows)
    self.right = SignatureBlock.lay(right, rows: rows)
  }

  private static func lay(_ lines: [String], rows: Int) -> [Line] {
    if lines.isEmpty { return [] }
    if lines.contains(where: { $0.trimmingSpaces.isEmpty }) { return lines.map(line) }
    if lines.count == 1 { return [line(lines[0])] }
    var out = lines.dropLast().map(line)
    while out.count < rows { out.append(Line(text: "", bold: false, italic: false)) }
    out.append(line(lines[lines.count - 1]))
    return out
  }

  private static func line(_ text: String) -> Line {
    let t = text.trimmingSpaces
    let aside = t.hasPrefix("(") && t.hasSuffix(")")
    return Line(text: text, bold: !aside && !t.isEmpty, italic: aside)
  }
}

extension String {
  fileprivate var trimmingSpaces: Substring {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s = s.dropFirst() }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    return s
  }
}
