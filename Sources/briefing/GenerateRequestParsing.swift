import Foundation

/// Reading the date arguments of `generate`.
enum GenerateRequestParsing {
  /// A `YYYY-MM-DD` date, checked for being a real calendar day.
  static func date(_ text: String) -> String? {
    let parts = text.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
    guard let day = calendar.date(from: DateComponents(year: y, month: m, day: d)),
      calendar.component(.day, from: day) == d, calendar.component(.month, from: day) == m
    else { return nil }
    return text
  }

  /// A moment written as `YYYY-MM-DD` (midnight UTC) or full ISO 8601.
  static func moment(_ text: String) -> Date? {
    if let full = try? Date(text, strategy: .iso8601) { return full }
    guard date(text) != nil else { return nil }
    return try? Date(text + "T00:00:00Z", strategy: .iso8601)
  }
}
