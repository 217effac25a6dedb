/// One row of a table. `kind` tells renderers how to style it (a heading row
/// bold and merged across, a subtotal or total bold) — never what it means.
public struct Row: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case data
    /// A group heading ("I", "Cụm thi đua số 1"); its numbers are empty.
    case heading
    case subtotal
    case total
  }

  public var kind: Kind
  public var cells: [Cell]

  public init(_ kind: Kind, _ cells: [Cell]) {
    self.kind = kind
    self.cells = cells
  }
}
