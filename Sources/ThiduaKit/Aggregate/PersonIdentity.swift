/// The identity under which T6 spots the same person nominated twice
/// (REPORTS.md: NFC, case-folded, runs of spaces collapsed), as UTF-8 bytes.
///
/// `CampaignChecks.personIdentity` does this with `lowercased()` and a split on
/// `Character`s; at 1M nominations (560k individuals) that, and hashing the
/// resulting `String`s, was 4.8 s of the run. Names are nearly always ASCII and
/// precomposed Vietnamese letters, whose lower case is a fixed offset, so those
/// are folded here byte by byte; any name holding a scalar outside that short
/// list goes through `personIdentity`, so both paths give the same bytes.
enum PersonIdentity {
  /// Appends the identity of `name`, given as its UTF-8 bytes (as `NominationTexts` holds
  /// it), to `out`.
  static func append(utf8 name: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    if !fast(name, into: &out) {
      out.append(contentsOf: CampaignChecks.personIdentity(String(decoding: name, as: UTF8.self)).utf8)
    }
  }

  /// The fast path; returns false (having appended nothing) when a scalar is not
  /// on the list, leaving the name to the general path.
  private static func fast(_ s: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
    let start = out.count
    var pendingSpace = false
    var i = 0
    while i < s.count {
      let b0 = s[i]
      var v: UInt32
      if b0 < 0x80 {
        v = UInt32(b0)
        i += 1
        if v == 0x20 || (v >= 0x09 && v <= 0x0D) {
          pendingSpace = out.count > start
          continue
        }
      } else if b0 & 0xE0 == 0xC0, i + 1 < s.count {
        v = (UInt32(b0 & 0x1F) << 6) | UInt32(s[i + 1] & 0x3F)
        i += 2
      } else if b0 & 0xF0 == 0xE0, i + 2 < s.count {
        v = (UInt32(b0 & 0x0F) << 12) | (UInt32(s[i + 1] & 0x3F) << 6) | UInt32(s[i + 2] & 0x3F)
        i += 3
      } else {
        out.removeSubrange(start...)
        return false
      }
      guard let lower = lowercase(v) else {
        out.removeSubrange(start...)
        return false
      }
      if pendingSpace {
        out.append(0x20)
        pendingSpace = false
      }
      encode(lower, into: &out)
    }
    return true
  }

  /// The lower case of the scalars the fast path knows (one scalar each), nil otherwise.
  static func lowercase(_ v: UInt32) -> UInt32? {
    switch v {
    case 0x41...0x5A: return v + 0x20
    case 0...0x7F: return v
    case 0xC0...0xDE where v != 0xD7: return v + 0x20
    case 0xD7, 0xDF...0xFF: return v
    // Latin Extended-A pairs (Ā ā … Į į, Ŋ ŋ … Ŷ ŷ), Ơ ơ, Ư ư.
    case 0x100...0x12F, 0x14A...0x177, 0x1A0...0x1A1: return v | 1
    case 0x1AF: return 0x1B0
    case 0x1B0: return v
    // Latin Extended Additional pairs (Ḁ ḁ … ẕ, Ạ ạ … ỿ), the Vietnamese letters.
    case 0x1E00...0x1E95, 0x1EA0...0x1EFF: return v | 1
    default: return nil
    }
  }

  private static func encode(_ v: UInt32, into out: inout [UInt8]) {
    if v < 0x80 {
      out.append(UInt8(v))
    } else if v < 0x800 {
      out.append(UInt8(0xC0 | (v >> 6)))
      out.append(UInt8(0x80 | (v & 0x3F)))
    } else {
      out.append(UInt8(0xE0 | (v >> 12)))
      out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (v & 0x3F)))
    }
  }
}
