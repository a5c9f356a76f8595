import Foundation

/// Where a configuration's run state lives: the lock files, the run ledger and the pending
/// deliveries.
public enum StateDirectory {
  /// The state folder: `state.directory` from the configuration when set; otherwise
  /// `$STATE_DIRECTORY` (set by systemd's `StateDirectory=` for the system service), then
  /// `$XDG_STATE_HOME/briefing`, then `~/.local/state/briefing`.
  public static func url(
    for config: BriefingConfig,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL {
    if let directory = config.state.directory { return config.resolve(directory) }
    if let systemd = environment["STATE_DIRECTORY"]?.split(separator: ":").first,
      systemd.hasPrefix("/")
    {
      return URL(fileURLWithPath: String(systemd), isDirectory: true)
    }
    if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
      return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("briefing")
    }
    let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
    return URL(fileURLWithPath: home, isDirectory: true)
      .appendingPathComponent(".local/state/briefing", isDirectory: true)
  }
}
