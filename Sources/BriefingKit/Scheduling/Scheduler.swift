import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `briefing schedule print|install|uninstall|status` for one configuration.
public struct Scheduler: Sendable {
  /// The configuration whose briefings are scheduled.
  public var config: BriefingConfig
  /// User or system units.
  public var scope: ScheduleScope
  /// The folders, tools and variables used.
  public var environment: ScheduleEnvironment
  /// The binary the units run.
  public var executable: URL
  /// The account system units run as; `nil` picks `$SUDO_USER`, then `$USER`.
  public var runAsUser: String?

  /// Creates a scheduler.
  public init(
    config: BriefingConfig, scope: ScheduleScope,
    environment: ScheduleEnvironment = ScheduleEnvironment(),
    executable: URL = ExecutableLocator.current(), runAsUser: String? = nil
  ) {
    self.config = config
    self.scope = scope
    self.environment = environment
    self.executable = executable
    self.runAsUser = runAsUser
  }

  /// The account `User=` names for system units.
  public var serviceUser: String {
    if let runAsUser { return runAsUser }
    if let sudo = environment.variables["SUDO_USER"], !sudo.isEmpty { return sudo }
    return environment.userName
  }

  /// The generator for this configuration and scope.
  public var generator: UnitGenerator {
    UnitGenerator(
      scope: scope, executable: executable, runAsUser: scope == .system ? serviceUser : nil)
  }

  /// The unit files for `briefing` (every scheduled briefing when `nil`).
  public func units(briefing: String? = nil) throws -> [UnitFile] {
    try generator.units(for: config, briefing: briefing)
  }

  /// The unit files as `print` shows them: each preceded by a `# <path>` line.
  public func printedUnits(briefing: String? = nil) throws -> String {
    let directory = environment.unitDirectory(for: scope)
    return try units(briefing: briefing).map { unit in
      "# \(directory.appendingPathComponent(unit.path).path)\n\(unit.contents)"
    }.joined(separator: "\n")
  }

  /// Checks, writes and (with `enable`) enables the units of `briefing` (or every one).
  public func install(briefing: String? = nil, enable: Bool = true) throws -> ScheduleReport {
    let units = try units(briefing: briefing)
    var warnings = try preflight(briefing: briefing)
    var report = try ScheduleInstaller(scope: scope, environment: environment)
      .install(units, enable: enable)
    warnings += report.diagnostics
    report.diagnostics = warnings
    return report
  }

  /// Disables and removes the units of `briefing` (or every one).
  public func uninstall(briefing: String? = nil) throws -> ScheduleReport {
    try ScheduleInstaller(scope: scope, environment: environment).uninstall(briefing: briefing)
  }

  /// Problems to catch before installing: schedules, the binary's place, the service user.
  private func preflight(briefing: String?) throws -> [Diagnostic] {
    var findings: [Diagnostic] = []
    let validator = ScheduleValidator(
      systemdAnalyze: environment.tools.systemdAnalyze, referenceDate: environment.now ?? Date(),
      runner: environment.runner)
    for spec in try UnitGenerator.scheduledBriefings(in: config, named: briefing) {
      let found = validator.validate(spec.schedule ?? "", timezone: config.timezone).map {
        var finding = $0
        finding.message = "briefing '\(spec.name)': " + finding.message
        return finding
      }
      findings += found
    }
    if findings.contains(where: \.isError) {
      throw BriefingError(step: .schedule, reason: .invalidConfig, diagnostics: findings)
    }
    if executable.path.contains("/.build/") {
      findings.append(
        Diagnostic(
          .warning, "the units run \(executable.path), inside a build folder",
          hint: "install the binary first (swift build -c release, then copy "
            + ".build/release/briefing to /usr/local/bin) and run its `schedule install`"))
    }
    if scope == .system {
      let user = serviceUser
      if getpwnam(user) == nil {
        throw BriefingError(
          step: .schedule, reason: .scheduling, "user '\(user)' does not exist",
          hint: "name the account the briefings run as with --run-as USER")
      }
      if user == "root" {
        findings.append(
          Diagnostic(
            .warning, "the system service would run as root",
            hint: "name an unprivileged account with --run-as USER"))
      }
      if config.briefings.contains(where: { spec in
        spec.deliver.contains { if case .command = $0 { true } else { false } }
      }) {
        findings.append(
          Diagnostic(
            .note, "delivery commands run inside the service's sandbox",
            hint: "a sendmail needing setgid helpers (Postfix) needs NoNewPrivileges=no and its "
              + "spool in ReadWritePaths=: `systemctl edit briefing@.service`"))
      }
    }
    return findings
  }

  /// The state folder the scheduled runs use: the configuration's, `/var/lib/briefing` for the
  /// system service (its `StateDirectory=`), or the user's state folder.
  public var stateDirectory: URL {
    if scope == .system && config.state.directory == nil {
      return URL(fileURLWithPath: "/var/lib/briefing", isDirectory: true)
    }
    return StateDirectory.url(for: config, environment: environment.variables)
  }

  /// The status of `briefing` (or every scheduled one): installed, next runs, last result from
  /// the ledger in `stateDirectory` (by default the one the scheduled runs use).
  public func status(
    briefing: String? = nil, stateDirectory: URL? = nil
  ) throws -> [BriefingScheduleStatus] {
    let stateDirectory = stateDirectory ?? self.stateDirectory
    let installer = ScheduleInstaller(scope: scope, environment: environment)
    let installed = Set(installer.installedBriefings())
    let ledger = RunLedger(stateDirectory: stateDirectory)
    let queue = DeliveryQueue(stateDirectory: stateDirectory)
    return try UnitGenerator.scheduledBriefings(in: config, named: briefing).map { spec in
      let calendar = CalendarExpression(spec.schedule ?? "", timezone: config.timezone).text
      var status = BriefingScheduleStatus(
        briefing: spec.name, calendar: calendar, isInstalled: installed.contains(spec.name))
      do {
        status.lastRun = try ledger.lastRun(of: spec.name)
      } catch let error as BriefingError {
        status.notes += error.diagnostics.map(\.message)
      }
      status.pendingDeliveries = (try? queue.pending(for: spec.name).count) ?? 0
      (status.nextRuns, status.notes) = nextRuns(of: calendar, notes: status.notes)
      if status.isInstalled { status.timerState = timerState(of: spec.name) }
      return status
    }
  }

  /// The next three times `calendar` fires, from `systemd-analyze calendar`.
  private func nextRuns(of calendar: String, notes: [String]) -> ([String], [String]) {
    guard let analyzer = environment.tools.systemdAnalyze else {
      return ([], notes + ["systemd-analyze not found: next runs unknown"])
    }
    var arguments = ["calendar", "--iterations=3"]
    if let now = environment.now {
      arguments.append("--base-time=@\(Int(now.timeIntervalSince1970))")
    }
    guard
      let result = try? environment.runner.run(
        analyzer, arguments: arguments + [calendar], environment: environment.toolVariables,
        timeout: .seconds(10)),
      result.succeeded
    else { return ([], notes + ["systemd-analyze could not read '\(calendar)'"]) }
    let runs = result.output.split(separator: "\n").compactMap { line -> String? in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix("Next elapse:") || trimmed.hasPrefix("Iter. #"),
        let colon = trimmed.firstIndex(of: ":")
      else { return nil }
      return trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return (runs, notes)
  }

  /// `enabled, active` from `systemctl`, or `nil` when it cannot be asked.
  private func timerState(of briefing: String) -> String? {
    guard let systemctl = environment.tools.systemctl, environment.isSystemdRunning else {
      return nil
    }
    let timer = UnitGenerator.timerName(for: briefing)
    let answers = ["is-enabled", "is-active"].compactMap { verb -> String? in
      guard
        let result = try? environment.runner.run(
          systemctl, arguments: scope.managerFlags + [verb, timer],
          environment: environment.toolVariables, timeout: .seconds(10))
      else { return nil }
      let word = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
      return word.isEmpty || word.contains(" ") ? nil : word
    }
    return answers.count == 2 ? answers.joined(separator: ", ") : nil
  }
}
