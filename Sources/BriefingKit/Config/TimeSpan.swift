import Foundation

/// A length of time written in the configuration as `90s`, `30m`, `24h`, `7d` or `2w`.
public struct TimeSpan: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  /// The length in seconds.
  public var seconds: Double

  /// Creates a span of the given seconds.
  public init(seconds: Double) { self.seconds = seconds }

  public static func seconds(_ n: Double) -> TimeSpan { TimeSpan(seconds: n) }
  public static func minutes(_ n: Double) -> TimeSpan { TimeSpan(seconds: n * 60) }
  public static func hours(_ n: Double) -> TimeSpan { TimeSpan(seconds: n * 3600) }
  public static func days(_ n: Double) -> TimeSpan { TimeSpan(seconds: n * 86_400) }
  /// No limit at all (`all` in the configuration).
  public static let unlimited = TimeSpan(seconds: .infinity)

  /// Whether this span has no limit.
  public var isUnlimited: Bool { seconds.isInfinite }

  /// Reads `90s`, `30m`, `24h`, `7d`, `2w` or a bare number of seconds; `nil` when malformed.
  public init?(parsing text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard let last = trimmed.last else { return nil }
    let factor: Double
    var digits = Substring(trimmed)
    switch last {
    case "s": factor = 1
    case "m": factor = 60
    case "h": factor = 3600
    case "d": factor = 86_400
    case "w": factor = 604_800
    default: factor = 1
    }
    if last.isLetter { digits = digits.dropLast() }
    guard let n = Double(digits), n >= 0, n.isFinite else { return nil }
    self.seconds = n * factor
  }

  public static func < (a: TimeSpan, b: TimeSpan) -> Bool { a.seconds < b.seconds }

  public var description: String {
    if isUnlimited { return "all" }
    let units: [(Double, String)] = [(604_800, "w"), (86_400, "d"), (3600, "h"), (60, "m")]
    for (size, name) in units
    where seconds >= size && seconds.truncatingRemainder(dividingBy: size) == 0 {
      return "\(Int(seconds / size))\(name)"
    }
    return seconds == seconds.rounded() ? "\(Int(seconds))s" : "\(seconds)s"
  }
}
