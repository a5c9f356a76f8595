import ArgumentParser
import BriefingKit

/// `briefing schedule print`: prints the unit files `install` would write.
struct SchedulePrintCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "print", abstract: "Print the systemd unit files for the scheduled briefings.")

  @OptionGroup var options: ScheduleOptions
  @OptionGroup var units: UnitOptions

  func run() async throws {
    try ScheduleOutput.run {
      let scheduler = Scheduler(
        config: try options.loadConfig(), scope: options.scope.scope,
        executable: units.executable, runAsUser: units.runAs)
      print(try scheduler.printedUnits(briefing: options.briefing), terminator: "")
    }
  }
}
