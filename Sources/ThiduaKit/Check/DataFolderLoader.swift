import Core
import Foundation

/// Reads and checks a whole data folder (DATA.md): every file, every column,
/// every reference between files. Problems are collected, never thrown, so the
/// user sees all of them at once; only a missing folder throws.
public enum DataFolderLoader {
  /// `needs`: which free texts of `de_nghi.csv` to keep (see `TextNeeds`); nil keeps all.
  public static func load(folder: String, needs: TextNeeds? = nil) throws -> LoadResult {
    try load(folder: folder, needs: needs, settings: .standard)
  }

  /// `chunkSize`: how `de_nghi.csv` is read (`ChunkedCSVReader`); nil reads it whole. Tests
  /// pass a few bytes to cut records, quotes and letters at every place.
  static func load(folder: String, needs: TextNeeds?, chunkSize: Int?) throws -> LoadResult {
    try load(folder: folder, needs: needs, settings: ReadSettings(chunkSize: chunkSize))
  }

  /// `settings`: the sizes the big files are read with (tests change them).
  static func load(folder: String, needs: TextNeeds?, settings: ReadSettings) throws -> LoadResult {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
      throw DataFolderError(path: folder)
    }
    var loader = FolderLoad(folder: folder, needs: needs, settings: settings)
    loader.run()
    return LoadResult(
      dataSet: loader.data, diagnostics: loader.diagnostics,
      nominationsJoinedFromHalves: loader.nominationsJoinedFromHalves,
      nominationsOnFastPath: loader.nominationsOnFastPath)
  }

  /// The level above's folder of a roll-up (REPORTS.md "Roll-up"): campaigns, clusters,
  /// the offices that report to it, the award catalogue and `to_chuc.toml`; no
  /// nominations are needed, and none are read.
  public static func loadRoster(folder: String) throws -> LoadResult {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
      throw DataFolderError(path: folder)
    }
    var loader = FolderLoad(folder: folder, needs: nil, settings: .standard)
    loader.runRoster()
    return LoadResult(dataSet: loader.data, diagnostics: loader.diagnostics)
  }
}
