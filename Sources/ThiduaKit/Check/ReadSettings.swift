/// How the big files (`de_nghi.csv`, `tien_do.csv`) are read: the sizes real runs use,
/// which tests change to cut records, quotes and letters at every byte, to split tiny
/// files at every line and to close segments after a few rows.
///
/// A parameter of `DataFolderLoader.load`, not global variables, so no test can leave
/// its sizes behind for the next one and the tests pass in any order.
struct ReadSettings: Sendable {
  /// Bytes per chunk of `ChunkedCSVReader`; nil reads the files whole.
  var chunkSize: Int? = ChunkedCSVReader.defaultChunkSize
  /// `de_nghi.csv` files smaller than this are read on one core (`NominationHalves`),
  /// where splitting costs more than it saves.
  var halvesMinimumBytes = 4 << 20
  /// Where the split of `de_nghi.csv` is looked for, as a share of the file. Not half: the
  /// first half also checks its ids for repeats as it reads (the second half's are checked
  /// at the join), so a byte of it costs more. Measured at 1M, split at half, the second
  /// half ended 0.12 s (fact table only) to 0.29 s (all files) before the first, one core
  /// idle meanwhile; at 42 % 0.00–0.02 s and 0.08 s, the file read 0.04 s sooner.
  var splitFraction = 0.42
  /// Rows per segment of the second half (`NominationRows`), which the join moves one at a time.
  var segmentSize = 1 << 15
  /// Whether valid rows of `de_nghi.csv` take `NominationFastPath`. Only the differential
  /// test turns it off, to read every file the ordinary way too and compare.
  var fastPath = true

  /// What every real run uses.
  static let standard = ReadSettings()
}
