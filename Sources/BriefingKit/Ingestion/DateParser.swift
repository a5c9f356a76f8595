import Foundation

/// Reads the dates feeds and pages carry: RFC 822 (`Tue, 10 Jun 2003 04:00:00 GMT`) and ISO 8601
/// (`2003-06-10T04:00:00Z`) with their real-world variants.
///
/// Accepted variants: no weekday, full weekday and month names, single-digit days and hours,
/// missing seconds, two-digit years, fractional seconds, `+0100` / `+01:00` / `+01` offsets,
/// named zones (`GMT`, `UT`, `Z`, `EST`, `PDT`, `CET`, ...), `AM`/`PM`, a space instead of `T`,
/// month-first dates (`June 10, 2003`), and bare dates. A date without a zone is read in
/// `defaultTimeZone`.
public struct DateParser: Sendable {
  /// The zone for dates that name none.
  public var defaultTimeZone: TimeZone

  /// Creates a parser; dates without a zone are read in `defaultTimeZone` (UTC by default).
  public init(defaultTimeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current) {
    self.defaultTimeZone = defaultTimeZone
  }

  /// The moment `text` names, or `nil` when it is not a date.
  public func date(from text: String) -> Date? {
    let tokens = Self.tokens(of: text)
    guard !tokens.isEmpty else { return nil }
    let fields = Self.isoFields(tokens) ?? Self.freeFormFields(tokens)
    guard let fields else { return nil }
    return fields.date(defaultTimeZone: defaultTimeZone)
  }

  // MARK: - Tokens

  private enum Token: Equatable {
    case number(Int, digits: Int)
    case word(String)
    case symbol(UInt8)
  }

  private static func tokens(of text: String) -> [Token] {
    var tokens: [Token] = []
    let bytes = Array(text.utf8)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte >= 0x30 && byte <= 0x39 {
        var value = 0
        var digits = 0
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
          if digits < 18 { value = value * 10 + Int(bytes[index] - 0x30) }
          digits += 1
          index += 1
        }
        tokens.append(.number(value, digits: digits))
      } else if isLetter(byte) {
        let start = index
        while index < bytes.count, isLetter(bytes[index]) { index += 1 }
        tokens.append(.word(String(decoding: bytes[start..<index], as: UTF8.self).lowercased()))
      } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte >= 0x80 {
        index += 1
      } else {
        tokens.append(.symbol(byte))
        index += 1
      }
    }
    return tokens
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  // MARK: - Fields

  private struct Fields {
    var year: Int?
    var month: Int?
    var day: Int?
    var hour = 0
    var minute = 0
    var second = 0
    var fraction = 0.0
    var offsetSeconds: Int?

    func date(defaultTimeZone: TimeZone) -> Date? {
      guard var year, let month, let day else { return nil }
      if year < 100 { year += year < 50 ? 2000 : 1900 }
      guard (1...12).contains(month), (1...31).contains(day), (0...24).contains(hour),
        (0...59).contains(minute), (0...60).contains(second), (1000...9999).contains(year),
        day <= DateParser.daysIn(month: month, year: year)
      else { return nil }
      let days = DateParser.daysSinceEpoch(year: year, month: month, day: day)
      let local = Double(days * 86_400 + hour * 3600 + minute * 60 + min(second, 59)) + fraction
      if let offsetSeconds { return Date(timeIntervalSince1970: local - Double(offsetSeconds)) }
      let guess = Date(timeIntervalSince1970: local)
      let offset = defaultTimeZone.secondsFromGMT(for: guess)
      let adjusted = Date(timeIntervalSince1970: local - Double(offset))
      return Date(
        timeIntervalSince1970: local - Double(defaultTimeZone.secondsFromGMT(for: adjusted)))
    }
  }

  /// `2003-06-10`, `2003-06-10T04:00`, `2003-06-10 04:00:00.5+01:00`, `20030610T040000Z`.
  private static func isoFields(_ tokens: [Token]) -> Fields? {
    var fields = Fields()
    var index = 0
    guard case .number(let first, let digits) = tokens[0] else { return nil }
    if digits == 8 {
      fields.year = first / 10_000
      fields.month = first / 100 % 100
      fields.day = first % 100
      index = 1
    } else if digits == 4, tokens.count >= 5, tokens[1] == .symbol(UInt8(ascii: "-")),
      case .number(let month, _) = tokens[2], tokens[3] == .symbol(UInt8(ascii: "-")),
      case .number(let day, _) = tokens[4]
    {
      fields.year = first
      fields.month = month
      fields.day = day
      index = 5
    } else {
      return nil
    }
    if index < tokens.count, tokens[index] == .word("t") { index += 1 }
    if index < tokens.count, case .number(let time, let timeDigits) = tokens[index],
      timeDigits == 6 || timeDigits == 4
    {
      fields.hour = timeDigits == 6 ? time / 10_000 : time / 100
      fields.minute = timeDigits == 6 ? time / 100 % 100 : time % 100
      fields.second = timeDigits == 6 ? time % 100 : 0
      index += 1
    } else if let (time, next) = timeFields(tokens, from: index) {
      fields.hour = time.hour
      fields.minute = time.minute
      fields.second = time.second
      fields.fraction = time.fraction
      index = next
    }
    if index < tokens.count, tokens[index] == .word("tz") { index += 1 }
    while index < tokens.count {
      if let (offset, next) = offsetFields(tokens, from: index) {
        fields.offsetSeconds = offset
        index = next
      } else if case .word(let word) = tokens[index], let offset = zoneOffsets[word] {
        fields.offsetSeconds = offset
        index += 1
      } else {
        return nil
      }
    }
    return fields
  }

  /// RFC 822 and friends: the tokens in any sensible order.
  private static func freeFormFields(_ tokens: [Token]) -> Fields? {
    var fields = Fields()
    var meridian: Int?
    var sawTime = false
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      switch token {
      case .word(let word):
        index += 1
        if let month = month(named: word) {
          guard fields.month == nil else { return nil }
          fields.month = month
        } else if word == "am" || word == "pm" {
          meridian = word == "am" ? 0 : 12
        } else if let offset = zoneOffsets[word] {
          fields.offsetSeconds = offset
        } else if weekdays.contains(where: { word.hasPrefix($0) }) || word.count == 1
          || ["st", "nd", "rd", "th", "at", "of", "on"].contains(word)
        {
          continue
        } else {
          return nil
        }
      case .number(let value, let digits):
        if let (time, next) = timeFields(tokens, from: index), !sawTime {
          fields.hour = time.hour
          fields.minute = time.minute
          fields.second = time.second
          fields.fraction = time.fraction
          sawTime = true
          index = next
          continue
        }
        if digits == 4, fields.year == nil {
          fields.year = value
        } else if digits <= 2, fields.day == nil {
          fields.day = value
        } else if digits <= 2, fields.year == nil {
          fields.year = value
        } else {
          return nil
        }
        index += 1
      case .symbol(let symbol):
        if (symbol == UInt8(ascii: "+") || symbol == UInt8(ascii: "-")), sawTime,
          let (offset, next) = offsetFields(tokens, from: index)
        {
          fields.offsetSeconds = offset
          index = next
        } else {
          index += 1
        }
      }
    }
    if let meridian, fields.hour <= 12 { fields.hour = fields.hour % 12 + meridian }
    return fields
  }

  private struct Time {
    var hour: Int
    var minute: Int
    var second: Int
    var fraction: Double
  }

  /// `H:MM`, `HH:MM:SS`, `HH:MM:SS.fff` starting at `index`.
  private static func timeFields(_ tokens: [Token], from index: Int) -> (Time, Int)? {
    guard index + 2 < tokens.count, case .number(let hour, let hourDigits) = tokens[index],
      hourDigits <= 2, tokens[index + 1] == .symbol(UInt8(ascii: ":")),
      case .number(let minute, 2) = tokens[index + 2]
    else { return nil }
    var time = Time(hour: hour, minute: minute, second: 0, fraction: 0)
    var next = index + 3
    if next + 1 < tokens.count, tokens[next] == .symbol(UInt8(ascii: ":")),
      case .number(let second, 2) = tokens[next + 1]
    {
      time.second = second
      next += 2
      if next + 1 < tokens.count,
        tokens[next] == .symbol(UInt8(ascii: ".")) || tokens[next] == .symbol(UInt8(ascii: ",")),
        case .number(let fraction, let digits) = tokens[next + 1]
      {
        time.fraction = Double(fraction) / pow(10, Double(min(digits, 18)))
        next += 2
      }
    }
    return (time, next)
  }

  /// `+0100`, `+01:00`, `+01`, `-05` starting at `index`, in seconds east of UTC.
  private static func offsetFields(_ tokens: [Token], from index: Int) -> (Int, Int)? {
    guard index + 1 < tokens.count, case .symbol(let sign) = tokens[index],
      sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
      case .number(let value, let digits) = tokens[index + 1]
    else { return nil }
    var hours = 0
    var minutes = 0
    var next = index + 2
    switch digits {
    case 4:
      hours = value / 100
      minutes = value % 100
    case 1, 2:
      hours = value
      if next + 1 < tokens.count, tokens[next] == .symbol(UInt8(ascii: ":")),
        case .number(let minuteValue, 2) = tokens[next + 1]
      {
        minutes = minuteValue
        next += 2
      }
    default:
      return nil
    }
    guard hours <= 14, minutes < 60 else { return nil }
    let seconds = hours * 3600 + minutes * 60
    return (sign == UInt8(ascii: "-") ? -seconds : seconds, next)
  }

  private static func month(named word: String) -> Int? {
    guard word.count >= 3 else { return nil }
    let prefix = String(word.prefix(3))
    guard let index = months.firstIndex(of: prefix) else { return nil }
    let full = fullMonths[index]
    guard word.count == 3 || full.hasPrefix(word) || word == "sept" else { return nil }
    return index + 1
  }

  private static let months = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]
  private static let fullMonths = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]
  private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

  /// Zone abbreviations feeds use, in seconds east of UTC.
  private static let zoneOffsets: [String: Int] = [
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

  // MARK: - Calendar arithmetic

  /// Days from 1970-01-01 to the given proleptic Gregorian date.
  static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
