import Foundation

/// Checks a briefing's `schedule:` for `briefing check`: that systemd can read it, and that it
/// does not fire between 01:00 and 03:00 local time, where daylight-saving changes skip or repeat
/// runs.
///
/// With `systemd-analyze` installed, systemd itself reads the schedule (`systemd-analyze
/// calendar`) and anything it prints on standard error counts as a failure; without it, a basic
/// built-in reading of the calendar syntax is used.
public struct ScheduleValidator: Sendable {
  /// `systemd-analyze`, or `nil` to use the built-in check.
  public var systemdAnalyze: URL?
  /// A day in the year whose daylight-saving rules are checked (today, by default).
  public var referenceDate: Date
  /// Runs `systemd-analyze`.
  public var runner: ProcessRunner

  /// Creates a validator.
  public init(systemdAnalyze: URL?, referenceDate: Date = Date(), runner: ProcessRunner = .init()) {
    self.systemdAnalyze = systemdAnalyze
    self.referenceDate = referenceDate
    self.runner = runner
  }

  /// Creates a validator using the `systemd-analyze` on the `PATH` of `environment`, if any.
  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.init(systemdAnalyze: SystemdTools(environment: environment).systemdAnalyze)
  }

  /// Checks `schedule` read in `timezone` with the `systemd-analyze` on `PATH`.
  public static func validate(
    _ schedule: String, timezone: TimeZone, at location: SourceLocation? = nil
  ) -> [Diagnostic] {
    ScheduleValidator().validate(schedule, timezone: timezone, at: location)
  }

  /// Checks `schedule` read in `timezone` (the configuration's); the findings carry `location`.
  public func validate(
    _ schedule: String, timezone: TimeZone, at location: SourceLocation? = nil
  ) -> [Diagnostic] {
    let expression = CalendarExpression(schedule, timezone: timezone)
    let hint = "write it like 'Mon..Fri 06:30', 'Sat,Sun 08:00' or 'daily' (see systemd.time(7))"
    guard !expression.schedule.isEmpty else {
      return [Diagnostic(.error, at: location, "the schedule is empty", hint: hint)]
    }
    let syntax: CalendarSyntax?
    do {
      syntax = try normalized(expression)
    } catch {
      return [
        Diagnostic(
          .error, at: location,
          "schedule '\(expression.schedule)' is not a valid calendar expression: \(error.message)",
          hint: hint)
      ]
    }
    var findings: [Diagnostic] = []
    if let hours = syntax?.hours, hours.contains(where: { $0 == 1 || $0 == 2 }),
      observesDaylightSaving(expression.timezone)
    {
      findings.append(
        Diagnostic(
          .warning, at: location,
          "schedule '\(expression.schedule)' runs between 01:00 and 03:00 in "
            + "\(expression.timezone.identifier), "
            + "where daylight-saving changes skip or repeat runs",
          hint: "pick a time outside 01:00-03:00, such as 'Mon..Fri 06:30'"))
    }
    return findings
  }

  /// The expression as systemd normalises it (or as written, without `systemd-analyze`);
  /// `nil` when systemd accepts a form the built-in reading does not know.
  private func normalized(_ expression: CalendarExpression) throws(CalendarSyntaxError)
    -> CalendarSyntax?
  {
    guard let systemdAnalyze else { return try CalendarSyntax.parse(expression.text) }
    let result: ProcessResult
    do {
      result = try runner.run(
        systemdAnalyze, arguments: ["calendar", expression.text],
        environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC"],
        timeout: .seconds(10))
    } catch {
      throw CalendarSyntaxError("systemd-analyze could not be run: \(error)")
    }
    let complaint = result.errorOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    guard result.succeeded, complaint.isEmpty else {
      let said = complaint.isEmpty ? "exit status \(result.status)" : complaint
      throw CalendarSyntaxError("systemd-analyze says: \(said)")
    }
    let prefix = "Normalized form:"
    for line in result.output.split(separator: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix(prefix) {
        let form = trimmed.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        return try? CalendarSyntax.parse(form)
      }
    }
    return try? CalendarSyntax.parse(expression.text)
  }

  /// Whether the zone changes its clocks within a year of the reference date.
  private func observesDaylightSaving(_ zone: TimeZone) -> Bool {
    guard let next = zone.nextDaylightSavingTimeTransition(after: referenceDate) else {
      return false
    }
    return next.timeIntervalSince(referenceDate) < 400 * 86_400
  }
}
