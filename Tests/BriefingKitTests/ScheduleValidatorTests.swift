import Foundation
import Testing

@testable import BriefingKit

@Suite struct ScheduleValidatorTests {
  /// 2024-01-15: a winter day, so zones with daylight saving have a change within the year.
  static let winter = Date(timeIntervalSince1970: 1_705_312_800)
  static let berlin = TimeZone(identifier: "Europe/Berlin") ?? .gmt
  static let location = SourceLocation(file: "briefings.yaml", line: 12, column: 15)

  static var validators: [ScheduleValidator] {
    var list = [ScheduleValidator(systemdAnalyze: nil, referenceDate: winter)]
    if let analyzer = installedSystemdAnalyze {
      list.append(ScheduleValidator(systemdAnalyze: analyzer, referenceDate: winter))
    }
    return list
  }

  @Test(arguments: [
    "Mon..Fri 06:30", "daily", "Sat,Sun 08:00", "*-*-* 07:15:00", "Mon,Wed,Fri 7:00",
    "Mon..Fri 06:30 UTC", "weekly", "*-*-01 09:00", "Mon..Fri 06:30 America/New_York",
    "2025-*-* 06:00",
  ])
  func acceptsValidSchedules(schedule: String) {
    for validator in Self.validators {
      #expect(
        validator.validate(schedule, timezone: Self.berlin).isEmpty,
        "\(validator.systemdAnalyze?.path ?? "built-in")")
    }
  }

  @Test(arguments: [
    "Mon..Fry 06:30", "25:00", "06:61", "Mon..Fri 06:30 Mars/Olympus", "every morning",
    "Mon..Fri 6.30", "*-13-01 06:00", "Monday-",
  ])
  func rejectsInvalidSchedules(schedule: String) {
    for validator in Self.validators {
      let findings = validator.validate(schedule, timezone: Self.berlin, at: Self.location)
      #expect(findings.count == 1, "\(validator.systemdAnalyze?.path ?? "built-in")")
      #expect(findings.first?.isError == true)
      #expect(findings.first?.location == Self.location)
      #expect(
        findings.first?.message.hasPrefix(
          "schedule '\(schedule)' is not a valid calendar expression: ")
          == true)
    }
  }

  @Test(.enabled(if: installedSystemdAnalyze != nil, "systemd-analyze is not installed"))
  func systemdAnalyzeSaysWhatIsWrong() throws {
    let validator = ScheduleValidator(
      systemdAnalyze: installedSystemdAnalyze, referenceDate: Self.winter)
    let finding = try #require(
      validator.validate("Mon..Fry 06:30", timezone: Self.berlin, at: Self.location).first)
    #expect(
      finding.summary
        == "briefings.yaml:12:15: error: schedule 'Mon..Fry 06:30' is not a valid calendar "
        + "expression: systemd-analyze says: Failed to parse calendar specification "
        + "'Mon..Fry 06:30 Europe/Berlin': Invalid argument")
    #expect(finding.hint?.contains("Mon..Fri 06:30") == true)
  }

  @Test func builtInCheckSaysWhatIsWrong() {
    let validator = ScheduleValidator(systemdAnalyze: nil, referenceDate: Self.winter)
    let cases = [
      ("Mon..Fry 06:30", "'Mon..Fry' is not a weekday or a range of weekdays"),
      ("25:00", "'25' is not a valid hour (0-23)"),
      ("", "the schedule is empty"),
    ]
    for (schedule, message) in cases {
      let finding = validator.validate(schedule, timezone: Self.berlin).first
      #expect(finding?.message.hasSuffix(message) == true, "\(finding?.message ?? "nothing")")
    }
  }

  @Test(arguments: [
    ("Mon..Fri 02:30", "Europe/Berlin", true),
    ("Mon..Fri 01:00", "America/New_York", true),
    ("*-*-* 01..03:00", "Europe/Berlin", true),
    ("*-*-* 0/2:00", "Europe/Berlin", true),
    ("Mon..Fri 03:00", "Europe/Berlin", false),
    ("Mon..Fri 00:59", "Europe/Berlin", false),
    ("Mon..Fri 06:30", "Europe/Berlin", false),
    ("Mon..Fri 02:30", "Asia/Tokyo", false),
    ("Mon..Fri 02:30 UTC", "Europe/Berlin", false),
    ("Mon..Fri 06:30 Europe/London", "Asia/Tokyo", false),
    ("Mon..Fri 02:30 Europe/London", "Asia/Tokyo", true),
    ("hourly", "Europe/Berlin", false),
  ])
  func warnsAboutTheDaylightSavingHours(schedule: String, zone: String, warns: Bool) {
    let timezone = TimeZone(identifier: zone) ?? .gmt
    for validator in Self.validators {
      let findings = validator.validate(schedule, timezone: timezone)
      #expect(findings.allSatisfy { $0.severity == .warning })
      #expect(findings.count == (warns ? 1 : 0), "\(validator.systemdAnalyze?.path ?? "built-in")")
    }
  }

  @Test func daylightSavingWarningNamesTheZoneAndTheFix() {
    for validator in Self.validators {
      let finding = validator.validate("Mon..Fri 02:30", timezone: Self.berlin, at: Self.location)
        .first
      #expect(
        finding?.summary
          == "briefings.yaml:12:15: warning: schedule 'Mon..Fri 02:30' runs between 01:00 and "
          + "03:00 in Europe/Berlin, where daylight-saving changes skip or repeat runs")
      #expect(finding?.hint == "pick a time outside 01:00-03:00, such as 'Mon..Fri 06:30'")
    }
  }

  @Test(.enabled(if: installedSystemdAnalyze != nil, "systemd-analyze is not installed"))
  func builtInCheckAgreesWithSystemd() throws {
    let analyzer = try #require(installedSystemdAnalyze)
    let builtIn = ScheduleValidator(systemdAnalyze: nil, referenceDate: Self.winter)
    let systemd = ScheduleValidator(systemdAnalyze: analyzer, referenceDate: Self.winter)
    let schedules = [
      "Mon..Fri 06:30", "Mon-Fri 06:30", "mon 6:00", "Sun *-*-* 07:00:00", "*-02~03 08:00",
      "Mon,Fri..Sun 06:30", "Mon..Fri 6", "Mon..Fri 06:30:30.5", "12-24 18:00", "6:0/15",
      "Mon..Fri  06:30", "Fri 24:00", "06:30 Europe/Berlin", "Mon..Fri 06:30 Nowhere/Land",
      "quarterly", "06:30 06:45", "Monday-", "Mon,,Fri", "MON 06:00", "Mon..Fri 24:00",
    ]
    for schedule in schedules {
      let a = builtIn.validate(schedule, timezone: Self.berlin).contains(where: \.isError)
      let b = systemd.validate(schedule, timezone: Self.berlin).contains(where: \.isError)
      #expect(
        a == b,
        "'\(schedule)': built-in \(a ? "rejects" : "accepts"), systemd \(b ? "rejects" : "accepts")"
      )
    }
  }

  @Test(arguments: [
    ("Mon..Fri 06:30", "Mon..Fri 06:30 Europe/Berlin"),
    ("Mon..Fri 06:30 UTC", "Mon..Fri 06:30 UTC"),
    ("  daily ", "daily Europe/Berlin"),
    ("Sat 07:00 America/New_York", "Sat 07:00 America/New_York"),
  ])
  func calendarExpressionAppendsTheConfigZone(schedule: String, text: String) {
    #expect(CalendarExpression(schedule, timezone: Self.berlin).text == text)
  }
}
