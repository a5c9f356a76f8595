import ArgumentParser
import BriefingKit

/// `briefing schedule uninstall`: disables and removes the units and timer stamps.
struct ScheduleUninstallCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "uninstall",
    abstract: "Disable the timers and remove the units and their timer stamps.")

  @Option(name: .long, help: "Only this briefing (default: every installed briefing).")
  var briefing: String?

  @Flag(exclusivity: .exclusive)
  var scope: ScheduleScopeFlag = .user

  func run() async throws {
    try ScheduleOutput.run {
      let report = try ScheduleInstaller(scope: scope.scope).uninstall(briefing: briefing)
      try ScheduleOutput.show(report, commandsIntro: "To finish, run:")
    }
  }
}
