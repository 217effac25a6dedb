/// Finds an award of the catalogue by what a file's `ma_hinh_thuc` holds: its code, or its
/// name as the catalogue writes it (DATA.md "Headers as people write them": units' lists
/// write "Giấy khen của Chủ tịch UBND xã", not `GKX`), matched after folding.
///
/// Built once per load; the readers cache the answer per distinct text, so the folding is
/// done once per distinct value, never per row.
struct AwardLookup: Sendable {
  /// code → catalogue index
  let codes: [String: Int]
  /// folded name → catalogue indices (more than one: the name is ambiguous)
  let names: [String: [Int]]
  /// "HCLD3 (Huân chương Lao động hạng Ba), BKTTG (…), …": what an unmatched value is told.
  let listing: String

  init(_ catalogue: [AwardForm]) {
    var codes: [String: Int] = [:]
    var names: [String: [Int]] = [:]
    for (i, f) in catalogue.enumerated() {
      codes[f.code] = i
      names[Fold.key(f.name), default: []].append(i)
    }
    self.codes = codes
    self.names = names
    listing = catalogue.map { "\($0.code) (\($0.name))" }.joined(separator: ", ")
  }

  /// The catalogue index of a code or a unique name; nil when none or several match.
  func index(of text: String) -> Int? {
    if let i = codes[text] { return i }
    guard let hits = names[Fold.key(text)], hits.count == 1 else { return nil }
    return hits[0]
  }

  /// The message for a text `index(of:)` found nothing for; `source` is where the catalogue
  /// comes from (`hinh_thuc.csv`, "danh mục mặc định").
  func unmatched(_ text: String, source: String) -> String {
    if let hits = names[Fold.key(text)], hits.count > 1 {
      return "tên hình thức khen thưởng \"\(text)\" khớp \(hits.count) hình thức trong \(source); "
        + "ghi mã hình thức (danh mục: \(listing))"
    }
    return "hình thức khen thưởng không tồn tại trong \(source): \"\(text)\" (danh mục: \(listing))"
  }
}
