/// What a `briefing schedule` command did, and what is left for the user to do.
public struct ScheduleReport: Sendable, Hashable {
  /// What was done, one line each (`wrote /home/a/.config/systemd/user/briefing@.service`).
  public var actions: [String]
  /// Commands the user should run themselves (when not enabling, or `systemctl` is missing).
  public var manualCommands: [String]
  /// Warnings and notes worth reading.
  public var diagnostics: [Diagnostic]

  /// Creates a report.
  public init(actions: [String] = [], manualCommands: [String] = [], diagnostics: [Diagnostic] = [])
  {
    self.actions = actions
    self.manualCommands = manualCommands
    self.diagnostics = diagnostics
  }
}
