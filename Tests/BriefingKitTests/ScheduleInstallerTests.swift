import Foundation
import Testing

@testable import BriefingKit

@Suite struct ScheduleInstallerTests {
  /// A scheduler over a scratch home with a fake binary, a fake `systemctl` (unless `systemctl`
  /// is false) and the real `systemd-analyze` when installed.
  private func scheduler(
    _ scratch: ScheduleScratch, systemctl: URL?, scope: ScheduleScope = .user,
    now: Date? = nil, timeZone: String = "Europe/Berlin", systemdRunning: Bool = true
  ) throws -> Scheduler {
    let binary = try scratch.write("#!/bin/sh\n", to: "bin/briefing", executable: true)
    try FileManager.default.createDirectory(
      at: scratch.path("linger"), withIntermediateDirectories: true)
    let environment = ScheduleEnvironment(
      variables: [
        "HOME": scratch.path("home").path, "PATH": "/usr/bin:/bin", "USER": "alice",
        "TZ": timeZone,
      ],
      tools: SystemdTools(systemctl: systemctl, systemdAnalyze: installedSystemdAnalyze),
      systemUnitDirectory: scratch.path("etc/systemd/system"),
      systemTimerStampDirectory: scratch.path("var/lib/systemd/timers"),
      lingerDirectory: scratch.path("linger"), now: now, isSystemdRunning: systemdRunning)
    return Scheduler(
      config: scheduleConfig(in: scratch.path("config")), scope: scope, environment: environment,
      executable: binary, runAsUser: scope == .system ? "root" : nil)
  }

  private let unitFolder = "home/.config/systemd/user"

  @Test func installWritesTheUnitsAndEnablesTheTimers() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let systemctl = try scratch.fakeSystemctl()
    let report = try scheduler(scratch, systemctl: systemctl).install()

    let expectedUnits = try scheduler(scratch, systemctl: systemctl).units()
    for unit in expectedUnits {
      #expect(try scratch.read("\(unitFolder)/\(unit.path)") == unit.contents)
    }
    #expect(
      scratch.systemctlCalls() == [
        "--user daemon-reload",
        "--user enable --now briefing@executive.timer briefing@analyst.timer",
      ])
    #expect(report.manualCommands.isEmpty)
    #expect(
      report.actions.contains("wrote \(scratch.path("\(unitFolder)/briefing@.service").path)"))
    #expect(report.actions.contains("ran systemctl --user daemon-reload"))
    if installedSystemdAnalyze != nil {
      #expect(report.actions.first == "checked the units with systemd-analyze verify")
    }
    #expect(
      report.diagnostics.map(\.summary) == ["note: user timers run only while alice is logged in"])
    #expect(report.diagnostics.first?.hint?.contains("loginctl enable-linger alice") == true)
  }

  @Test func installAgainLeavesUnchangedFilesAlone() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    try FileManager.default.createDirectory(
      at: scratch.path("linger/alice"), withIntermediateDirectories: true)
    let scheduler = try scheduler(scratch, systemctl: try scratch.fakeSystemctl())
    _ = try scheduler.install()
    let again = try scheduler.install()
    #expect(again.actions.filter { $0.hasPrefix("wrote ") }.isEmpty)
    #expect(again.actions.filter { $0.hasPrefix("unchanged ") }.count == 4)
    #expect(again.diagnostics.isEmpty)
  }

  @Test func noEnableOnlyWritesAndPrintsTheCommands() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let report = try scheduler(scratch, systemctl: try scratch.fakeSystemctl())
      .install(briefing: "executive", enable: false)
    #expect(scratch.exists("\(unitFolder)/briefing@executive.timer.d/schedule.conf"))
    #expect(!scratch.exists("\(unitFolder)/briefing@analyst.timer.d"))
    #expect(scratch.systemctlCalls().isEmpty)
    #expect(
      report.manualCommands == [
        "systemctl --user daemon-reload", "systemctl --user enable --now briefing@executive.timer",
      ])
  }

  @Test func withoutSystemctlTheCommandsArePrinted() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let report = try scheduler(scratch, systemctl: nil).install()
    #expect(scratch.exists("\(unitFolder)/briefing@.service"))
    #expect(
      report.manualCommands == [
        "systemctl --user daemon-reload",
        "systemctl --user enable --now briefing@executive.timer briefing@analyst.timer",
      ])
    #expect(
      report.diagnostics.contains {
        $0.message == "systemctl not found: run the commands below where systemd runs"
      })
    #expect(!report.diagnostics.contains(where: { $0.isError }))
  }

  @Test func withoutARunningSystemdTheCommandsArePrinted() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let scheduler = try scheduler(
      scratch, systemctl: try scratch.fakeSystemctl(), systemdRunning: false)
    let report = try scheduler.install()
    #expect(scratch.systemctlCalls().isEmpty)
    #expect(report.manualCommands.count == 2)
    #expect(
      report.diagnostics.contains {
        $0.message == "systemd is not running here: run the commands below where systemd runs"
      })
    let removal = try scheduler.uninstall()
    #expect(scratch.systemctlCalls().isEmpty)
    #expect(removal.manualCommands == ["systemctl --user daemon-reload"])
  }

  @Test func aFailingSystemctlIsAnErrorWithTheCommandsLeft() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let systemctl = try scratch.fakeSystemctl(status: 1, message: "Failed to connect to bus")
    let report = try scheduler(scratch, systemctl: systemctl).install()
    #expect(scratch.systemctlCalls() == ["--user daemon-reload"])
    let error = try #require(report.diagnostics.first(where: { $0.isError }))
    #expect(error.message == "systemctl --user daemon-reload failed: Failed to connect to bus")
    #expect(report.manualCommands.count == 2)
  }

  @Test(.enabled(if: installedSystemdAnalyze != nil, "systemd-analyze is not installed"))
  func unitsThatFailVerificationAreNeverWritten() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let scheduler = try scheduler(scratch, systemctl: try scratch.fakeSystemctl())
    var units = try scheduler.units()
    units[0].contents += "Nicee=5\n"
    let installer = ScheduleInstaller(scope: .user, environment: scheduler.environment)
    #expect(throws: BriefingError.self) { try installer.install(units, enable: true) }
    #expect(!scratch.exists(unitFolder))
    #expect(scratch.systemctlCalls().isEmpty)
  }

  @Test func invalidSchedulesStopTheInstall() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    var scheduler = try scheduler(scratch, systemctl: nil)
    scheduler.config.briefings[0].schedule = "Mon..Fry 06:30"
    #expect {
      try scheduler.install()
    } throws: { error in
      let error = error as? BriefingError
      return error?.reason == .invalidConfig
        && error?.diagnostics.first?.message.hasPrefix(
          "briefing 'executive': schedule 'Mon..Fry 06:30'") == true
    }
    #expect(!scratch.exists(unitFolder))
  }

  @Test func warnsWhenTheBinaryIsInABuildFolder() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    var scheduler = try scheduler(scratch, systemctl: nil)
    scheduler.executable = try scratch.write(
      "#!/bin/sh\n", to: "repo/.build/debug/briefing", executable: true)
    let report = try scheduler.install(enable: false)
    #expect(report.diagnostics.contains { $0.message.hasSuffix("inside a build folder") })
  }

  @Test func systemUnitsGoToTheSystemFolderAndNeedARealUser() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    var scheduler = try scheduler(scratch, systemctl: try scratch.fakeSystemctl(), scope: .system)
    let report = try scheduler.install()
    #expect(scratch.exists("etc/systemd/system/briefing@.service"))
    #expect(try scratch.read("etc/systemd/system/briefing@.service").contains("\nUser=root\n"))
    #expect(scratch.systemctlCalls().first == "daemon-reload")
    #expect(report.diagnostics.contains { $0.message == "the system service would run as root" })

    scheduler.runAsUser = "no-such-user-here"
    #expect {
      try scheduler.install()
    } throws: { error in
      (error as? BriefingError)?.diagnostics.first?.message
        == "user 'no-such-user-here' does not exist"
    }
  }

  @Test func uninstallRemovesUnitsWantsLinksAndStamps() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let scheduler = try scheduler(scratch, systemctl: try scratch.fakeSystemctl())
    _ = try scheduler.install()
    // What `systemctl enable` and a persistent timer leave behind.
    let wants = scratch.path("\(unitFolder)/timers.target.wants")
    try FileManager.default.createDirectory(at: wants, withIntermediateDirectories: true)
    for name in ["executive", "analyst"] {
      try FileManager.default.createSymbolicLink(
        at: wants.appendingPathComponent("briefing@\(name).timer"),
        withDestinationURL: scratch.path("\(unitFolder)/briefing@.timer"))
      try scratch.write("", to: "home/.local/share/systemd/timers/stamp-briefing@\(name).timer")
    }
    try scratch.write("", to: "home/.local/share/systemd/timers/stamp-other.timer")
    try FileManager.default.removeItem(at: scratch.path("systemctl.log"))

    let one = try scheduler.uninstall(briefing: "analyst")
    #expect(!scratch.exists("\(unitFolder)/briefing@analyst.timer.d"))
    #expect(!scratch.exists("\(unitFolder)/timers.target.wants/briefing@analyst.timer"))
    #expect(!scratch.exists("home/.local/share/systemd/timers/stamp-briefing@analyst.timer"))
    #expect(scratch.exists("\(unitFolder)/briefing@executive.timer.d/schedule.conf"))
    #expect(scratch.exists("\(unitFolder)/briefing@.service"))
    #expect(one.actions.contains("ran systemctl --user disable --now briefing@analyst.timer"))

    _ = try scheduler.uninstall()
    for gone in [
      "\(unitFolder)/briefing@.service", "\(unitFolder)/briefing@.timer",
      "\(unitFolder)/briefing@executive.timer.d",
      "\(unitFolder)/timers.target.wants/briefing@executive.timer",
      "home/.local/share/systemd/timers/stamp-briefing@executive.timer",
    ] {
      #expect(!scratch.exists(gone), "\(gone) is still there")
    }
    #expect(scratch.exists("home/.local/share/systemd/timers/stamp-other.timer"))
    #expect(
      scratch.systemctlCalls() == [
        "--user disable --now briefing@analyst.timer", "--user daemon-reload",
        "--user disable --now briefing@executive.timer", "--user daemon-reload",
      ])
  }

  @Test func uninstallWithNothingInstalledSaysSo() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let report = try scheduler(scratch, systemctl: try scratch.fakeSystemctl()).uninstall()
    #expect(report.actions.isEmpty)
    #expect(
      report.diagnostics.map(\.message) == [
        "no briefing units found in \(scratch.path(unitFolder).path)"
      ])
    #expect(scratch.systemctlCalls().isEmpty)
  }

  @Test(.enabled(if: installedSystemdAnalyze != nil, "systemd-analyze is not installed"))
  func statusShowsNextRunsInLocalTimeAndTheLastResult() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    // Friday 2024-05-03 12:00 UTC.
    let now = Date(timeIntervalSince1970: 1_714_737_600)
    let scheduler = try scheduler(scratch, systemctl: try scratch.fakeSystemctl(), now: now)
    _ = try scheduler.install(briefing: "executive")
    let state = scratch.path("state")
    try RunLedger(stateDirectory: state).recordSuccess(
      briefing: "executive", date: "2024-05-03",
      files: [scratch.path("out/2024-05-03/executive.md")],
      startedAt: now.addingTimeInterval(-60), finishedAt: now)

    let statuses = try scheduler.status(stateDirectory: state)
    #expect(statuses.map(\.briefing) == ["executive", "analyst"])
    let executive = statuses[0]
    #expect(executive.isInstalled)
    #expect(executive.timerState == "enabled, active")
    #expect(
      executive.nextRuns == [
        "Mon 2024-05-06 06:30:00 CEST", "Tue 2024-05-07 06:30:00 CEST",
        "Wed 2024-05-08 06:30:00 CEST",
      ])
    #expect(executive.lastRun?.outcome == .success)
    let berlin = TimeZone(identifier: "Europe/Berlin") ?? .gmt
    #expect(
      executive.lines(timeZone: berlin) == [
        "executive: Mon..Fri 06:30 Europe/Berlin, installed (enabled, active)",
        "  next runs: Mon 2024-05-06 06:30:00 CEST",
        "             Tue 2024-05-07 06:30:00 CEST",
        "             Wed 2024-05-08 06:30:00 CEST",
        "  last run:  2024-05-03 success, finished 2024-05-03 14:00:00 +02:00",
      ])
    #expect(!statuses[1].isInstalled)
    #expect(statuses[1].nextRuns.first == "Sat 2024-05-04 10:00:00 CEST")
    #expect(statuses[1].lastRun == nil)
  }
}
