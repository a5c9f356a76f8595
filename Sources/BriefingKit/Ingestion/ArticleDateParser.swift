import Foundation

/// Reads the dates found in article files and pages: ISO 8601 (`2023-02-23`,
/// `2023-02-23T09:30:00+01:00`), RFC 822 (`Thu, 23 Feb 2023 09:30:00 GMT`) and dates as news pages
/// write them (`Thursday, February 23, 2023`, `23 February 2023`, `Feb. 23, 2023, 9:30 a.m. EST`).
///
/// The whole text must be a date: `"Published Feb. 23"` or a sentence is not one. Dates without a
/// time are midnight, and times without an offset are local, in `timeZone`.
public struct ArticleDateParser: Sendable {
  /// The zone of dates and times that carry no offset.
  public var timeZone: TimeZone

  /// Creates a parser that reads dates without an offset in `timeZone` (UTC by default).
  public init(timeZone: TimeZone = .gmt) {
    self.timeZone = timeZone
  }

  /// The date `text` states, or `nil` when it is not a complete date with a year.
  public func date(from text: String) -> Date? {
    let trimmed = UnicodeWhitespace.trimming(text, newlines: true)
    guard !trimmed.isEmpty, trimmed.utf8.count <= 80 else { return nil }
    if let date = isoDate(Array(trimmed.utf8)) { return date }
    guard let tokens = DateToken.tokens(in: trimmed) else { return nil }
    return writtenDate(tokens)
  }

  // MARK: ISO 8601

  private func isoDate(_ bytes: [UInt8]) -> Date? {
    var scanner = ByteScanner(bytes: bytes)
    guard let year = scanner.number(digits: 4...4), scanner.eat("-"),
      let month = scanner.number(digits: 1...2), scanner.eat("-"),
      let day = scanner.number(digits: 1...2)
    else { return nil }
    var time = (hour: 0, minute: 0, second: 0)
    var zone: TimeZone?
    if !scanner.isAtEnd {
      guard scanner.eat("T") || scanner.eat("t") || scanner.eat(" "),
        let hour = scanner.number(digits: 1...2), scanner.eat(":"),
        let minute = scanner.number(digits: 2...2)
      else { return nil }
      time = (hour, minute, 0)
      if scanner.eat(":") {
        guard let second = scanner.number(digits: 2...2) else { return nil }
        time.second = second
        if scanner.eat(".") || scanner.eat(",") {
          guard scanner.number(digits: 1...9) != nil else { return nil }
        }
      }
      scanner.skipSpaces()
      if !scanner.isAtEnd {
        guard let parsed = scanner.zone() else { return nil }
        zone = parsed
      }
    }
    guard scanner.isAtEnd else { return nil }
    return makeDate(year: year, month: month, day: day, time: time, zone: zone)
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
    return makeDate(
      year: year, month: month, day: day, time: clock?.time ?? (0, 0, 0), zone: clock?.zone)
  }

  /// A clock time at the head of `tokens` with its `am`/`pm` and zone, taken off them.
  private static func clockTime(_ tokens: inout ArraySlice<DateToken>) -> (
    time: (hour: Int, minute: Int, second: Int), zone: TimeZone?, valid: Bool
  )? {
    guard case .time(let hour, let minute, let second) = tokens.first else { return nil }
    tokens = tokens.dropFirst()
    var time = (hour: hour, minute: minute, second: second)
    var valid = true
    var timeZone: TimeZone?
    if case .word(let meridiem) = tokens.first, meridiem == "am" || meridiem == "pm" {
      tokens = tokens.dropFirst()
      valid = (1...12).contains(hour)
      time.hour = hour % 12 + (meridiem == "pm" ? 12 : 0)
    }
    if case .word(let name) = tokens.first, let named = zone(named: name) {
      tokens = tokens.dropFirst()
      timeZone = named
    }
    if case .offset(let seconds) = tokens.first {
      tokens = tokens.dropFirst()
      timeZone = TimeZone(secondsFromGMT: seconds + (timeZone?.secondsFromGMT() ?? 0))
    }
    return (time, timeZone, valid)
  }

  private func makeDate(
    year: Int, month: Int, day: Int, time: (hour: Int, minute: Int, second: Int), zone: TimeZone?
  ) -> Date? {
    guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(time.hour),
      (0...59).contains(time.minute), (0...60).contains(time.second)
    else { return nil }
    let zone = zone ?? timeZone
    if let date = Self.fixedOffsetDate(
      year: year, month: month, day: day, time: time, zone: zone)
    {
      return date.valid ? date.date : nil
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let components = DateComponents(
      year: year, month: month, day: day, hour: time.hour, minute: time.minute,
      second: min(time.second, 59))
    guard let date = calendar.date(from: components),
      calendar.component(.day, from: date) == day
    else { return nil }
    return date
  }

  /// The date `makeDate` gives, computed without a `Calendar` (which costs tens of microseconds)
  /// when `zone` has a fixed offset and the year is well inside the Gregorian calendar; `valid` is
  /// false for a day the month does not have. `nil` when a `Calendar` must do it.
  static func fixedOffsetDate(
    year: Int, month: Int, day: Int, time: (hour: Int, minute: Int, second: Int), zone: TimeZone
  ) -> (date: Date, valid: Bool)? {
    guard (1600...9999).contains(year),
      zone.identifier == "GMT" || zone.identifier == "UTC" || zone.identifier.hasPrefix("GMT+")
        || zone.identifier.hasPrefix("GMT-")
    else { return nil }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard day <= monthDays[month - 1] else { return (Date(), false) }
    // Days from 1970-01-01 to the civil date (H. Hinnant's days_from_civil).
    let shifted = month <= 2 ? year - 1 : year
    let era = shifted / 400
    let yearOfEra = shifted - era * 400
    let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146_097 + dayOfEra - 719_468
    let seconds =
      days * 86_400 + time.hour * 3_600 + time.minute * 60 + min(time.second, 59)
      - zone.secondsFromGMT()
    return (Date(timeIntervalSince1970: TimeInterval(seconds)), true)
  }

  static func zone(named name: String) -> TimeZone? {
    if let hours = fixedZones[name] { return TimeZone(secondsFromGMT: Int(hours * 3600)) }
    if let identifier = regionalZones[name] { return TimeZone(identifier: identifier) }
    return nil
  }

  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ]

  static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
  ]

  private static let fixedZones: [String: Double] = [
    "gmt": 0, "ut": 0, "utc": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7,
    "mdt": -6, "pst": -8, "pdt": -7, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3,
    "jst": 9, "kst": 9, "aest": 10, "aedt": 11,
  ]

  private static let regionalZones: [String: String] = [
    "et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver",
    "pt": "America/Los_Angeles",
  ]
}

/// One piece of a written date: a word, a number, a clock time or a UTC offset.
enum DateToken: Equatable {
  case word(String)
  case number(Int, digits: Int)
  case time(hour: Int, minute: Int, second: Int)
  case offset(seconds: Int)

  /// The tokens of `text`, or `nil` when it holds anything a date does not (a dash, a quote).
  static func tokens(in text: String) -> [DateToken]? {
    var scanner = ByteScanner(bytes: Array(text.utf8))
    var tokens: [DateToken] = []
    while let byte = scanner.peek {
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")
        || byte == UInt8(ascii: "\t")
      {
        scanner.advance()
      } else if ByteScanner.isLetter(byte) {
        tokens.append(.word(scanner.word()))
      } else if ByteScanner.isDigit(byte) {
        let start = scanner.position
        guard let value = scanner.number(digits: 1...4) else { return nil }
        let digits = scanner.position - start
        if scanner.eat(":") {
          guard let minute = scanner.number(digits: 2...2) else { return nil }
          var second = 0
          if scanner.eat(":") {
            guard let parsed = scanner.number(digits: 2...2) else { return nil }
            second = parsed
          }
          tokens.append(.time(hour: value, minute: minute, second: second))
        } else {
          if let byte = scanner.peek, ByteScanner.isLetter(byte) {
            let suffix = scanner.word()
            guard ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
          }
          tokens.append(.number(value, digits: digits))
        }
      } else if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
        guard let zone = scanner.zone() else { return nil }
        tokens.append(.offset(seconds: zone.secondsFromGMT()))
      } else {
        return nil
      }
    }
    return tokens
  }
}

/// A cursor over ASCII bytes for the small parsers of dates and datelines.
struct ByteScanner {
  var bytes: [UInt8]
  var position = 0

  var isAtEnd: Bool { position >= bytes.count }
  var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

  mutating func advance() { position += 1 }

  mutating func eat(_ character: Unicode.Scalar) -> Bool {
    guard let byte = peek, byte == UInt8(ascii: character) else { return false }
    position += 1
    return true
  }

  mutating func skipSpaces() {
    while peek == UInt8(ascii: " ") { position += 1 }
  }

  /// A run of digits whose length is in `digits`.
  mutating func number(digits: ClosedRange<Int>) -> Int? {
    var value = 0
    var count = 0
    while let byte = peek, Self.isDigit(byte), count < digits.upperBound {
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
      count += 1
      position += 1
    }
    guard digits.contains(count), !(peek.map(Self.isDigit) ?? false) else { return nil }
    return value
  }

  /// A run of letters and dots, lowercased, without the dots (`a.m.` is `am`).
  mutating func word() -> String {
    var scalars = String.UnicodeScalarView()
    while let byte = peek, Self.isLetter(byte) || byte == UInt8(ascii: ".") {
      if byte != UInt8(ascii: ".") { scalars.append(Unicode.Scalar(byte | 0x20)) }
      position += 1
    }
    return String(scalars)
  }

  /// `Z`, `UTC`, `GMT`, `+01:00`, `+0100` or `-05`.
  mutating func zone() -> TimeZone? {
    if eat("Z") || eat("z") { return isAtEnd ? .gmt : nil }
    if let byte = peek, Self.isLetter(byte) {
      let name = word()
      guard let zone = ArticleDateParser.zone(named: name) else { return nil }
      return zone
    }
    let sign: Int
    if eat("+") {
      sign = 1
    } else if eat("-") {
      sign = -1
    } else {
      return nil
    }
    guard let first = number(digits: 2...4) else { return nil }
    var hours = first
    var minutes = 0
    if first > 99 {
      hours = first / 100
      minutes = first % 100
    } else if eat(":") {
      guard let parsed = number(digits: 2...2) else { return nil }
      minutes = parsed
    }
    guard hours <= 14, minutes < 60 else { return nil }
    return TimeZone(secondsFromGMT: sign * (hours * 3600 + minutes * 60))
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  static func isLetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
  }
}
