/// What a command did, for the executable to print and exit with. Keeping it
/// a value lets tests run every command in-process.
public struct RunOutcome: Sendable {
  /// 0 done (warnings allowed), 1 the data has errors, 2 wrong command line or a file cannot be read/written.
  public var exitCode: Int32
  /// Standard output: only the paths of files written.
  public var stdout: [String]
  /// Standard error: diagnostics and messages.
  public var stderr: [String]

  public init(exitCode: Int32 = 0, stdout: [String] = [], stderr: [String] = []) {
    self.exitCode = exitCode
    self.stdout = stdout
    self.stderr = stderr
  }
}
