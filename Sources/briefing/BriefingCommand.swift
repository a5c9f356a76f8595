import ArgumentParser

/// `briefing`: turns a morning's news articles into short daily briefings.
struct BriefingCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "briefing",
    abstract: "Turn a morning's news articles into short daily briefings.",
    subcommands: [
      GenerateCommand.self, CheckCommand.self, ExtractCommand.self, ScheduleCommand.self,
    ]
  )
}
