/// An `Int` property stored in four bytes: indices into the data set's lists and line
/// numbers, which a million nominations each carry (`Nomination`). Values beyond
/// `Int32` (two billion lines or units) are not expected and trap.
@propertyWrapper
public struct Int32Backed: Sendable, Equatable {
  private var value: Int32

  public init(wrappedValue: Int) { value = Int32(wrappedValue) }

  public var wrappedValue: Int {
    get { Int(value) }
    set { value = Int32(newValue) }
  }
}
