import Foundation

/// Reads arbitrary bytes as `de_nghi.csv` the way real runs read it — the loader over a
/// data folder, chunked, in two halves, with the fast path — and stops the process when
/// two reads of the same bytes disagree. The fuzzer (`make fuzz`) calls it beside
/// `ReaderProbe.read`, so it explores the chunk edges, the halves' join and the fast
/// path's byte rules, not only the whole-file parse; the regression tests call it with the
/// inputs it once failed on.
///
/// The reads: the ordinary way (no fast path) on the whole file is the reference; the fast
/// path on the whole file, chunked, and in halves must give the same nominations, texts and
/// messages, for any input at all (invalid rows go the ordinary way in every read).
/// The chunk size and the split are taken from the input's bytes, so a failing input
/// replays with the same ones.
public final class NominationsProbe {
  /// A temporary data folder: the files `de_nghi.csv` is checked against, copied from
  /// `referenceFolder` (its ids are those of the seeds), and `de_nghi.csv`, rewritten for
  /// each input. Only those: every other file would be read four times per input too.
  let folder: String

  /// `referenceFolder`: a data folder whose files other than `de_nghi.csv` are used as
  /// they are (`sample-data`). nil when the temporary folder cannot be made.
  public init?(referenceFolder: String) {
    let fm = FileManager.default
    let dir = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "thidua-probe-\(getpid())-\(UInt32.random(in: 0 ... .max))")
    guard (try? fm.createDirectory(atPath: dir, withIntermediateDirectories: true)) != nil else { return nil }
    for name in [Schemas.awards.file, Schemas.campaigns.file, Schemas.clusters.file, Schemas.units.file]
    where fm.fileExists(atPath: (referenceFolder as NSString).appendingPathComponent(name)) {
      try? fm.copyItem(
        atPath: (referenceFolder as NSString).appendingPathComponent(name),
        toPath: (dir as NSString).appendingPathComponent(name))
    }
    folder = dir
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  /// Reads `bytes` four ways; returns how many nominations were read (`fatalError` when
  /// two reads differ: that is the bug the fuzzer reports).
  @discardableResult
  public func read(_ bytes: [UInt8]) -> Int {
    let path = (folder as NSString).appendingPathComponent(Schemas.nominations.file)
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return 0 }
    // A few bytes of the input pick the sizes: chunk edges anywhere, a split anywhere.
    // Not a byte or two: every chunk is a read of the file, and the chunked reader's own
    // tests already cut at every byte (ReadTestsChunked); here the runs per second matter.
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes.prefix(64) { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    let chunk = [5, 7, 61, 509, 4096][Int(h % 5)]
    let fraction = Double((h >> 8) % 99 + 1) / 100
    var ordinary = ReadSettings(chunkSize: nil)
    ordinary.fastPath = false
    guard let expected = try? DataFolderLoader.load(folder: folder, needs: nil, settings: ordinary) else {
      return 0
    }
    let reads: [(String, ReadSettings)] = [
      ("whole", ReadSettings(chunkSize: nil)),
      ("chunked \(chunk)", ReadSettings(chunkSize: chunk)),
      (
        "halves at \(fraction), chunk \(chunk)",
        ReadSettings(chunkSize: chunk, halvesMinimumBytes: 0, splitFraction: fraction, segmentSize: 3)
      ),
    ]
    for (what, settings) in reads {
      guard let got = try? DataFolderLoader.load(folder: folder, needs: nil, settings: settings) else {
        fatalError("de_nghi.csv: the \(what) read threw where the ordinary read did not")
      }
      if got.dataSet.nominations != expected.dataSet.nominations {
        fatalError("de_nghi.csv: the \(what) read gives other nominations than the ordinary read")
      }
      if got.dataSet.texts != expected.dataSet.texts {
        fatalError("de_nghi.csv: the \(what) read keeps other texts than the ordinary read")
      }
      if got.diagnostics != expected.diagnostics {
        fatalError("de_nghi.csv: the \(what) read gives other messages than the ordinary read")
      }
    }
    return expected.dataSet.nominations.count
  }
}
