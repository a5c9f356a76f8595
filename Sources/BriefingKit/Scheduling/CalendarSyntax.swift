import Foundation

/// A basic reading of systemd calendar expressions (`systemd.time(7)`), used to check a schedule
/// when `systemd-analyze` is not installed and to find the hours a schedule fires at.
///
/// It accepts `[weekdays] [[year-]month-day] [hour:minute[:second]] [time zone]` and the
/// shortcuts (`daily`, `weekly`, ...); each field is `*` or a comma list of values, `a..b`
/// ranges and `a/step` repetitions. systemd itself remains the judge where it is installed.
struct CalendarSyntax: Sendable, Hashable {
  /// The hours of the day the expression fires at; `nil` when it fires every hour.
  var hours: [Int]?

  /// The shortcuts and the hours they fire at (`nil`: every hour).
  private static let shortcuts: [String: [Int]?] = [
    "minutely": nil, "hourly": nil, "daily": [0], "weekly": [0], "monthly": [0],
    "yearly": [0], "annually": [0], "quarterly": [0], "semiannually": [0],
  ]

  private static let weekdays = [
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday",
  ]

  /// Reads `text`; throws a message saying what is wrong.
  static func parse(_ text: String) throws(CalendarSyntaxError) -> CalendarSyntax {
    var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard !words.isEmpty else { throw CalendarSyntaxError("the schedule is empty") }
    if words.count > 1, let last = words.last, CalendarExpression.timeZone(named: last) != nil {
      words.removeLast()
    }
    if words.count == 1, let hours = shortcuts[words[0].lowercased()] {
      return CalendarSyntax(hours: hours)
    }
    var index = 0
    if index < words.count, words[index].first?.isLetter == true {
      try checkWeekdays(words[index])
      index += 1
    }
    if index < words.count, !words[index].contains(":") {
      try checkDate(words[index])
      index += 1
    }
    var hours: [Int]? = [0]
    if index < words.count, words[index].contains(":") {
      hours = try checkTime(words[index])
      index += 1
    }
    guard index == words.count, index > 0 else {
      let rest = words[index...].joined(separator: " ")
      throw CalendarSyntaxError("unexpected '\(rest)'")
    }
    return CalendarSyntax(hours: hours)
  }

  private static func checkWeekdays(_ word: String) throws(CalendarSyntaxError) {
    for item in word.split(separator: ",", omittingEmptySubsequences: false) {
      let ends =
        item.contains("..")
        ? item.components(separatedBy: "..")
        : item.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
      guard (1...2).contains(ends.count),
        ends.allSatisfy({ weekdays.contains($0.lowercased()) })
      else { throw CalendarSyntaxError("'\(item)' is not a weekday or a range of weekdays") }
    }
  }

  private static func checkDate(_ word: String) throws(CalendarSyntaxError) {
    let lastDay = word.contains("~")
    let parts = word.split(separator: lastDay ? "~" : "-", omittingEmptySubsequences: false)
    var fields = parts.map(String.init)
    if lastDay {
      // `month~day` counts days from the end of the month: `*-02~03`.
      guard fields.count == 2 else { throw CalendarSyntaxError("'\(word)' is not a date") }
      let front = fields[0].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
      fields = front + [fields[1]]
    }
    let ranges: [ClosedRange<Int>]
    switch fields.count {
    case 2: ranges = [1...12, 1...31]
    case 3: ranges = [1970...2199, 1...12, 1...31]
    default: throw CalendarSyntaxError("'\(word)' is not a date (year-month-day or month-day)")
    }
    for (field, range) in zip(fields, ranges) {
      _ = try values(field, in: range, name: "date")
    }
  }

  private static func checkTime(_ word: String) throws(CalendarSyntaxError) -> [Int]? {
    let fields = word.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    guard (2...3).contains(fields.count) else {
      throw CalendarSyntaxError("'\(word)' is not a time (hour:minute or hour:minute:second)")
    }
    let hours = try values(fields[0], in: 0...23, name: "hour")
    _ = try values(fields[1], in: 0...59, name: "minute")
    if fields.count == 3 {
      let whole = fields[2].split(separator: ".", maxSplits: 1).first.map(String.init) ?? ""
      _ = try values(whole, in: 0...60, name: "second")
    }
    return hours
  }

  /// The values a field stands for; `nil` for `*` (every value).
  private static func values(
    _ field: String, in range: ClosedRange<Int>, name: String
  ) throws(CalendarSyntaxError) -> [Int]? {
    if field == "*" { return nil }
    var result: [Int] = []
    for item in field.split(separator: ",", omittingEmptySubsequences: false) {
      let stepParts = item.split(separator: "/", omittingEmptySubsequences: false)
      guard (1...2).contains(stepParts.count) else {
        throw CalendarSyntaxError("'\(field)' is not a valid \(name)")
      }
      var step = 0
      if stepParts.count == 2 {
        guard let n = Int(stepParts[1]), n > 0 else {
          throw CalendarSyntaxError("'\(item)' has no valid repetition after '/'")
        }
        step = n
      }
      let bounds = stepParts[0].components(separatedBy: "..")
      guard (1...2).contains(bounds.count) else {
        throw CalendarSyntaxError("'\(item)' is not a valid \(name)")
      }
      var numbers: [Int] = []
      for bound in bounds {
        if bound == "*" && bounds.count == 1 && step > 0 {
          numbers.append(range.lowerBound)
          continue
        }
        guard !bound.isEmpty, bound.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = Int(bound),
          range.contains(n)
        else {
          throw CalendarSyntaxError(
            "'\(bound)' is not a valid \(name) (\(range.lowerBound)-\(range.upperBound))")
        }
        numbers.append(n)
      }
      let low = numbers[0]
      let high = numbers.count == 2 ? numbers[1] : (step > 0 ? range.upperBound : low)
      guard low <= high else { throw CalendarSyntaxError("'\(item)' is an empty range") }
      result += Array(stride(from: low, through: high, by: max(step, 1)))
    }
    return result
  }
}

/// What is wrong with a calendar expression, as a phrase.
struct CalendarSyntaxError: Error, Sendable, Hashable {
  var message: String
  init(_ message: String) { self.message = message }
}
