/// The rows of a `Table`: either held in an array, or made one at a time when a renderer
/// reads them (`Rows(count:make:)`).
///
/// Why made rows: a long list is read once by each renderer (CSV and XLSX, on two cores)
/// and never kept. At 1M nominations T5 held as `Row`s was ~150 MiB (284k rows of seven
/// cells, each text a `String` of its own) on top of the data it was made from, at the
/// moment the run's memory peaked; made from the data when written, it costs nothing
/// more. A renderer sees the same rows either way: the same count, the same cells, in
/// the same order, as often as it reads them (`make` must give the same row for the same
/// index, from any thread).
///
/// Indices start at `startIndex` (0 for whole rows; a slice keeps its base's indices, as
/// an `ArraySlice` does). Equality and hashing compare the rows, not how they are held.
public struct Rows: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
  private enum Storage: Sendable {
    case held([Row])
    case made(@Sendable (Int) -> Row)
  }

  private let storage: Storage
  public let startIndex: Int
  public let endIndex: Int

  public init(_ rows: [Row]) {
    storage = .held(rows)
    startIndex = 0
    endIndex = rows.count
  }

  public init(arrayLiteral rows: Row...) { self.init(rows) }

  /// `count` rows, row `i` being `make(i)`.
  public init(count: Int, make: @escaping @Sendable (Int) -> Row) {
    storage = .made(make)
    startIndex = 0
    endIndex = count
  }

  private init(storage: Storage, bounds: Range<Int>) {
    self.storage = storage
    startIndex = bounds.lowerBound
    endIndex = bounds.upperBound
  }

  /// Whether the rows are made when read rather than held.
  public var areMade: Bool {
    if case .made = storage { return true }
    return false
  }

  public subscript(i: Int) -> Row {
    precondition(i >= startIndex && i < endIndex, "row index out of range")
    switch storage {
    case .held(let rows): return rows[i]
    case .made(let make): return make(i)
    }
  }

  public subscript(bounds: Range<Int>) -> Rows {
    precondition(bounds.lowerBound >= startIndex && bounds.upperBound <= endIndex, "rows out of range")
    return Rows(storage: storage, bounds: bounds)
  }

  public static func == (a: Rows, b: Rows) -> Bool { a.elementsEqual(b) }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for row in self { hasher.combine(row) }
  }
}
