import Foundation

/// Where the systemd command-line tools are, found on `PATH`.
public struct SystemdTools: Sendable, Hashable {
  /// `systemctl`, when installed.
  public var systemctl: URL?
  /// `systemd-analyze`, when installed.
  public var systemdAnalyze: URL?

  /// Creates a set of tool locations.
  public init(systemctl: URL?, systemdAnalyze: URL?) {
    self.systemctl = systemctl
    self.systemdAnalyze = systemdAnalyze
  }

  /// Finds the tools on the `PATH` of `environment`.
  public init(environment: [String: String]) {
    self.init(
      systemctl: Self.executable(named: "systemctl", environment: environment),
      systemdAnalyze: Self.executable(named: "systemd-analyze", environment: environment))
  }

  /// The first executable file called `name` in the folders of `PATH`.
  public static func executable(named name: String, environment: [String: String]) -> URL? {
    let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }
}
