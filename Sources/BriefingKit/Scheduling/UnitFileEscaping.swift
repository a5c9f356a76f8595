import Foundation

/// Writes values into systemd unit files so that systemd reads back exactly the value meant.
///
/// systemd expands `%` specifiers in most settings (`%%` is a literal `%`), splits command lines
/// and path lists at whitespace unless a word is quoted, reads C escapes inside quotes, and
/// expands `$VAR` in command lines (`$$` is a literal `$`). A newline cannot be written at all.
public enum UnitFileEscaping {
  /// The characters that make a word need quotes in a command line or path list.
  private static let quoteTriggers = Set<Character>([" ", "\t", "\"", "'", "\\", ";", "$"])

  /// Whether `value` can be written into a unit file at all (no control characters).
  public static func isWritable(_ value: String) -> Bool {
    !value.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
  }

  /// A plain setting value (`WorkingDirectory=`, `Description=`, `OnCalendar=`): `%` doubled.
  public static func value(_ value: String) -> String {
    value.replacingOccurrences(of: "%", with: "%%")
  }

  /// One word of `ExecStart=`: quoted when needed, `%` and `$` doubled.
  public static func commandWord(_ word: String) -> String {
    let escaped = value(word).replacingOccurrences(of: "$", with: "$$")
    return needsQuotes(word) ? quoted(escaped) : escaped
  }

  /// One entry of a path list (`ReadWritePaths=`): quoted when needed, `%` doubled; a leading
  /// `-` (ignore a missing path) belongs inside the quotes.
  public static func pathListItem(_ path: String, ignoreIfMissing: Bool = false) -> String {
    let word = (ignoreIfMissing ? "-" : "") + path
    let escaped = value(word)
    return needsQuotes(word) ? quoted(escaped) : escaped
  }

  private static func needsQuotes(_ word: String) -> Bool {
    word.isEmpty || word.contains { quoteTriggers.contains($0) }
  }

  private static func quoted(_ word: String) -> String {
    let inner = word.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\"", with: "\\\"")
    return "\"" + inner + "\""
  }
}
