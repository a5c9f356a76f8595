import Foundation

/// Reads the dates of feeds, pages and article files: ISO 8601 (`2003-06-10`,
/// `2003-06-10T04:00:00.25+01:00`, `20030610T040000Z`), RFC 822 (`Tue, 10 Jun 2003 04:00:00 GMT`)
/// and dates as news pages write them (`Thursday, February 23, 2023`, `23 February 2023`,
/// `Feb. 23, 2023, 9:30 a.m. EST`, `10:32 AM EST, Thu February 23, 2023`).
///
/// Accepted variants: no weekday, full or short weekday and month names, ordinal days (`23rd`),
/// single-digit days and hours, missing seconds, two-digit years after the day, fractional
/// seconds, `+0100` / `+01:00` / `+01` offsets, named zones (`GMT`, `UT`, `Z`, `EST`, `PDT`,
/// `CET`, `ET`, ...), `AM`/`PM` and `a.m.`/`p.m.`, a space instead of `T`.
///
/// The whole text must be a date: `"Published Feb. 23"` or a sentence is not one. Dates without a
/// time are midnight, and times without a zone are local, in `defaultTimeZone`.
public struct DateParser: Sendable {
  /// The zone of dates and times that name none.
  public var defaultTimeZone: TimeZone

  /// Creates a parser; dates without a zone are read in `defaultTimeZone` (UTC by default).
  public init(defaultTimeZone: TimeZone = .gmt) {
    self.defaultTimeZone = defaultTimeZone
  }

  /// The moment `text` names, or `nil` when it is not a complete date with a year.
  public func date(from text: String) -> Date? {
    let trimmed = UnicodeWhitespace.trimming(text, newlines: true)
    guard !trimmed.isEmpty, trimmed.utf8.count <= 80 else { return nil }
    let bytes = Array(trimmed.utf8)
    if let date = isoDate(bytes) { return date }
    guard let tokens = DateToken.tokens(in: bytes) else { return nil }
    return writtenDate(tokens)
  }

  // MARK: ISO 8601

  /// `2003-06-10`, `2003-06-10T04:00`, `2003-06-10 04:00:00.5+01:00`, `20030610T040000Z`.
  private func isoDate(_ bytes: [UInt8]) -> Date? {
    var scanner = ByteScanner(bytes: bytes)
    var year = 0
    var month = 0
    var day = 0
    let isBasic: Bool
    if let compact = scanner.number(digits: 8...8) {
      (year, month, day) = (compact / 10_000, compact / 100 % 100, compact % 100)
      isBasic = true
    } else {
      scanner.position = 0
      guard let y = scanner.number(digits: 4...4), scanner.eat("-"),
        let m = scanner.number(digits: 1...2), scanner.eat("-"),
        let d = scanner.number(digits: 1...2)
      else { return nil }
      (year, month, day) = (y, m, d)
      isBasic = false
    }
    var time = ClockTime()
    var zone: TimeZone?
    if !scanner.isAtEnd {
      guard scanner.eat("T") || scanner.eat("t") || scanner.eat(" "),
        let parsed = isBasic ? scanner.basicTime() : scanner.extendedTime()
      else { return nil }
      time = parsed
      scanner.skipSpaces()
      if !scanner.isAtEnd {
        guard let parsed = scanner.zone() else { return nil }
        zone = parsed
        // Go's `-0700 MST`: a zone name may follow the offset.
        scanner.skipSpaces()
        if !scanner.isAtEnd {
          guard scanner.zone() != nil else { return nil }
        }
      }
    }
    guard scanner.isAtEnd else { return nil }
    return Self.moment(
      year: year, month: month, day: day, time: time, zone: zone ?? defaultTimeZone)
  }

  // MARK: Written dates and RFC 822

  private func writtenDate(_ tokens: [DateToken]) -> Date? {
    var rest = tokens[...]
    // "10:32 AM EST, Thu February 23, 2023": the time may come first.
    var clock = Self.clockTime(&rest)
    if case .word(let word) = rest.first, Self.weekdays.contains(word) { rest = rest.dropFirst() }
    guard rest.count >= 3 else { return nil }
    let parts = Array(rest.prefix(3))
    rest = rest.dropFirst(3)
    var year = 0
    var month = 0
    var day = 0
    switch (parts[0], parts[1], parts[2]) {
    case (.word(let name), .number(let d, let dDigits), .number(let y, let yDigits)):
      guard let m = Self.months[name], dDigits <= 2, yDigits == 4 else { return nil }
      (year, month, day) = (y, m, d)
    case (.number(let d, let dDigits), .word(let name), .number(let y, let yDigits)):
      guard let m = Self.months[name], dDigits <= 2, yDigits == 4 || yDigits == 2 else {
        return nil
      }
      (year, month, day) = (yDigits == 2 ? (y < 50 ? 2000 + y : 1900 + y) : y, m, d)
    default:
      return nil
    }
    if clock == nil {
      if case .word("at") = rest.first { rest = rest.dropFirst() }
      clock = Self.clockTime(&rest)
    }
    guard rest.isEmpty, clock?.valid ?? true else { return nil }
    return Self.moment(
      year: year, month: month, day: day, time: clock?.time ?? ClockTime(),
      zone: clock?.zone ?? defaultTimeZone)
  }

  /// A clock time at the head of `tokens` with its `am`/`pm` and zone, taken off them.
  private static func clockTime(_ tokens: inout ArraySlice<DateToken>) -> (
    time: ClockTime, zone: TimeZone?, valid: Bool
  )? {
    guard case .time(let time) = tokens.first else { return nil }
    tokens = tokens.dropFirst()
    var clock = (time: time, zone: TimeZone?.none, valid: true)
    if case .word(let meridiem) = tokens.first, meridiem == "am" || meridiem == "pm" {
      tokens = tokens.dropFirst()
      clock.valid = (1...12).contains(time.hour)
      clock.time.hour = time.hour % 12 + (meridiem == "pm" ? 12 : 0)
    }
    if case .word(let name) = tokens.first, let named = zone(named: name) {
      tokens = tokens.dropFirst()
      clock.zone = named
    }
    if case .offset(let seconds) = tokens.first {
      tokens = tokens.dropFirst()
      clock.zone = TimeZone(secondsFromGMT: seconds + (clock.zone?.secondsFromGMT() ?? 0))
    }
    return clock
  }

  // MARK: Moments

  /// The moment of a time on a day of the proleptic Gregorian calendar in `zone`, or `nil` when
  /// the day or the time does not exist (`February 30`, `25:00`) or the year is not in
  /// 1000...9999.
  static func moment(year: Int, month: Int, day: Int, time: ClockTime, zone: TimeZone) -> Date? {
    guard (1000...9999).contains(year), (1...12).contains(month),
      (1...CivilDate.daysIn(month: month, year: year)).contains(day),
      (0...23).contains(time.hour), (0...59).contains(time.minute),
      (0...60).contains(time.second)
    else { return nil }
    let days = CivilDate.days(year: year, month: month, day: day)
    let seconds = days * 86_400 + time.hour * 3_600 + time.minute * 60 + min(time.second, 59)
    let local = Double(seconds) + time.fraction
    // The zone's offset at the local time read as UTC, then at the moment that gives.
    let guess = local - Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: local)))
    let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: guess))
    return Date(timeIntervalSince1970: local - Double(offset))
  }

  // MARK: Names

  /// The zone a name stands for (`gmt`, `est`, `cest`, `et`), in lower case.
  static func zone(named name: String) -> TimeZone? {
    if let seconds = fixedZones[name] { return TimeZone(secondsFromGMT: seconds) }
    if let identifier = regionalZones[name] { return TimeZone(identifier: identifier) }
    return nil
  }

  /// Weekday names and their abbreviations, in lower case.
  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ]

  /// Month names and their abbreviations, in lower case, with the month's number.
  static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
  ]

  /// Zone abbreviations with a fixed offset, in seconds east of UTC.
  private static let fixedZones: [String: Int] = [
    "z": 0, "gmt": 0, "ut": 0, "utc": 0, "wet": 0,
    "est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600,
    "mst": -7 * 3600, "mdt": -6 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600,
    "akst": -9 * 3600, "akdt": -8 * 3600, "hst": -10 * 3600, "ast": -4 * 3600,
    "adt": -3 * 3600, "nst": -12_600, "ndt": -9000,
    "bst": 3600, "ist": 19_800, "cet": 3600, "cest": 7200, "met": 3600, "mest": 7200,
    "west": 3600, "eet": 7200, "eest": 10_800, "msk": 10_800, "jst": 9 * 3600, "kst": 9 * 3600,
    "hkt": 8 * 3600, "sgt": 8 * 3600, "awst": 8 * 3600, "acst": 34_200, "acdt": 37_800,
    "aest": 10 * 3600, "aedt": 11 * 3600, "nzst": 12 * 3600, "nzdt": 13 * 3600,
  ]

  /// Zone names that follow daylight saving time (`ET` is EST in winter and EDT in summer).
  private static let regionalZones: [String: String] = [
    "et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver",
    "pt": "America/Los_Angeles",
  ]
}
