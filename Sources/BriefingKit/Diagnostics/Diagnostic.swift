/// One finding about the user's input, printed compiler-style:
/// `briefings.yaml:8:13: error: 'max_quotes' must be an integer`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How serious a finding is.
  public enum Severity: String, Sendable, Hashable, Codable {
    case error
    case warning
    case note
  }

  /// How serious it is.
  public var severity: Severity
  /// Where it is, when it has a place.
  public var location: SourceLocation?
  /// What is wrong, as one sentence without a trailing period.
  public var message: String
  /// What to do about it, when there is advice to give.
  public var hint: String?
  /// The source line the location points into, shown with a caret under the column.
  public var sourceLine: String?

  /// Creates a diagnostic.
  public init(
    _ severity: Severity = .error, at location: SourceLocation? = nil, _ message: String,
    hint: String? = nil, sourceLine: String? = nil
  ) {
    self.severity = severity
    self.location = location
    self.message = message
    self.hint = hint
    self.sourceLine = sourceLine
  }

  /// Whether this finding is an error (as opposed to a warning or note).
  public var isError: Bool { severity == .error }

  /// The one-line summary: `file:line:column: error: message`.
  public var summary: String {
    let place = location.map { "\($0): " } ?? ""
    return "\(place)\(severity.rawValue): \(message)"
  }

  public var description: String {
    var lines = [summary]
    if let sourceLine, let location {
      lines.append("    " + sourceLine)
      let pad = String(repeating: " ", count: max(0, location.column - 1))
      lines.append("    " + pad + "^")
    }
    if let hint {
      lines.append("  hint: " + hint)
    }
    return lines.joined(separator: "\n")
  }
}
