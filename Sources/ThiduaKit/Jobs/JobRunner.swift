import Core
import Foundation

/// Runs the jobs of a jobs file one after the other (`thidua run`). A job that
/// fails is reported on standard error and the others still run; standard
/// output gets one line per job done and nothing else, so a cron mail or log
/// stays quiet unless something is wrong.
///
/// Exit status: 0 every job done; 1 some job's data has errors; 2 a file could
/// not be read or written (or a named campaign does not exist); 3 some job's
/// output folder was locked by another run. With several failures, the highest.
public struct JobRunner {
  /// The instant "today" is taken from; tests pin it.
  public var now: Date
  /// Say what would be written and deleted; write and delete nothing.
  public var dryRun: Bool
  /// Also print the data's warnings (unattended runs keep them to the T6 sheet).
  public var verbose: Bool
  /// The report definitions of jobs that name none (`reports`).
  public var definitions: ReportDefinitions
  /// How files are rendered; tests inject a failing one.
  public var render: (OutputContent, String) throws -> Void

  public static let lockedExitCode: Int32 = 3

  public init(
    now: Date = Date(), dryRun: Bool = false, verbose: Bool = false,
    definitions: ReportDefinitions = .builtIn,
    render: @escaping (OutputContent, String) throws -> Void = ReportWriter.render
  ) {
    self.now = now
    self.dryRun = dryRun
    self.verbose = verbose
    self.definitions = definitions
    self.render = render
  }

  /// Runs every job in order.
  public func run(_ jobs: [Job]) -> RunOutcome {
    var outcome = RunOutcome()
    var cache: [String: Result<LoadResult, WriteError>] = [:]
    for job in jobs {
      let code = run(job, cache: &cache, into: &outcome)
      outcome.exitCode = max(outcome.exitCode, code)
    }
    return outcome
  }

  /// One job; returns its exit status. Messages go into `outcome`.
  func run(_ job: Job, cache: inout [String: Result<LoadResult, WriteError>], into outcome: inout RunOutcome)
    -> Int32
  {
    func fail(_ code: Int32, _ message: String) -> Int32 {
      outcome.stderr.append("thidua: \(job.name): \(message)")
      return code
    }
    let zone = TimeZone(identifier: job.timeZone) ?? VietnamClock.zone
    let asOf = job.asOf.resolve(now: now, in: zone)

    var definitions = self.definitions
    if let path = job.reports {
      do {
        definitions = try ReportDefinitions.load(path: path)
      } catch let d as Diagnostic {
        return fail(2, d.formatted)
      } catch {
        return fail(2, "\(path): \(error)")
      }
    }

    if let rollup = job.rollup {
      return runRollup(job, rollup, asOf: asOf, definitions: definitions, into: &outcome)
    }

    if cache[job.data] == nil {
      do {
        cache[job.data] = .success(try DataFolderLoader.load(folder: job.data))
      } catch {
        cache[job.data] = .failure(WriteError(path: job.data, reason: "\(error)"))
      }
    }
    let loaded: LoadResult
    switch cache[job.data]! {
    case .failure(let e): return fail(2, "\(e.reason)")
    case .success(let l): loaded = l
    }
    let shown = verbose ? loaded.diagnostics : loaded.errors
    for line in DiagnosticReport.lines(shown) { outcome.stderr.append("thidua: \(job.name): \(line)") }
    if loaded.hasErrors {
      return fail(
        loaded.hasUnreadableFile ? 2 : 1,
        "dữ liệu \(job.data) có lỗi (\(DiagnosticReport.summary(loaded.diagnostics))), không ghi tệp nào")
    }

    let data = loaded.dataSet
    let (chosen, missing) = job.campaigns.choose(from: data.campaigns, asOf: asOf)
    if !missing.isEmpty {
      let known = data.campaigns.map(\.id).joined(separator: ", ")
      return fail(
        2,
        "không có phong trào \(missing.map { "\"\(Self.printable($0))\"" }.joined(separator: ", ")) trong phong_trao.csv "
          + "(có: \(known)); không ghi tệp nào")
    }
    if chosen.isEmpty {
      outcome.stdout.append(
        "\(job.name): không có phong trào nào diễn ra trong tháng \(asOf.calendarMonth); không ghi tệp nào")
      return 0
    }

    let built = CampaignBatches(
      loaded: loaded, campaigns: chosen, asOf: asOf, tables: job.tables, definitions: definitions,
      folder: { job.namePattern.folder(campaign: $0.campaign.id, asOf: asOf, job: job.name) },
      extra: { scope, files in
        let marker = JobMarker(
          job: job.name, campaign: scope.campaign.id, asOf: asOf, files: files.map(\.name))
        return [(JobMarker.fileName, .bytes(marker.bytes))]
      })
    let batches = built.batches
    let warnings = built.warnings
    if verbose {
      for line in DiagnosticReport.lines(warnings) { outcome.stderr.append("thidua: \(job.name): \(line)") }
    }

    return write(job, batches: batches, campaigns: chosen.map { data.campaigns[$0].id }, into: &outcome)
  }

  /// A roll-up job (`tong_hop = true`): `thidua tong-hop` of what has arrived in `from`,
  /// with the job's folder names, marker and retention, as a report job has them. The
  /// offices that have not sent are in the roll-up's `kiem-tra.csv` and `tinh-hinh-gui.csv`
  /// (on standard error only with `--verbose`).
  func runRollup(
    _ job: Job, _ rollup: Job.RollupJob, asOf: CalendarDay, definitions: ReportDefinitions,
    into outcome: inout RunOutcome
  ) -> Int32 {
    func fail(_ code: Int32, _ message: String) -> Int32 {
      outcome.stderr.append("thidua: \(job.name): \(message)")
      return code
    }
    let roster: LoadResult
    do {
      roster = try DataFolderLoader.loadRoster(folder: job.data)
    } catch {
      return fail(2, "\(error)")
    }
    let (chosen, missing) = job.campaigns.choose(from: roster.dataSet.campaigns, asOf: asOf)
    if !missing.isEmpty && !roster.hasErrors {
      let known = roster.dataSet.campaigns.map(\.id).joined(separator: ", ")
      return fail(
        2,
        "không có phong trào \(missing.map { "\"\(Self.printable($0))\"" }.joined(separator: ", ")) trong phong_trao.csv "
          + "(có: \(known)); không ghi tệp nào")
    }
    if chosen.isEmpty && !roster.hasErrors {
      outcome.stdout.append(
        "\(job.name): không có phong trào nào diễn ra trong tháng \(asOf.calendarMonth); không ghi tệp nào")
      return 0
    }
    let ids = chosen.map { roster.dataSet.campaigns[$0].id }
    var rolled = RunOutcome()
    let batches = Commands.rollup(
      data: job.data, from: rollup.from, campaigns: ids, asOf: asOf, tables: rollup.tables,
      definitions: definitions, into: &rolled,
      folder: { job.namePattern.folder(campaign: $0.campaign.id, asOf: asOf, job: job.name) },
      extra: { heading, files in
        let marker = JobMarker(
          job: job.name, campaign: heading.campaign.id, asOf: asOf, files: files.map(\.name))
        return [(JobMarker.fileName, .bytes(marker.bytes))]
      })
    if batches == nil || verbose {
      for line in rolled.stderr { outcome.stderr.append("thidua: \(job.name): \(line)") }
    }
    guard let batches else { return rolled.exitCode }
    return write(job, batches: batches, campaigns: ids, into: &outcome)
  }

  /// Writes a job's batches (one per campaign of `campaigns`) under its lock, then
  /// removes the exports past `keep`; with `--dry-run` only says what it would do.
  func write(_ job: Job, batches: [ReportWriter.Batch], campaigns: [String], into outcome: inout RunOutcome)
    -> Int32
  {
    func fail(_ code: Int32, _ message: String) -> Int32 {
      outcome.stderr.append("thidua: \(job.name): \(message)")
      return code
    }
    if dryRun { return preview(job, batches: batches, campaigns: campaigns, into: &outcome) }

    let lock: OutputLock
    do {
      lock = try OutputLock(folder: job.out)
    } catch OutputLock.Failure.busy(let folder) {
      return fail(
        Self.lockedExitCode, "thư mục \(folder) đang được một lần chạy khác ghi; việc này không chạy lần này")
    } catch OutputLock.Failure.unavailable(let path, let reason) {
      return fail(2, "\(path): \(reason)")
    } catch {
      return fail(2, "\(error)")
    }
    defer { lock.release() }

    do {
      _ = try ReportWriter(outputFolder: job.out, render: render).write(batches)
    } catch {
      return fail(2, "\(error); các bản xuất trước vẫn giữ nguyên")
    }

    var parts: [String] = []
    var removed = 0
    for (batch, id) in zip(batches, campaigns) {
      let path = (job.out as NSString).appendingPathComponent(batch.folder)
      parts.append("\(Self.printable(id)) → \(path) (\(batch.files.count - 1) tệp)")
      guard let keep = job.keep else { continue }
      let old = Retention.surplus(
        out: job.out, depth: job.namePattern.depth, job: job.name, campaign: id, keep: keep,
        current: path)
      for (folder, marker) in old {
        do {
          try Retention.delete(folder, marker: marker, out: job.out)
          removed += 1
        } catch {
          outcome.stdout.append("\(job.name): " + parts.joined(separator: "; "))
          return fail(2, "\(error)")
        }
      }
    }
    outcome.stdout.append(
      "\(job.name): " + parts.joined(separator: "; ") + (removed > 0 ? "; đã xóa \(removed) bản cũ" : ""))
    return 0
  }

  /// `--dry-run`: the job's line, then each file that would be written and each old export that would go.
  func preview(
    _ job: Job, batches: [ReportWriter.Batch], campaigns: [String], into outcome: inout RunOutcome
  )
    -> Int32
  {
    var parts: [String] = []
    var lines: [String] = []
    for (batch, id) in zip(batches, campaigns) {
      let path = (job.out as NSString).appendingPathComponent(batch.folder)
      parts.append("\(Self.printable(id)) → \(path) (\(batch.files.count - 1) tệp)")
      for file in batch.files where file.name != JobMarker.fileName {
        lines.append("  sẽ ghi \((path as NSString).appendingPathComponent(file.name))")
      }
      guard let keep = job.keep else { continue }
      for (folder, _) in Retention.surplus(
        out: job.out, depth: job.namePattern.depth, job: job.name, campaign: id, keep: keep,
        current: path)
      {
        lines.append("  sẽ xóa bản cũ \(folder)")
      }
    }
    outcome.stdout.append("\(job.name) (chạy thử, không ghi gì): " + parts.joined(separator: "; "))
    outcome.stdout += lines
    return 0
  }

  /// An id as it may be shown on a log line: control characters (which could
  /// move a terminal's cursor or forge a line) written as `\u{…}`.
  static func printable(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
      if u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.properties.generalCategory == .format {
        out += "\\u{\(String(u.value, radix: 16))}"
      } else {
        out.unicodeScalars.append(u)
      }
    }
    return out
  }
}
