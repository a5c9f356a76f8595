import ArgumentParser
import BriefingKit

/// `briefing schedule install`: writes the units and enables the timers.
struct ScheduleInstallCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "install",
    abstract: "Write the units, check them, and enable the timers.",
    discussion: """
      The units are checked with `systemd-analyze verify` before they are written. Then \
      `systemctl daemon-reload` and `systemctl enable --now` start the timers; with --no-enable \
      (or without systemctl) the commands are printed instead.
      """)

  @OptionGroup var options: ScheduleOptions
  @OptionGroup var units: UnitOptions

  @Flag(name: .long, help: "Only write the units; print the commands that enable them.")
  var noEnable = false

  func run() async throws {
    try ScheduleOutput.run {
      let scheduler = Scheduler(
        config: try options.loadConfig(), scope: options.scope.scope,
        executable: units.executable, runAsUser: units.runAs)
      let report = try scheduler.install(briefing: options.briefing, enable: !noEnable)
      try ScheduleOutput.show(report, commandsIntro: "To enable the timers, run:")
    }
  }
}
