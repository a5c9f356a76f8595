/// Whether units run as the user's own services or as system services.
public enum ScheduleScope: String, Sendable, Hashable, Codable, CaseIterable {
  /// `systemctl --user`: units in `~/.config/systemd/user/`, run while the user's manager runs.
  case user
  /// `systemctl`: units in `/etc/systemd/system/`, hardened, run as a named user.
  case system

  /// The flags `systemctl` and `systemd-analyze` take for this scope.
  public var managerFlags: [String] { self == .user ? ["--user"] : [] }
}
