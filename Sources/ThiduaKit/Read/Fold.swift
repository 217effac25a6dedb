import Foundation

/// The folding DATA.md applies to headers and enumerated values: case folded,
/// diacritics removed (đ→d), every run of non-letters/digits turned into `_`,
/// leading and trailing `_` dropped. `Mã đơn vị`, `MA DON VI`, `ma_don_vi` → `ma_don_vi`.
///
/// "Letters and digits" are ASCII ones after the diacritics are removed: a letter of
/// another script (or a symbol such as `✓`) is a separator like a space, so a text of
/// only such characters folds to the empty string. `H'Mông` → `h_mong`,
/// `Tháng 6/2025` → `thang_6_2025`.
public enum Fold {
  public static func key(_ s: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    var pendingSeparator = false
    @inline(__always) func emit(_ b: UInt8) {
      if pendingSeparator {
        if !out.isEmpty { out.append(0x5F) }  // `_`, never leading
        pendingSeparator = false
      }
      out.append(b)
    }
    @inline(__always) func fold(_ b: UInt8) {
      switch b {
      case 0x41...0x5A: emit(b | 0x20)  // A-Z
      case 0x61...0x7A, 0x30...0x39: emit(b)
      default: pendingSeparator = true
      }
    }
    let ascii = s.utf8.allSatisfy { $0 < 0x80 }
    if ascii {
      for b in s.utf8 { fold(b) }
    } else {
      for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars {
        let v = scalar.value
        if v < 0x80 {
          fold(UInt8(v))
        } else if (0x300...0x36F).contains(v) {
          continue  // combining diacritical mark: dropped, and not a separator
        } else if v == 0x110 || v == 0x111 {
          emit(0x64)  // Đ đ
        } else {
          pendingSeparator = true
        }
      }
    }
    // A trailing separator is simply never emitted.
    return String(decoding: out, as: UTF8.self)
  }

  /// A folded key with its `_` removed: enumerated values are matched so too (DATA.md),
  /// because provincial systems export `TAPTHE`, `CANHAN`, `HOGIADINH`, `NAM` / `NU`.
  /// Applied to one distinct value at a time (the callers cache), never per row.
  public static func compact(_ folded: String) -> String {
    folded.utf8.contains(0x5F) ? String(decoding: folded.utf8.filter { $0 != 0x5F }, as: UTF8.self) : folded
  }

  /// The case of `cases` whose folded code equals the folded text, also with `_` removed.
  static func match<T>(_ folded: String, _ cases: some Sequence<T>, code: (T) -> String) -> T? {
    if let hit = cases.first(where: { code($0) == folded }) { return hit }
    let c = compact(folded)
    return cases.first { compact(code($0)) == c }
  }
}
