import Foundation
import Testing

@testable import BriefingKit

@Suite struct SchedulingUnitTests {
  private func userGenerator(_ binary: URL) -> UnitGenerator {
    UnitGenerator(scope: .user, executable: binary)
  }

  @Test func serviceTemplateRunsGenerateForTheInstance() throws {
    let config = scheduleConfig(in: URL(fileURLWithPath: "/srv/my briefings/100%"))
    let service = try userGenerator(URL(fileURLWithPath: "/opt/briefing/bin/briefing"))
      .service(for: config)
    #expect(service.path == "briefing@.service")
    let lines = service.contents.split(separator: "\n").map(String.init)
    #expect(lines.contains("Type=oneshot"))
    #expect(
      lines.contains(
        "ExecStart=/opt/briefing/bin/briefing generate --config "
          + "\"/srv/my briefings/100%%/briefings.yaml\" --briefing %i"))
    #expect(lines.contains("WorkingDirectory=/srv/my briefings/100%%"))
    #expect(lines.contains("Nice=10"))
    #expect(lines.contains("IOSchedulingClass=idle"))
    #expect(!lines.contains { $0.hasPrefix("User=") || $0.hasPrefix("ProtectSystem=") })
    #expect(!lines.contains { $0.contains("network-online") })
  }

  @Test func systemServiceIsHardenedAndRunsAsTheUser() throws {
    var config = scheduleConfig(in: URL(fileURLWithPath: "/srv/briefing"))
    config.briefings[0].deliver = [.copy(to: "/var/www/brief ings")]
    let service = try UnitGenerator(
      scope: .system, executable: URL(fileURLWithPath: "/usr/local/bin/briefing"),
      runAsUser: "news"
    ).service(for: config)
    let lines = service.contents.split(separator: "\n").map(String.init)
    for expected in [
      "User=news", "StateDirectory=briefing", "ProtectSystem=strict", "NoNewPrivileges=yes",
      "PrivateTmp=yes", "After=network-online.target", "Wants=network-online.target",
      "ReadWritePaths=-/srv/briefing/out \"-/var/www/brief ings\"",
    ] {
      #expect(lines.contains(expected), "missing \(expected)")
    }
  }

  @Test func timerTemplateCatchesUpOnceWithASmallFixedDelay() {
    let timer = userGenerator(URL(fileURLWithPath: "/usr/bin/briefing")).timerTemplate()
    #expect(timer.path == "briefing@.timer")
    let lines = timer.contents.split(separator: "\n").map(String.init)
    for expected in [
      "Persistent=true", "RandomizedDelaySec=2min", "FixedRandomDelay=true", "AccuracySec=1min",
      "WantedBy=timers.target",
    ] {
      #expect(lines.contains(expected), "missing \(expected)")
    }
    #expect(!lines.contains { $0.hasPrefix("OnCalendar=") })
  }

  @Test func eachBriefingGetsADropInWithItsScheduleAndTheConfigTimeZone() throws {
    let config = scheduleConfig(in: URL(fileURLWithPath: "/srv/briefing"))
    let units = try userGenerator(URL(fileURLWithPath: "/usr/bin/briefing")).units(for: config)
    #expect(
      units.map(\.path) == [
        "briefing@.service", "briefing@.timer", "briefing@executive.timer.d/schedule.conf",
        "briefing@analyst.timer.d/schedule.conf",
      ])
    #expect(units[2].contents.hasSuffix("[Timer]\nOnCalendar=Mon..Fri 06:30 Europe/Berlin\n"))
    // A schedule that names its own zone keeps it.
    #expect(units[3].contents.hasSuffix("[Timer]\nOnCalendar=Sat,Sun 08:00 UTC\n"))
  }

  @Test func oneBriefingOnlyGetsItsOwnDropIn() throws {
    let config = scheduleConfig(in: URL(fileURLWithPath: "/srv/briefing"))
    let units = try userGenerator(URL(fileURLWithPath: "/usr/bin/briefing"))
      .units(for: config, briefing: "analyst")
    #expect(
      units.map(\.path) == [
        "briefing@.service", "briefing@.timer", "briefing@analyst.timer.d/schedule.conf",
      ])
  }

  @Test(arguments: [
    ("adhoc", "briefing 'adhoc' has no schedule"),
    ("nobody", "no briefing named 'nobody' in /srv/briefing/briefings.yaml"),
  ])
  func refusesBriefingsThatCannotBeScheduled(name: String, message: String) {
    let config = scheduleConfig(in: URL(fileURLWithPath: "/srv/briefing"))
    #expect {
      try UnitGenerator(scope: .user, executable: URL(fileURLWithPath: "/usr/bin/briefing"))
        .units(for: config, briefing: name)
    } throws: { error in
      (error as? BriefingError)?.diagnostics.first?.message == message
    }
  }

  @Test func refusesAConfigWithoutSchedules() {
    var config = scheduleConfig(in: URL(fileURLWithPath: "/srv/briefing"))
    config.briefings = config.briefings.map {
      var spec = $0; spec.schedule = nil; return spec
    }
    #expect {
      try UnitGenerator(scope: .user, executable: URL(fileURLWithPath: "/usr/bin/briefing"))
        .units(for: config)
    } throws: { error in
      let error = error as? BriefingError
      return error?.reason == .invalidConfig
        && error?.diagnostics.first?.message
          == "no briefing in /srv/briefing/briefings.yaml has a schedule"
    }
  }

  @Test(arguments: [
    ("executive", true), ("morning-news_2.0", true), ("with space", false), ("a/b", false),
    (".hidden", false), ("", false), ("Zürich", false),
  ])
  func instanceNamesAreUnitSafe(name: String, valid: Bool) {
    #expect(UnitGenerator.isValidInstanceName(name) == valid)
  }

  @Test(arguments: [
    ("/usr/bin/briefing", "/usr/bin/briefing"),
    ("/srv/a b/briefing", "\"/srv/a b/briefing\""),
    ("/srv/100%/x", "/srv/100%%/x"),
    ("/srv/$HOME/x", "\"/srv/$$HOME/x\""),
    ("/srv/say \"hi\"\\x", "\"/srv/say \\\"hi\\\"\\\\x\""),
  ])
  func commandWordsAreEscapedForSystemd(word: String, escaped: String) {
    #expect(UnitFileEscaping.commandWord(word) == escaped)
  }

  @Test func unitsMatchTheGoldenFiles() throws {
    let config = scheduleConfig(in: URL(fileURLWithPath: "/srv/briefing"))
    for scope in ScheduleScope.allCases {
      let generator = UnitGenerator(
        scope: scope, executable: URL(fileURLWithPath: "/usr/local/bin/briefing"),
        runAsUser: scope == .system ? "news" : nil)
      let text = try generator.units(for: config).map { "# \($0.path)\n\($0.contents)" }
        .joined(separator: "\n")
      let golden = try scheduleGolden("\(scope.rawValue)-units.txt")
      try golden.update(text)
      #expect(
        text == golden.expected || ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1")
    }
  }

  @Test(.enabled(if: installedSystemdAnalyze != nil, "systemd-analyze is not installed"))
  func systemdAnalyzeAcceptsTheUnitsEvenWithAwkwardPaths() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let binary = try scratch.write("#!/bin/sh\n", to: "bin with space/brief%ing", executable: true)
    let folder = scratch.path("conf 'dir' $HOME \"q\"")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var config = scheduleConfig(in: folder)
    config.briefings[0].deliver = [.copy(to: "copies 100%")]
    let environment = ScheduleEnvironment(
      variables: ["HOME": scratch.url.path, "PATH": "/usr/bin:/bin"],
      tools: SystemdTools(systemctl: nil, systemdAnalyze: installedSystemdAnalyze))
    for scope in ScheduleScope.allCases {
      let units = try UnitGenerator(scope: scope, executable: binary, runAsUser: "root")
        .units(for: config)
      let verified = try ScheduleInstaller(scope: scope, environment: environment).verify(units)
      #expect(verified)
    }
  }

  @Test(.enabled(if: installedSystemdAnalyze != nil, "systemd-analyze is not installed"))
  func systemdAnalyzeWarningsAreFailures() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let binary = try scratch.write("#!/bin/sh\n", to: "bin/briefing", executable: true)
    var units = try UnitGenerator(scope: .user, executable: binary)
      .units(for: scheduleConfig(in: scratch.url))
    units[1].contents = units[1].contents.replacingOccurrences(
      of: "Persistent=", with: "Persistant=")
    let environment = ScheduleEnvironment(
      variables: ["HOME": scratch.url.path, "PATH": "/usr/bin:/bin"],
      tools: SystemdTools(systemctl: nil, systemdAnalyze: installedSystemdAnalyze))
    #expect {
      try ScheduleInstaller(scope: .user, environment: environment).verify(units)
    } throws: { error in
      guard let error = error as? BriefingError, error.reason == .scheduling else { return false }
      return error.diagnostics.contains {
        $0.message.contains("Unknown key 'Persistant' in section [Timer]")
          && $0.message.contains(scratch.path(".config/systemd/user/briefing@.timer").path)
      }
    }
  }

  @Test(.enabled(if: installedSystemdAnalyze != nil, "systemd-analyze is not installed"))
  func systemdAnalyzeRejectsAMissingBinary() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let units = try UnitGenerator(scope: .user, executable: scratch.path("nowhere/briefing"))
      .units(for: scheduleConfig(in: scratch.url))
    let environment = ScheduleEnvironment(
      variables: ["HOME": scratch.url.path, "PATH": "/usr/bin:/bin"],
      tools: SystemdTools(systemctl: nil, systemdAnalyze: installedSystemdAnalyze))
    #expect(throws: BriefingError.self) {
      try ScheduleInstaller(scope: .user, environment: environment).verify(units)
    }
  }
}
