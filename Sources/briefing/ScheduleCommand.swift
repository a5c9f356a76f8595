import ArgumentParser

/// `briefing schedule`: systemd units that run the briefings on their schedules.
struct ScheduleCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schedule",
    abstract: "Run briefings on their schedules with systemd timers.",
    discussion: """
      Each briefing with a `schedule:` gets a timer. The units are the service template \
      briefing@.service, the timer template briefing@.timer, and a drop-in \
      briefing@NAME.timer.d/schedule.conf holding the briefing's OnCalendar=.
      """,
    subcommands: [
      SchedulePrintCommand.self, ScheduleInstallCommand.self, ScheduleUninstallCommand.self,
      ScheduleStatusCommand.self,
    ]
  )
}
