/// Every mistake of a jobs file, in line order; none of its jobs runs (exit status 2).
public struct JobsFileMistakes: Error, Sendable {
  public var diagnostics: [Diagnostic]
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
  /// `jobs.toml:12: keep: lỗi: …`, one per mistake.
  public var lines: [String] { diagnostics.map(\.formatted) }
}
