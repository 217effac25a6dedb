/// A nomination quota, one row of `chi_tieu.csv`: per unit in scope, how many
/// collectives and individuals it may (must) propose for one award.
public struct Quota: Sendable {
  public enum Scope: Sendable, Equatable {
    /// One unit (index into `DataSet.units`).
    case unit(Int)
    /// Every unit whose `loai_don_vi` folds to this key.
    case unitType(String)
    /// `*`: every unit.
    case all
  }

  public var campaign: Int
  public var award: Int
  public var scope: Scope
  /// The scope as written, for messages.
  public var scopeText: String
  public var minCollective: Int?
  public var maxCollective: Int?
  public var minIndividual: Int?
  public var maxIndividual: Int?
  public var line: Int
}
