import Foundation

/// Days on the proleptic Gregorian calendar, counted from 1970-01-01 (UTC), and the ISO text of
/// dates. Pure integer arithmetic (after Howard Hinnant's `days_from_civil`).
enum CivilDate {
  /// The day number of a calendar date.
  static func days(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The calendar date of a day number.
  static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The weekday of a day number: 0 for Monday ... 6 for Sunday.
  static func weekday(_ days: Int) -> Int {
    ((days % 7) + 7 + 3) % 7
  }

  /// The day number of a moment (UTC).
  static func days(of date: Date) -> Int {
    Int((date.timeIntervalSince1970 / 86400).rounded(.down))
  }

  /// The number of days in a month.
  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// `2023-11-03`.
  static func iso(_ days: Int) -> String {
    let (y, m, d) = civil(days)
    return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
  }

  /// `2003-07`.
  static func iso(year: Int, month: Int) -> String { "\(pad(year, 4))-\(pad(month, 2))" }

  private static func pad(_ v: Int, _ width: Int) -> String {
    let s = String(v)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }
}
