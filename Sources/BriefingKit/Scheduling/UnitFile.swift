/// One generated systemd file: where it goes under the unit folder, and what it says.
public struct UnitFile: Sendable, Hashable {
  /// The path under the unit folder (`briefing@.service`, `briefing@news.timer.d/schedule.conf`).
  public var path: String
  /// The file's text.
  public var contents: String

  /// Creates a unit file.
  public init(path: String, contents: String) {
    self.path = path
    self.contents = contents
  }
}
