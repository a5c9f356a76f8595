import Foundation
import Logging

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How log lines are written to standard error: with a syslog priority prefix (`<6>`) that
/// journald reads when running under systemd, or with a level word for a terminal.
public enum LogFormat: String, Sendable, Hashable, CaseIterable {
  /// `<6>wrote briefing file=out/2024-05-06/executive.md`: journald takes the priority from the
  /// prefix and adds its own timestamp and unit.
  case journald
  /// `info: wrote briefing file=out/2024-05-06/executive.md`.
  case plain

  /// The format for this process: `journald` when standard error is the journal stream systemd
  /// announced in `JOURNAL_STREAM` (`device:inode`), `plain` otherwise.
  public static func detect(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    standardErrorIdentity: (device: UInt64, inode: UInt64)? = standardErrorIdentity()
  ) -> LogFormat {
    guard let stream = environment["JOURNAL_STREAM"], !stream.isEmpty else { return .plain }
    let parts = stream.split(separator: ":")
    guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else {
      return .plain
    }
    guard let identity = standardErrorIdentity else { return .journald }
    return identity.device == device && identity.inode == inode ? .journald : .plain
  }

  /// The device and inode of standard error, as `JOURNAL_STREAM` names them.
  public static func standardErrorIdentity() -> (device: UInt64, inode: UInt64)? {
    var info = stat()
    guard fstat(2, &info) == 0 else { return nil }
    return (UInt64(info.st_dev), UInt64(info.st_ino))
  }

  /// The level for `--verbose` (debug) and `--quiet` (warnings and errors only); info otherwise.
  public static func level(verbose: Bool, quiet: Bool) -> Logger.Level {
    if verbose { return .debug }
    if quiet { return .warning }
    return .info
  }

  /// The syslog priority journald reads from `<n>` (`sd-daemon(3)`).
  public static func priority(of level: Logger.Level) -> Int {
    switch level {
    case .trace, .debug: 7
    case .info: 6
    case .notice: 5
    case .warning: 4
    case .error: 3
    case .critical: 2
    }
  }

  /// The level word of the plain format.
  public static func word(for level: Logger.Level) -> String {
    switch level {
    case .trace: "trace"
    case .debug: "debug"
    case .info: "info"
    case .notice: "notice"
    case .warning: "warning"
    case .error: "error"
    case .critical: "critical"
    }
  }

  /// One event as one line (with its newline): the message, then `key=value` metadata sorted by
  /// key. Line breaks and control characters are escaped so an event never spans lines; values
  /// with spaces, quotes or `=` are quoted.
  public func line(level: Logger.Level, message: String, metadata: Logger.Metadata) -> String {
    let prefix =
      switch self {
      case .journald: "<\(Self.priority(of: level))>"
      case .plain: "\(Self.word(for: level)): "
      }
    var text = prefix + Self.escaped(message)
    for key in metadata.keys.sorted() {
      guard let value = metadata[key] else { continue }
      text += " \(Self.escaped(key))=\(Self.quotedIfNeeded(Self.render(value)))"
    }
    return text + "\n"
  }

  private static func render(_ value: Logger.MetadataValue) -> String {
    switch value {
    case .string(let string): string
    case .stringConvertible(let convertible): convertible.description
    case .array(let values): "[" + values.map(render).joined(separator: ",") + "]"
    case .dictionary(let pairs):
      "{"
        + pairs.keys.sorted().map { "\($0):\(pairs[$0].map(render) ?? "")" }
        .joined(separator: ",") + "}"
    }
  }

  private static func quotedIfNeeded(_ value: String) -> String {
    let escapedValue = escaped(value)
    guard value.isEmpty || value.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) else {
      return escapedValue
    }
    return "\"" + escapedValue.replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  /// `text` with line breaks, tabs and other control characters written as escapes.
  static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          result += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
