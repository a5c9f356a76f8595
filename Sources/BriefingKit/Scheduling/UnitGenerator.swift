import Foundation

/// Generates the systemd units that run briefings on their schedules.
///
/// The design is a pair of templates plus one drop-in per briefing:
/// - `briefing@.service`: a oneshot that runs `briefing generate --briefing %i`; the instance
///   name is the briefing's name, so every briefing shares one service definition.
/// - `briefing@.timer`: what every timer shares (`Persistent=true`, a small fixed random delay).
/// - `briefing@<name>.timer.d/schedule.conf`: the briefing's own `OnCalendar=`.
///
/// `OnCalendar=` differs per briefing and a template cannot carry a per-instance value, so the
/// schedule lives in a drop-in for the instance. This keeps the names systemd shows uniform
/// (`briefing@executive.timer` starts `briefing@executive.service` without a `Unit=` line, and
/// `systemctl list-timers 'briefing@*'` lists them all), and adding or removing a briefing adds or
/// removes one small file.
public struct UnitGenerator: Sendable {
  /// The file name of the service template.
  public static let serviceTemplateName = "briefing@.service"
  /// The file name of the timer template.
  public static let timerTemplateName = "briefing@.timer"
  /// The file name of the per-briefing drop-in inside `briefing@<name>.timer.d/`.
  public static let scheduleDropInName = "schedule.conf"

  /// User or system units.
  public var scope: ScheduleScope
  /// The absolute path of the `briefing` binary the service runs.
  public var executable: URL
  /// The account system units run as (`User=`); ignored for user units.
  public var runAsUser: String?
  /// The most a timer's start is delayed at random (the same delay every day).
  public var randomizedDelay: TimeSpan
  /// How long one run may take before systemd stops it.
  public var runTimeout: TimeSpan

  /// Creates a generator.
  public init(
    scope: ScheduleScope, executable: URL, runAsUser: String? = nil,
    randomizedDelay: TimeSpan = .minutes(2), runTimeout: TimeSpan = .hours(1)
  ) {
    self.scope = scope
    self.executable = executable
    self.runAsUser = runAsUser
    self.randomizedDelay = randomizedDelay
    self.runTimeout = runTimeout
  }

  /// The name of a briefing's timer instance (`briefing@executive.timer`).
  public static func timerName(for briefing: String) -> String { "briefing@\(briefing).timer" }

  /// The name of a briefing's service instance (`briefing@executive.service`).
  public static func serviceName(for briefing: String) -> String { "briefing@\(briefing).service" }

  /// The path of a briefing's schedule drop-in under the unit folder.
  public static func dropInPath(for briefing: String) -> String {
    "\(timerName(for: briefing)).d/\(scheduleDropInName)"
  }

  /// Whether `name` can be a unit instance name as it is, so `%i` in the units is the name.
  public static func isValidInstanceName(_ name: String) -> Bool {
    guard let first = name.utf8.first, first != UInt8(ascii: "."), name.utf8.count <= 200 else {
      return false
    }
    return name.utf8.allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"),
        UInt8(ascii: "."):
        true
      default: false
      }
    }
  }

  /// The briefings of `config` that get a timer: the one named, or every one with a schedule.
  ///
  /// Throws when the named briefing does not exist or has no schedule, or when none has one.
  public static func scheduledBriefings(
    in config: BriefingConfig, named name: String? = nil
  ) throws -> [BriefingSpec] {
    if let name {
      guard let spec = config.briefing(named: name) else {
        let known = config.briefings.map(\.name).joined(separator: ", ")
        throw BriefingError(
          step: .schedule, reason: .invalidConfig,
          "no briefing named '\(name)' in \(config.file.path)",
          hint: known.isEmpty ? nil : "the briefings are: \(known)")
      }
      guard spec.schedule != nil else {
        throw BriefingError(
          step: .schedule, reason: .invalidConfig, "briefing '\(name)' has no schedule",
          hint: "add `schedule: \"Mon..Fri 06:30\"` to it in \(config.file.path)")
      }
      return [spec]
    }
    let scheduled = config.briefings.filter { $0.schedule != nil }
    guard !scheduled.isEmpty else {
      throw BriefingError(
        step: .schedule, reason: .invalidConfig,
        "no briefing in \(config.file.path) has a schedule",
        hint: "add `schedule: \"Mon..Fri 06:30\"` to the briefings that should run on their own")
    }
    return scheduled
  }

  /// Every file to install for `config`: the two templates and a drop-in per scheduled briefing
  /// (only `briefing`'s drop-in when one is named).
  public func units(for config: BriefingConfig, briefing: String? = nil) throws -> [UnitFile] {
    let specs = try Self.scheduledBriefings(in: config, named: briefing)
    var files = [try service(for: config), timerTemplate()]
    for spec in specs {
      files.append(try scheduleDropIn(for: spec, timezone: config.timezone))
    }
    return files
  }

  /// The service template `briefing@.service`.
  public func service(for config: BriefingConfig) throws -> UnitFile {
    let configFile = config.file.standardizedFileURL
    let workingDirectory = configFile.deletingLastPathComponent()
    try Self.requireWritable(executable.path, what: "binary path")
    try Self.requireWritable(configFile.path, what: "configuration path")
    let command = [
      executable.path, "generate", "--config", configFile.path, "--briefing",
    ].map(UnitFileEscaping.commandWord)

    var lines = [
      "# Generated by `briefing schedule install` from \(configFile.path).",
      "# Regenerate it with `briefing schedule install` rather than editing it; put local changes",
      "# in a drop-in (`systemctl\(scope == .user ? " --user" : "") edit briefing@.service`).",
      "# The instance name (%i) is the name of the briefing to generate.",
      "[Unit]",
      "Description=Daily briefing %i",
    ]
    if scope == .system {
      lines += ["After=network-online.target", "Wants=network-online.target"]
    }
    lines += [
      "",
      "[Service]",
      "Type=oneshot",
      "ExecStart=\(command.joined(separator: " ")) %i",
      "WorkingDirectory=\(UnitFileEscaping.value(workingDirectory.path))",
      "# A morning job: low CPU and IO priority, and a limit on how long a stuck run may take.",
      "Nice=10",
      "IOSchedulingClass=idle",
      "TimeoutStartSec=\(systemdSpan(runTimeout))",
      "SyslogIdentifier=briefing",
    ]
    if scope == .system {
      lines += try systemHardening(for: config)
    }
    return UnitFile(path: Self.serviceTemplateName, contents: lines.joined(separator: "\n") + "\n")
  }

  /// The sandbox of the system service: read-only system, writable output and state.
  private func systemHardening(for config: BriefingConfig) throws -> [String] {
    var writable = [config.resolve(config.output.directory).path]
    if let state = config.state.directory { writable.append(config.resolve(state).path) }
    for spec in config.briefings {
      for case .copy(let folder) in spec.deliver { writable.append(config.resolve(folder).path) }
    }
    var unique: [String] = []
    for path in writable where !unique.contains(path) {
      try Self.requireWritable(path, what: "path")
      unique.append(path)
    }
    let paths = unique.map { UnitFileEscaping.pathListItem($0, ignoreIfMissing: true) }
    var lines: [String] = []
    if let runAsUser {
      try Self.requireWritable(runAsUser, what: "user name")
      lines.append("User=\(UnitFileEscaping.value(runAsUser))")
    }
    lines += [
      "# Run state (lock, run ledger, pending deliveries) lives in /var/lib/briefing",
      "# ($STATE_DIRECTORY) unless the configuration names a state folder.",
      "StateDirectory=briefing",
      "# Sandbox: the system is read-only except the output, state and copy_to folders.",
      "# Delivery commands run inside it too: a sendmail that needs setgid helpers or its spool",
      "# (Postfix's postdrop) needs a drop-in with NoNewPrivileges=no and",
      "# ReadWritePaths=/var/spool/postfix/maildrop, or use an SMTP client such as msmtp.",
      "ProtectSystem=strict",
      "ReadWritePaths=\(paths.joined(separator: " "))",
      "NoNewPrivileges=yes",
      "PrivateTmp=yes",
      "PrivateDevices=yes",
      "ProtectKernelTunables=yes",
      "ProtectKernelModules=yes",
      "ProtectKernelLogs=yes",
      "ProtectControlGroups=yes",
      "ProtectClock=yes",
      "ProtectHostname=yes",
      "RestrictSUIDSGID=yes",
      "RestrictRealtime=yes",
      "RestrictNamespaces=yes",
      "LockPersonality=yes",
      "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
      "SystemCallArchitectures=native",
    ]
    return lines
  }

  /// The timer template `briefing@.timer`.
  public func timerTemplate() -> UnitFile {
    let lines = [
      "# Generated by `briefing schedule install`.",
      "# What every briefing's timer shares. Each briefing's schedule (OnCalendar=) is in",
      "# briefing@<name>.timer.d/\(Self.scheduleDropInName): a template cannot carry a value",
      "# that differs per instance.",
      "[Unit]",
      "Description=Daily briefing %i on its schedule",
      "",
      "[Timer]",
      "# A run missed while the machine was off or asleep happens on wake (once: the run",
      "# ledger skips a briefing already produced for the day).",
      "Persistent=true",
      "# Spread start times a little, the same offset every day.",
      "RandomizedDelaySec=\(systemdSpan(randomizedDelay))",
      "FixedRandomDelay=true",
      "AccuracySec=1min",
      "",
      "[Install]",
      "WantedBy=timers.target",
    ]
    return UnitFile(path: Self.timerTemplateName, contents: lines.joined(separator: "\n") + "\n")
  }

  /// The drop-in `briefing@<name>.timer.d/schedule.conf` with the briefing's `OnCalendar=`.
  public func scheduleDropIn(for spec: BriefingSpec, timezone: TimeZone) throws -> UnitFile {
    guard Self.isValidInstanceName(spec.name) else {
      throw BriefingError(
        step: .schedule, reason: .invalidConfig,
        "briefing name '\(spec.name)' cannot name a systemd unit",
        hint: "use letters, digits, '-', '_' and '.' only")
    }
    guard let schedule = spec.schedule else {
      throw BriefingError(
        step: .schedule, reason: .invalidConfig, "briefing '\(spec.name)' has no schedule",
        hint: "add `schedule: \"Mon..Fri 06:30\"` to it")
    }
    let expression = CalendarExpression(schedule, timezone: timezone)
    try Self.requireWritable(expression.text, what: "schedule")
    let lines = [
      "# Generated by `briefing schedule install` from the schedule of briefing '\(spec.name)'.",
      "[Timer]",
      "OnCalendar=\(UnitFileEscaping.value(expression.text))",
    ]
    return UnitFile(
      path: Self.dropInPath(for: spec.name), contents: lines.joined(separator: "\n") + "\n")
  }

  private static func requireWritable(_ value: String, what: String) throws {
    guard UnitFileEscaping.isWritable(value) else {
      throw BriefingError(
        step: .schedule, reason: .scheduling,
        "the \(what) '\(value)' contains a control character a unit file cannot hold",
        hint: "rename it without newlines or tabs")
    }
  }

  private func systemdSpan(_ span: TimeSpan) -> String {
    let seconds = Int(span.seconds.rounded())
    if seconds % 3600 == 0 && seconds > 0 { return "\(seconds / 3600)h" }
    if seconds % 60 == 0 && seconds > 0 { return "\(seconds / 60)min" }
    return "\(seconds)s"
  }
}
