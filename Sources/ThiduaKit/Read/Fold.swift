/// The folding DATA.md applies to headers and enumerated values: case folded,
/// diacritics removed (đ→d), every run of non-letters/digits turned into `_`,
/// leading and trailing `_` dropped. `Mã đơn vị`, `MA DON VI`, `ma_don_vi` → `ma_don_vi`.
///
/// API CONTRACT (implementation pending).
public enum Fold {
  public static func key(_ s: String) -> String {
    fatalError("Fold.key: not implemented yet")
  }
}
