import Foundation

/// A briefing's `schedule:` as the `OnCalendar=` value systemd reads: the schedule with the
/// configuration's time zone appended, unless the schedule names its own.
public struct CalendarExpression: Sendable, Hashable, CustomStringConvertible {
  /// The schedule as written in the configuration (`Mon..Fri 06:30`).
  public var schedule: String
  /// The time zone the schedule is read in: the one it names, or the configuration's.
  public var timezone: TimeZone
  /// Whether the schedule names its own time zone (`Mon..Fri 06:30 UTC`).
  public var namesTimeZone: Bool

  /// Reads `schedule` in `timezone` (the configuration's), unless it names its own zone.
  public init(_ schedule: String, timezone: TimeZone) {
    let trimmed = schedule.trimmingCharacters(in: .whitespaces)
    self.schedule = trimmed
    let words = trimmed.split(separator: " ")
    if words.count > 1, let last = words.last, let zone = Self.timeZone(named: String(last)) {
      self.timezone = zone
      self.namesTimeZone = true
    } else {
      self.timezone = timezone
      self.namesTimeZone = false
    }
  }

  /// The `OnCalendar=` value: `Mon..Fri 06:30 Europe/Berlin`.
  public var text: String {
    namesTimeZone ? schedule : "\(schedule) \(timezone.identifier)"
  }

  public var description: String { text }

  /// The zone a schedule's last word names, when it names one.
  static func timeZone(named word: String) -> TimeZone? {
    guard word.contains(where: \.isLetter), !word.contains(":") else { return nil }
    if word == "UTC" || word == "Z" { return TimeZone(identifier: "UTC") }
    return TimeZone(identifier: word)
  }
}
