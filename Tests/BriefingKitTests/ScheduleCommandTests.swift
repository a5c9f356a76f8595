import Foundation
import Testing

/// `briefing schedule` run as a real process, against temporary folders only.
@Suite struct ScheduleCommandTests {
  static let config = """
    version: 1
    timezone: Europe/Berlin
    sources:
      - name: local
        path: .
    briefings:
      - name: morning
        title: Morning briefing
        schedule: "Mon..Fri 06:30"
    """

  @Test func printShowsTheUnitsWithTheScheduleInTheConfigTimeZone() async throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.config.write(
      to: dir.appendingPathComponent("briefings.yaml"), atomically: true, encoding: .utf8)
    let result = try await CLIRunner.run(["schedule", "print"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("[Service]\nType=oneshot\n"))
    #expect(result.stdout.contains("generate --config \(dir.path)/briefings.yaml --briefing %i"))
    #expect(result.stdout.contains("OnCalendar=Mon..Fri 06:30 Europe/Berlin"))
    #expect(result.stdout.contains("Persistent=true"))
  }

  @Test func installWithoutEnableWritesUnitsAndPrintsTheCommands() async throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.config.write(
      to: dir.appendingPathComponent("briefings.yaml"), atomically: true, encoding: .utf8)
    let result = try await CLIRunner.run(["schedule", "install", "--no-enable"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    let units = dir.appendingPathComponent("config/systemd/user")
    for name in ["briefing@.service", "briefing@.timer", "briefing@morning.timer.d/schedule.conf"] {
      #expect(FileManager.default.fileExists(atPath: units.appendingPathComponent(name).path))
    }
    #expect(result.stdout.contains("systemctl --user enable --now briefing@morning.timer"))

    let removed = try await CLIRunner.run(["schedule", "uninstall"], in: dir)
    #expect(removed.status == 0, "\(removed.stderr)")
    #expect(
      !FileManager.default.fileExists(
        atPath: units.appendingPathComponent("briefing@.service").path))
  }

  @Test func anInvalidScheduleIsAConfigurationError() async throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.config.replacingOccurrences(of: "Mon..Fri 06:30", with: "Mon..Fry 06:30").write(
      to: dir.appendingPathComponent("briefings.yaml"), atomically: true, encoding: .utf8)
    let result = try await CLIRunner.run(["check"], in: dir)
    #expect(result.status == 78)
    #expect(result.stderr.contains("briefings.yaml:9:15: error: schedule 'Mon..Fry 06:30'"))
  }
}
