import Foundation

/// What `briefing schedule status` shows for one briefing.
public struct BriefingScheduleStatus: Sendable, Hashable {
  /// The briefing's name.
  public var briefing: String
  /// The `OnCalendar=` expression (`Mon..Fri 06:30 Europe/Berlin`).
  public var calendar: String
  /// Whether its timer's drop-in is in the unit folder.
  public var isInstalled: Bool
  /// What `systemctl is-enabled` and `is-active` say (`enabled, active`), when it could be asked.
  public var timerState: String?
  /// The next times the schedule fires, in local time, as systemd prints them.
  public var nextRuns: [String]
  /// The most recent run from the run ledger.
  public var lastRun: RunRecord?
  /// How many deliveries wait to be retried.
  public var pendingDeliveries: Int
  /// Anything that could not be found out.
  public var notes: [String]

  /// Creates a status.
  public init(
    briefing: String, calendar: String, isInstalled: Bool, timerState: String? = nil,
    nextRuns: [String] = [], lastRun: RunRecord? = nil, pendingDeliveries: Int = 0,
    notes: [String] = []
  ) {
    self.briefing = briefing
    self.calendar = calendar
    self.isInstalled = isInstalled
    self.timerState = timerState
    self.nextRuns = nextRuns
    self.lastRun = lastRun
    self.pendingDeliveries = pendingDeliveries
    self.notes = notes
  }
}

extension BriefingScheduleStatus {
  /// The status as `briefing schedule status` prints it, times shown in `timeZone`.
  public func lines(timeZone: TimeZone) -> [String] {
    var state = isInstalled ? "installed" : "not installed"
    if let timerState { state += " (\(timerState))" }
    var lines = ["\(briefing): \(calendar), \(state)"]
    if nextRuns.isEmpty {
      lines.append("  next runs: unknown")
    } else {
      lines.append("  next runs: \(nextRuns[0])")
      lines += nextRuns.dropFirst().map { "             \($0)" }
    }
    if let lastRun {
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.timeZone = timeZone
      formatter.dateFormat = "yyyy-MM-dd HH:mm:ss xxx"
      var line =
        "  last run:  \(lastRun.date) \(lastRun.outcome.rawValue), finished "
        + formatter.string(from: lastRun.finishedAt)
      if lastRun.forced { line += " (forced)" }
      lines.append(line)
      if let message = lastRun.message { lines.append("             \(message)") }
    } else {
      lines.append("  last run:  none recorded")
    }
    if pendingDeliveries > 0 {
      lines.append("  pending deliveries: \(pendingDeliveries) (retried on the next run)")
    }
    lines += notes.map { "  note: \($0)" }
    return lines
  }
}
