import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Hands written briefings on as configured in `deliver:`: piped into a command (`/bin/sh -c`),
/// plain text or a MIME email, or copied into a folder.
///
/// A delivery that fails (non-zero exit, timeout, unwritable folder) is recorded in the
/// briefing's pending-deliveries file in the state folder and retried on the next run; the
/// briefing files stay where they were written. Pending deliveries older than `giveUpAfter`,
/// or whose files are gone, are given up and reported, never dropped silently. Use it while
/// holding the briefing's `RunLock`.
///
/// Commands run in the configuration's folder with the environment plus `BRIEFING_NAME`,
/// `BRIEFING_TITLE`, `BRIEFING_DATE`, `BRIEFING_MARKDOWN` and `BRIEFING_TEXT` (file paths).
public struct Delivery: Sendable {
  /// The configuration (its folder resolves `copy_to` and is the commands' folder).
  public var config: BriefingConfig
  /// The state folder holding the pending-deliveries files.
  public var stateDirectory: URL
  /// The environment commands run with.
  public var environment: [String: String]
  /// How long one command may run.
  public var timeout: TimeSpan
  /// How long a failing delivery is retried before it is given up.
  public var giveUpAfter: TimeSpan
  /// The host name for email headers.
  public var host: String
  /// Runs the commands.
  public var runner: ProcessRunner

  /// Creates a delivery for `config` with its state in `stateDirectory`.
  public init(
    config: BriefingConfig, stateDirectory: URL,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    timeout: TimeSpan = .minutes(2), giveUpAfter: TimeSpan = .days(7),
    host: String = ProcessInfo.processInfo.hostName, runner: ProcessRunner = .init()
  ) {
    self.config = config
    self.stateDirectory = stateDirectory
    self.environment = environment
    self.timeout = timeout
    self.giveUpAfter = giveUpAfter
    self.host = host.isEmpty ? "localhost" : host
    self.runner = runner
  }

  /// Retries the briefing's pending deliveries, then delivers `item` to each of `specs`.
  public func deliver(
    _ item: DeliveryItem, to specs: [DeliverySpec], now: Date = Date()
  ) throws -> DeliveryReport {
    let queue = DeliveryQueue(stateDirectory: stateDirectory)
    var report = DeliveryReport()
    var pending = try retry(queue.pending(for: item.briefing), now: now, into: &report)
    for spec in specs {
      let target = DeliveryTarget(spec)
      // A newer attempt at the same delivery replaces a pending one (a forced re-run).
      let earlier = pending.firstIndex { $0.item.date == item.date && $0.target == target }
      let previous = earlier.map { pending.remove(at: $0) }
      if let failure = attempt(item, to: target, now: now) {
        var entry = PendingDelivery(
          item: item, target: target, attempts: 1, firstFailedAt: now, lastFailedAt: now,
          lastError: failure)
        if let previous {
          entry.attempts = previous.attempts + 1
          entry.firstFailedAt = previous.firstFailedAt
        }
        pending.append(entry)
        report.failures.append(failed(entry))
      } else {
        report.delivered.append("\(target) of \(item.briefing) \(item.date)")
      }
    }
    try queue.save(pending, for: item.briefing)
    report.pendingCount = pending.count
    return report
  }

  /// Retries the pending deliveries of `briefing` (for runs that write nothing new).
  public func retryPending(for briefing: String, now: Date = Date()) throws -> DeliveryReport {
    let queue = DeliveryQueue(stateDirectory: stateDirectory)
    let waiting = try queue.pending(for: briefing)
    var report = DeliveryReport()
    guard !waiting.isEmpty else { return report }
    let pending = retry(waiting, now: now, into: &report)
    try queue.save(pending, for: briefing)
    report.pendingCount = pending.count
    return report
  }

  /// Tries each pending delivery once; returns those still pending.
  private func retry(
    _ waiting: [PendingDelivery], now: Date, into report: inout DeliveryReport
  ) -> [PendingDelivery] {
    var still: [PendingDelivery] = []
    for var entry in waiting {
      let missing = entry.item.files.filter { !FileManager.default.fileExists(atPath: $0.path) }
      if !missing.isEmpty {
        report.abandoned.append(
          Diagnostic(
            .error,
            "gave up \(entry.target) of \(entry.item.briefing) \(entry.item.date): "
              + "its files are gone (\(missing.map(\.path).joined(separator: ", ")))",
            hint: "it failed \(entry.attempts) time(s), last with: \(entry.lastError)"))
        continue
      }
      if let failure = attempt(entry.item, to: entry.target, now: now) {
        entry.attempts += 1
        entry.lastFailedAt = now
        entry.lastError = failure
        if now.timeIntervalSince(entry.firstFailedAt) >= giveUpAfter.seconds {
          report.abandoned.append(
            Diagnostic(
              .error,
              "gave up \(entry.target) of \(entry.item.briefing) \(entry.item.date) after "
                + "\(entry.attempts) attempts over \(giveUpAfter): \(failure)",
              hint: "the briefing files are still there: "
                + entry.item.files.map(\.path).joined(separator: ", ")))
        } else {
          still.append(entry)
          report.failures.append(failed(entry))
        }
      } else {
        report.delivered.append(
          "\(entry.target) of \(entry.item.briefing) \(entry.item.date) "
            + "(retry \(entry.attempts + 1))")
      }
    }
    return still
  }

  private func failed(_ entry: PendingDelivery) -> Diagnostic {
    Diagnostic(
      .error,
      "\(entry.target) of \(entry.item.briefing) \(entry.item.date) failed: \(entry.lastError)",
      hint: "it will be retried on the next run (attempt \(entry.attempts) so far); the briefing "
        + "files stay where they were written")
  }

  /// Delivers once; returns what went wrong, or `nil` when it worked.
  private func attempt(_ item: DeliveryItem, to target: DeliveryTarget, now: Date) -> String? {
    switch target {
    case .command(let command, let email, let to, let from):
      return run(command, email: email, to: to, from: from, item: item, now: now)
    case .copy(let folder):
      return copy(item, into: config.resolve(folder))
    }
  }

  private func run(
    _ command: String, email: Bool, to: [String], from: String?, item: DeliveryItem, now: Date
  ) -> String? {
    let markdown = item.markdownFile.flatMap { try? String(contentsOf: $0, encoding: .utf8) }
    let text = item.textFile.flatMap { try? String(contentsOf: $0, encoding: .utf8) }
    guard let body = text ?? markdown else {
      return "no Markdown or text file to send among \(item.files.map(\.path))"
    }
    let input: String
    if email {
      input = EmailMessage.briefing(
        name: item.briefing, title: item.title, date: item.date, text: body,
        markdown: markdown ?? body, from: from, to: to, sentAt: now, timeZone: config.timezone,
        host: host
      ).rendered()
    } else {
      input = body
    }
    var variables = environment
    variables["BRIEFING_NAME"] = item.briefing
    variables["BRIEFING_TITLE"] = item.title
    variables["BRIEFING_DATE"] = item.date
    variables["BRIEFING_MARKDOWN"] = item.markdownFile?.path ?? ""
    variables["BRIEFING_TEXT"] = item.textFile?.path ?? ""
    let result: ProcessResult
    do {
      result = try runner.run(
        URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", command], environment: variables,
        workingDirectory: config.baseDirectory, input: Data(input.utf8), timeout: timeout)
    } catch {
      return "could not start /bin/sh: \(error.localizedDescription)"
    }
    if result.timedOut { return "timed out after \(timeout)" }
    guard result.status == 0 else {
      let said = result.errorOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        .split(separator: "\n").suffix(3).joined(separator: " / ")
      return "exit status \(result.status)" + (said.isEmpty ? "" : ": \(said)")
    }
    return nil
  }

  private func copy(_ item: DeliveryItem, into folder: URL) -> String? {
    let manager = FileManager.default
    for file in item.files {
      let relative = Self.relativePath(of: file, under: item.outputDirectory)
      let destination = folder.appendingPathComponent(relative)
      let directory = destination.deletingLastPathComponent()
      let temporary = directory.appendingPathComponent(
        ".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
      do {
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        try manager.copyItem(at: file, to: temporary)
        guard rename(temporary.path, destination.path) == 0 else {
          let reason = String(cString: strerror(errno))
          try? manager.removeItem(at: temporary)
          return "cannot copy \(file.path) to \(destination.path): \(reason)"
        }
      } catch {
        try? manager.removeItem(at: temporary)
        return "cannot copy \(file.path) to \(destination.path): \(error.localizedDescription)"
      }
    }
    return nil
  }

  /// `2024-05-06/executive.md` for a file under the output folder; the file name otherwise.
  static func relativePath(of file: URL, under root: URL?) -> String {
    let path = file.standardizedFileURL.path
    if let root {
      let prefix = root.standardizedFileURL.path + "/"
      if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
    }
    return file.lastPathComponent
  }
}
