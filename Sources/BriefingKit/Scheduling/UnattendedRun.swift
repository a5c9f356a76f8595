import Foundation

/// The safety around one scheduled run of one briefing, in the order an unattended run needs:
/// take the briefing's lock, skip a date already produced (unless forced), produce, record the
/// run in the ledger, deliver (retrying earlier failed deliveries), and apply `keep_days`.
///
/// `briefing generate` wraps its per-briefing work in `run(...)`; everything here is also
/// usable piece by piece (`RunLock`, `RunLedger`, `Delivery`, `Retention`).
public struct UnattendedRun: Sendable {
  /// The configuration.
  public var config: BriefingConfig
  /// The state folder (`StateDirectory.url(for:)`).
  public var stateDirectory: URL
  /// How long a second run waits for the lock.
  public var lockTimeout: TimeSpan
  /// Delivers the written files; its settings (timeouts, environment) can be changed.
  public var delivery: Delivery

  /// Creates the run safety for `config` with its state in `stateDirectory`.
  public init(config: BriefingConfig, stateDirectory: URL, lockTimeout: TimeSpan = .seconds(5)) {
    self.config = config
    self.stateDirectory = stateDirectory
    self.lockTimeout = lockTimeout
    self.delivery = Delivery(config: config, stateDirectory: stateDirectory)
  }

  /// What the wrapped work produced.
  public struct Production: Sendable, Hashable {
    /// The files written (absolute).
    public var files: [URL]
    /// What went wrong without stopping the run (failed sources), one phrase each.
    public var problems: [String]

    /// Creates a production record.
    public init(files: [URL], problems: [String] = []) {
      self.files = files
      self.problems = problems
    }
  }

  /// How a run went.
  public struct Result: Sendable, Hashable {
    /// Whether the date was already produced and nothing was generated.
    public var skipped: Bool
    /// The ledger record of this run, or the earlier one when skipped.
    public var record: RunRecord?
    /// The deliveries (and retries of earlier ones).
    public var delivery: DeliveryReport
    /// The folders `keep_days` removed or kept.
    public var retention: Retention.Report

    /// The exit status the run ends with: 2 when sources or deliveries failed in this run
    /// (for a skipped run, only its retried deliveries count), else 0.
    public var exitStatus: ExitStatus {
      let partial = !skipped && record?.outcome == .partial
      return partial || delivery.hasFailures ? .partialFailure : .success
    }

    /// Every finding to show: failed deliveries and folders retention left alone.
    public var diagnostics: [Diagnostic] { delivery.diagnostics + retention.kept }
  }

  /// Runs `produce` for `briefing` on the local `date` under the briefing's lock.
  ///
  /// Throws `.locked` (exit status 75) when another run holds the lock past `lockTimeout`; when
  /// `produce` throws, the failure is recorded in the ledger and the error rethrown.
  public func run(
    _ briefing: BriefingSpec, date: String, force: Bool = false,
    clock: @Sendable () -> Date = { Date() },
    produce: () async throws -> Production
  ) async throws -> Result {
    let lock = RunLock(
      briefing: briefing.name, stateDirectory: stateDirectory, timeout: lockTimeout)
    let ledger = RunLedger(stateDirectory: stateDirectory)
    return try await lock.withLock { () async throws -> Result in
      if !force, try ledger.hasCompleted(briefing: briefing.name, date: date) {
        let retried = try delivery.retryPending(for: briefing.name, now: clock())
        let earlier = try ledger.runs(of: briefing.name).last {
          $0.date == date && $0.producedBriefing
        }
        return Result(skipped: true, record: earlier, delivery: retried, retention: .init())
      }
      let started = clock()
      let production: Production
      do {
        production = try await produce()
      } catch {
        let message = (error as? BriefingError)?.diagnostics.first?.message ?? "\(error)"
        try ledger.recordFailure(
          briefing: briefing.name, date: date, message: message, startedAt: started,
          finishedAt: clock(), forced: force)
        throw error
      }
      let item = DeliveryItem(
        briefing: briefing.name, title: briefing.title, date: date, files: production.files,
        outputDirectory: config.resolve(config.output.directory))
      let delivered = try delivery.deliver(item, to: briefing.deliver, now: clock())
      let problems = production.problems + delivered.diagnostics.map(\.message)
      try ledger.recordSuccess(
        briefing: briefing.name, date: date, files: production.files, startedAt: started,
        finishedAt: clock(), partial: problems.isEmpty ? nil : problems.joined(separator: "; "),
        forced: force)
      var retention = Retention.Report()
      if let keepDays = config.output.keepDays {
        retention = try Retention(keepDays: keepDays).sweep(
          config.resolve(config.output.directory),
          today: Self.localDate(clock(), in: config.timezone))
      }
      return Result(
        skipped: false, record: try ledger.lastRun(of: briefing.name), delivery: delivered,
        retention: retention)
    }
  }

  /// `YYYY-MM-DD` of `date` in `zone`.
  public static func localDate(_ date: Date, in zone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    let year = parts.year ?? 1970
    let month = parts.month ?? 1
    let day = parts.day ?? 1
    return String(format: "%04d-%02d-%02d", year, month, day)
  }
}
