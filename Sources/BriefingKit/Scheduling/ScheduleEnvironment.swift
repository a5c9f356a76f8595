import Foundation

/// Everything `briefing schedule` touches outside the configuration, injectable so tests run in
/// temporary folders with fake tools and never touch the real `$HOME` or systemd.
public struct ScheduleEnvironment: Sendable {
  /// The environment variables (`HOME`, `XDG_CONFIG_HOME`, `XDG_DATA_HOME`, `PATH`, `USER`).
  public var variables: [String: String]
  /// Where `systemctl` and `systemd-analyze` are.
  public var tools: SystemdTools
  /// Runs the tools.
  public var runner: ProcessRunner
  /// The unit folder of system units.
  public var systemUnitDirectory: URL
  /// Where systemd keeps the stamps of persistent system timers.
  public var systemTimerStampDirectory: URL
  /// Where `loginctl enable-linger` leaves its marks.
  public var lingerDirectory: URL
  /// The moment "now" for `status` (`systemd-analyze calendar --base-time`); `nil` is the clock.
  public var now: Date?
  /// Whether systemd runs the machine (`/run/systemd/system` exists, as `sd_booted(3)` checks);
  /// without it `systemctl` cannot be asked, and its commands are printed instead.
  public var isSystemdRunning: Bool

  /// Creates an environment; by default the real one.
  public init(
    variables: [String: String] = ProcessInfo.processInfo.environment,
    tools: SystemdTools? = nil, runner: ProcessRunner = .init(),
    systemUnitDirectory: URL = URL(fileURLWithPath: "/etc/systemd/system", isDirectory: true),
    systemTimerStampDirectory: URL = URL(
      fileURLWithPath: "/var/lib/systemd/timers", isDirectory: true),
    lingerDirectory: URL = URL(fileURLWithPath: "/var/lib/systemd/linger", isDirectory: true),
    now: Date? = nil,
    isSystemdRunning: Bool = FileManager.default.fileExists(atPath: "/run/systemd/system")
  ) {
    self.variables = variables
    self.tools = tools ?? SystemdTools(environment: variables)
    self.runner = runner
    self.systemUnitDirectory = systemUnitDirectory
    self.systemTimerStampDirectory = systemTimerStampDirectory
    self.lingerDirectory = lingerDirectory
    self.now = now
    self.isSystemdRunning = isSystemdRunning
  }

  /// The home folder: `$HOME`, or the account's.
  public var homeDirectory: URL {
    if let home = variables["HOME"], home.hasPrefix("/") {
      return URL(fileURLWithPath: home, isDirectory: true)
    }
    return URL(fileURLWithPath: NSHomeDirectory(), isDirectory: true)
  }

  /// The user the commands run as: `$USER`, or the account's name.
  public var userName: String {
    if let user = variables["USER"], !user.isEmpty { return user }
    return NSUserName()
  }

  /// The folder units of `scope` are installed in.
  public func unitDirectory(for scope: ScheduleScope) -> URL {
    switch scope {
    case .system: return systemUnitDirectory
    case .user:
      return xdg("XDG_CONFIG_HOME", default: ".config")
        .appendingPathComponent("systemd/user", isDirectory: true)
    }
  }

  /// The folder systemd keeps `Persistent=true` timer stamps of `scope` in.
  public func timerStampDirectory(for scope: ScheduleScope) -> URL {
    switch scope {
    case .system: return systemTimerStampDirectory
    case .user:
      return xdg("XDG_DATA_HOME", default: ".local/share")
        .appendingPathComponent("systemd/timers", isDirectory: true)
    }
  }

  private func xdg(_ name: String, default relative: String) -> URL {
    if let value = variables[name], value.hasPrefix("/") {
      return URL(fileURLWithPath: value, isDirectory: true)
    }
    return homeDirectory.appendingPathComponent(relative, isDirectory: true)
  }

  /// The environment the tools run with: these variables, in the C locale.
  var toolVariables: [String: String] {
    var result = variables
    result["LANG"] = "C.UTF-8"
    result["LC_ALL"] = "C.UTF-8"
    result["SYSTEMD_PAGER"] = ""
    result["SYSTEMD_COLORS"] = "0"
    return result
  }
}
