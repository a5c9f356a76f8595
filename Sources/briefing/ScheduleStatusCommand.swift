import ArgumentParser
import BriefingKit
import Foundation

/// `briefing schedule status`: next runs and the last result of each scheduled briefing.
struct ScheduleStatusCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Show each scheduled briefing's next runs (local time) and last result.")

  @OptionGroup var options: ScheduleOptions

  func run() async throws {
    try ScheduleOutput.run {
      let config = try options.loadConfig()
      let scheduler = Scheduler(config: config, scope: options.scope.scope)
      let statuses = try scheduler.status(briefing: options.briefing)
      for status in statuses {
        print(status.lines(timeZone: .current).joined(separator: "\n"))
      }
    }
  }
}
