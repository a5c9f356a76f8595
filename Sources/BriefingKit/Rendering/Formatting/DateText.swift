import Foundation

/// Dates written for readers, in English and independent of the machine's locale:
/// "Tuesday, 25 November 2026", "25 November 2026", "06:30".
enum DateText {
  static let weekdays = [
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
  ]
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// The parts of a calendar day.
  struct Day: Hashable {
    var year: Int
    var month: Int
    var day: Int
    var weekday: Int  // 1 = Sunday

    /// "25 November 2026".
    var long: String { "\(day) \(DateText.months[month - 1]) \(year)" }
    /// "Tuesday".
    var weekdayName: String { DateText.weekdays[weekday - 1] }
    /// "Tuesday, 25 November 2026".
    var withWeekday: String { "\(weekdayName), \(long)" }
  }

  /// The day an ISO date (`2026-11-25`) names, or `nil` when it is not a valid date.
  static func day(iso: String) -> Day? {
    let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .gmt
    let components = DateComponents(year: year, month: month, day: day, hour: 12)
    guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else {
      return nil
    }
    return Self.day(of: date, in: .gmt)
  }

  /// The day a moment falls on in a time zone.
  static func day(of date: Date, in timeZone: TimeZone) -> Day {
    let parts = calendar(timeZone).dateComponents([.year, .month, .day, .weekday], from: date)
    return Day(
      year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1,
      weekday: parts.weekday ?? 1)
  }

  /// "06:30": the moment's local time of day on a 24-hour clock.
  static func time(of date: Date, in timeZone: TimeZone) -> String {
    let parts = calendar(timeZone).dateComponents([.hour, .minute], from: date)
    return pad(parts.hour ?? 0) + ":" + pad(parts.minute ?? 0)
  }

  /// "2026-11-25T06:30:00+01:00": the moment in ISO 8601 with the zone's offset.
  static func iso(_ date: Date, in timeZone: TimeZone) -> String {
    let parts = calendar(timeZone).dateComponents(
      [.year, .month, .day, .hour, .minute, .second], from: date)
    let offset = timeZone.secondsFromGMT(for: date)
    let zone: String
    if offset == 0 {
      zone = "Z"
    } else {
      let minutes = abs(offset) / 60
      zone = (offset < 0 ? "-" : "+") + pad(minutes / 60) + ":" + pad(minutes % 60)
    }
    let year = String(parts.year ?? 1970)
    let date = "\(year)-\(pad(parts.month ?? 1))-\(pad(parts.day ?? 1))"
    let time = "\(pad(parts.hour ?? 0)):\(pad(parts.minute ?? 0)):\(pad(parts.second ?? 0))"
    return "\(date)T\(time)\(zone)"
  }

  private static func calendar(_ timeZone: TimeZone) -> Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar
  }

  private static func pad(_ number: Int) -> String {
    number < 10 ? "0\(number)" : String(number)
  }
}
