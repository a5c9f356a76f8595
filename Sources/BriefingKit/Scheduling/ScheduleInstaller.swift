import Foundation

/// Installs and removes generated units in a unit folder and tells systemd about them.
///
/// Units are checked with `systemd-analyze verify` in a scratch folder before anything is
/// written, so a unit systemd would complain about is never installed; any output of the check
/// counts as a failure (systemd only warns about a misspelt key). Files are written atomically.
public struct ScheduleInstaller: Sendable {
  /// User or system units.
  public var scope: ScheduleScope
  /// The folders and tools used.
  public var environment: ScheduleEnvironment

  /// Creates an installer.
  public init(scope: ScheduleScope, environment: ScheduleEnvironment = ScheduleEnvironment()) {
    self.scope = scope
    self.environment = environment
  }

  /// The folder units are installed in.
  public var unitDirectory: URL { environment.unitDirectory(for: scope) }

  /// `systemctl` as the user should type it for this scope.
  private var systemctlCommand: String {
    (["systemctl"] + scope.managerFlags).joined(separator: " ")
  }

  /// The briefings that have a schedule drop-in installed, by name.
  public func installedBriefings() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: unitDirectory.path)) ?? []
    return names.compactMap { name -> String? in
      guard name.hasPrefix("briefing@"), name.hasSuffix(".timer.d") else { return nil }
      let instance = String(name.dropFirst("briefing@".count).dropLast(".timer.d".count))
      return instance.isEmpty ? nil : instance
    }.sorted()
  }

  /// Checks `units` with `systemd-analyze verify`; returns `false` when it is not installed.
  ///
  /// Throws a `.scheduling` error with everything it printed when it prints anything.
  @discardableResult
  public func verify(_ units: [UnitFile]) throws -> Bool {
    guard let analyzer = environment.tools.systemdAnalyze else { return false }
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("briefing-verify-\(UUID().uuidString)", isDirectory: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let staging = scratch.appendingPathComponent("units", isDirectory: true)
    let runtime = scratch.appendingPathComponent("runtime", isDirectory: true)
    try FileManager.default.createDirectory(at: runtime, withIntermediateDirectories: true)
    for unit in units {
      let url = staging.appendingPathComponent(unit.path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(unit.contents.utf8).write(to: url)
    }
    let instances = Self.instances(in: units)
    var targets = instances.flatMap { name in
      [UnitGenerator.timerName(for: name), UnitGenerator.serviceName(for: name)]
    }.map { staging.appendingPathComponent($0).path }
    if targets.isEmpty {
      targets = units.filter { !$0.path.contains("/") }.map {
        staging.appendingPathComponent($0.path).path
      }
    }
    var variables = environment.toolVariables
    variables["XDG_RUNTIME_DIR"] = runtime.path
    let result = try environment.runner.run(
      analyzer, arguments: scope.managerFlags + ["verify", "--man=no"] + targets,
      environment: variables, timeout: .seconds(60))
    let said = result.combinedOutput
    guard result.succeeded, said.isEmpty else {
      let text = said.replacingOccurrences(of: staging.path, with: unitDirectory.path)
      let lines =
        text.isEmpty
        ? ["exit status \(result.status)"] : text.split(separator: "\n").map(String.init)
      throw BriefingError(
        step: .schedule, reason: .scheduling,
        diagnostics: lines.map { Diagnostic(.error, "systemd-analyze verify: \($0)") }
          + [
            Diagnostic(
              .note, "nothing was installed",
              hint: "`briefing schedule print` shows the units systemd-analyze complained about")
          ])
    }
    return true
  }

  /// Verifies and writes `units`, then reloads systemd and enables the timers (`enable`), or
  /// reports the commands that would.
  public func install(_ units: [UnitFile], enable: Bool) throws -> ScheduleReport {
    var report = ScheduleReport()
    if try verify(units) {
      report.actions.append("checked the units with systemd-analyze verify")
    } else {
      report.diagnostics.append(
        Diagnostic(
          .note, "systemd-analyze not found: the units were not checked",
          hint: "install the 'systemd' package to have them checked"))
    }
    for unit in units {
      let url = unitDirectory.appendingPathComponent(unit.path)
      let data = Data(unit.contents.utf8)
      if (try? Data(contentsOf: url)) == data {
        report.actions.append("unchanged \(url.path)")
        continue
      }
      do {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
      } catch {
        throw BriefingError(
          step: .schedule, reason: .scheduling,
          "cannot write \(url.path): \(error.localizedDescription)",
          hint: scope == .system ? "install system units as root (sudo)" : nil)
      }
      report.actions.append("wrote \(url.path)")
    }

    let timers = Self.instances(in: units).map(UnitGenerator.timerName(for:))
    var commands = [["daemon-reload"]]
    if !timers.isEmpty { commands.append(["enable", "--now"] + timers) }
    runOrDescribe(commands, enable: enable, into: &report)
    if scope == .user { report.diagnostics += lingerNotes() }
    return report
  }

  /// Disables and removes the units of `briefing` (every briefing when `nil`), their timer
  /// stamps, and the templates once no briefing is left.
  public func uninstall(briefing: String? = nil) throws -> ScheduleReport {
    var report = ScheduleReport()
    let installed = installedBriefings()
    let names = briefing.map { [$0] } ?? installed
    if let briefing, !installed.contains(briefing) {
      report.diagnostics.append(
        Diagnostic(.note, "briefing '\(briefing)' has no timer in \(unitDirectory.path)"))
    }
    let timers = names.map(UnitGenerator.timerName(for:))
    if !timers.isEmpty {
      runOrDescribe([["disable", "--now"] + timers], enable: true, into: &report, quiet: true)
    }
    let stamps = environment.timerStampDirectory(for: scope)
    for name in names {
      let timer = UnitGenerator.timerName(for: name)
      remove(unitDirectory.appendingPathComponent("\(timer).d"), into: &report)
      remove(
        unitDirectory.appendingPathComponent("timers.target.wants").appendingPathComponent(timer),
        into: &report)
      remove(stamps.appendingPathComponent("stamp-\(timer)"), into: &report)
    }
    if installedBriefings().isEmpty {
      for template in [UnitGenerator.serviceTemplateName, UnitGenerator.timerTemplateName] {
        remove(unitDirectory.appendingPathComponent(template), into: &report)
      }
    }
    if report.actions.isEmpty {
      report.diagnostics.append(
        Diagnostic(.note, "no briefing units found in \(unitDirectory.path)"))
      report.manualCommands = []
      return report
    }
    runOrDescribe([["daemon-reload"]], enable: true, into: &report)
    return report
  }

  /// Runs `systemctl` commands when asked and possible; otherwise lists them for the user.
  private func runOrDescribe(
    _ commands: [[String]], enable: Bool, into report: inout ScheduleReport, quiet: Bool = false
  ) {
    let typed = commands.map { ([systemctlCommand] + $0).joined(separator: " ") }
    guard enable else {
      report.manualCommands += typed
      return
    }
    guard let systemctl = environment.tools.systemctl, environment.isSystemdRunning else {
      if !quiet {
        let reason =
          environment.tools.systemctl == nil ? "systemctl not found" : "systemd is not running here"
        report.diagnostics.append(
          Diagnostic(.note, "\(reason): run the commands below where systemd runs"))
        report.manualCommands += typed
      }
      return
    }
    for (index, command) in commands.enumerated() {
      let result: ProcessResult
      do {
        result = try environment.runner.run(
          systemctl, arguments: scope.managerFlags + command,
          environment: environment.toolVariables, timeout: .seconds(60))
      } catch {
        result = ProcessResult(status: -1, output: "", errorOutput: "\(error)")
      }
      if result.succeeded {
        report.actions.append("ran \(typed[index])")
        continue
      }
      let said =
        result.combinedOutput.isEmpty ? "exit status \(result.status)" : result.combinedOutput
      report.diagnostics.append(
        Diagnostic(
          quiet ? .warning : .error, "\(typed[index]) failed: \(said)",
          hint: quiet
            ? nil : "once systemd is reachable, run: " + typed[index...].joined(separator: "; ")))
      if !quiet { report.manualCommands += typed[index...] }
      return
    }
  }

  private func remove(_ url: URL, into report: inout ScheduleReport) {
    let manager = FileManager.default
    // `attributesOfItem` does not follow a final symbolic link, so dangling links are seen too.
    guard (try? manager.attributesOfItem(atPath: url.path)) != nil else { return }
    do {
      try manager.removeItem(at: url)
      report.actions.append("removed \(url.path)")
    } catch {
      report.diagnostics.append(
        Diagnostic(.error, "cannot remove \(url.path): \(error.localizedDescription)"))
    }
  }

  /// A note when user timers would only run while the user is logged in.
  private func lingerNotes() -> [Diagnostic] {
    let user = environment.userName
    let mark = environment.lingerDirectory.appendingPathComponent(user)
    guard !FileManager.default.fileExists(atPath: mark.path) else { return [] }
    return [
      Diagnostic(
        .note, "user timers run only while \(user) is logged in",
        hint: "to have them run at their time regardless: loginctl enable-linger \(user)")
    ]
  }

  /// The briefing names of the schedule drop-ins among `units`.
  static func instances(in units: [UnitFile]) -> [String] {
    units.compactMap { unit -> String? in
      let suffix = ".timer.d/\(UnitGenerator.scheduleDropInName)"
      guard unit.path.hasPrefix("briefing@"), unit.path.hasSuffix(suffix) else { return nil }
      return String(unit.path.dropFirst("briefing@".count).dropLast(suffix.count))
    }
  }
}
