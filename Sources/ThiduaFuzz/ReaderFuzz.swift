import Foundation
import ThiduaKit

/// The reader's fuzz target. Built by `make fuzz` with `-sanitize=fuzzer,address
/// -DTHIDUA_FUZZ`, it hands control to libFuzzer's driver, which feeds
/// generated data files to `ReaderProbe.read` (the whole-file parse and every value
/// parser) and to `NominationsProbe` (the loader as real runs use it: chunks, halves,
/// the fast path, each checked against the ordinary read). A plain `swift build` makes an
/// input replayer instead (`ThiduaFuzz FILE...`), so a crash found by the
/// fuzzer can be reproduced and debugged without the sanitizers.
///
/// `THIDUA_FUZZ_DATA` names the data folder whose other files the nominations are
/// checked against (default `sample-data`, the seeds' ids).
///
/// The driver is started from our own `main` rather than libFuzzer's because
/// SwiftPM renames an executable's entry point (`ThiduaFuzz_main`) and points
/// `main` at it; a target without one does not link.
@main
enum ReaderFuzz {
  static func main() {
    #if THIDUA_FUZZ
      var argc = CommandLine.argc
      var argv = CommandLine.unsafeArgv
      exit(fuzzerRunDriver(&argc, &argv, fuzzOneInput))
    #else
      for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("ThiduaFuzz: không đọc được \(path)\n".utf8))
          exit(2)
        }
        let bytes = [UInt8](data)
        if workbookMode {
          print("\(path): \(WorkbookProbe.read(bytes)) ô của bảng tính")
          continue
        }
        print("\(path): \(ReaderProbe.read(bytes)) ô, \(nominations?.read(bytes) ?? 0) đề nghị")
      }
    #endif
  }

  /// `THIDUA_FUZZ_MODE=workbook` (`make fuzz-workbook`): the inputs are workbooks, or their
  /// XML parts (`WorkbookProbe`), instead of data files.
  static let workbookMode = ProcessInfo.processInfo.environment["THIDUA_FUZZ_MODE"] == "workbook"

  /// Made once: the data folder that every input is read in.
  static let nominations = NominationsProbe(
    referenceFolder: ProcessInfo.processInfo.environment["THIDUA_FUZZ_DATA"] ?? "sample-data")
}

#if THIDUA_FUZZ
  /// libFuzzer's callback, also referenced by its own `main` (linked in whole).
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if ReaderFuzz.workbookMode {
      WorkbookProbe.read(bytes)
      return 0
    }
    ReaderProbe.read(bytes)
    ReaderFuzz.nominations?.read(bytes)
    return 0
  }

  /// libFuzzer's `int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*cb)(const uint8_t *, size_t))`.
  @_silgen_name("LLVMFuzzerRunDriver")
  func fuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt
#endif
