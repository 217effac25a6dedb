import Foundation

/// What a level above has received (REPORTS.md "Roll-up"):
/// `<from>/<ma_phong_trao>/<office>/`, each office folder matched to an
/// office of the upper roster by its `ma_don_vi` or its name, after folding.
///
/// A campaign folder is named by the campaign's id (as `thidua report` names
/// its output folder: the id, or the id made safe for a file name), matched
/// after folding too. Hidden entries (`.thidua-tmp-…`, `.DS_Store`) and plain
/// files are not folders received and are passed over.
struct ReceivedFolders {
  /// Per upper campaign (index into `campaigns`), per office (position in
  /// `offices`), the folder received, if any.
  private(set) var folders: [[String?]]
  /// Errors (a folder that matches no office, or several; two folders for one
  /// office) and warnings (a folder for a campaign not in `phong_trao.csv`).
  private(set) var diagnostics: [Diagnostic] = []

  init(from: String, campaigns: [Campaign], offices: [Unit]) throws {
    folders = [[String?]](
      repeating: [String?](repeating: nil, count: offices.count), count: campaigns.count)
    var campaignByKey: [String: Int] = [:]
    for (i, c) in campaigns.enumerated() {
      for key in [c.id, SafeFileName.make(c.id), Fold.key(c.id)] where campaignByKey[key] == nil {
        campaignByKey[key] = i
      }
    }
    // An office by its id as written, or by its id or name folded; a folded key that
    // two offices share names neither (-1).
    var exact: [String: Int] = [:]
    var folded: [String: Int] = [:]
    for (p, u) in offices.enumerated() {
      if exact[u.id] == nil { exact[u.id] = p }
      for key in Set([Fold.key(u.id), Fold.key(u.name)]) where !key.isEmpty {
        folded[key] = folded[key] == nil || folded[key] == p ? p : -1
      }
    }
    for name in try Self.folders(in: from) {
      let path = (from as NSString).appendingPathComponent(name)
      guard let c = campaignByKey[name] ?? campaignByKey[Fold.key(name)] else {
        diagnostics.append(
          Diagnostic(
            .warning, .unknownCampaignFolder, file: path,
            "thư mục \"\(name)\" không ứng với phong trào nào trong phong_trao.csv của cấp trên; bỏ qua",
            campaignID: name))
        continue
      }
      for office in try Self.folders(in: path) {
        let officePath = (path as NSString).appendingPathComponent(office)
        let p = exact[office] ?? folded[Fold.key(office)]
        guard let p, p >= 0 else {
          let why =
            p == -1
            ? "khớp với nhiều đơn vị trong don_vi.csv của cấp trên"
            : "không khớp với mã hay tên đơn vị nào trong don_vi.csv của cấp trên"
          diagnostics.append(
            Diagnostic(
              .error, .unknownReference, file: officePath, "thư mục \"\(office)\" \(why)",
              campaignID: campaigns[c].id))
          continue
        }
        if let earlier = folders[c][p] {
          diagnostics.append(
            Diagnostic(
              .error, .duplicateID, file: officePath,
              "hai thư mục cho cùng đơn vị \(offices[p].id) (\(offices[p].name)): \"\(earlier)\" và \"\(officePath)\"",
              campaignID: campaigns[c].id, unitID: offices[p].id))
          continue
        }
        folders[c][p] = officePath
      }
    }
  }

  /// The names of the folders directly inside `path`, sorted (bytewise), hidden ones left out.
  static func folders(in path: String) throws -> [String] {
    let fm = FileManager.default
    let names: [String]
    do {
      names = try fm.contentsOfDirectory(atPath: path)
    } catch {
      throw DataFolderError(path: path)
    }
    return names.filter { name in
      var isDir: ObjCBool = false
      return !name.hasPrefix(".")
        && fm.fileExists(atPath: (path as NSString).appendingPathComponent(name), isDirectory: &isDir)
        && isDir.boolValue
    }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}
