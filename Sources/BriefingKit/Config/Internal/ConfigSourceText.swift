import Yams

/// The text of a configuration file, split into lines, that turns YAML marks into locations and
/// diagnostics showing the source line.
struct ConfigSourceText {
  /// The file name as the user gave it.
  let displayName: String
  /// The lines of the file, without line terminators.
  let lines: [String]

  /// Splits `text` into lines.
  init(displayName: String, text: String) {
    self.displayName = displayName
    self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
    }
  }

  /// The text of the 1-based line `number`, when the file has it.
  func line(_ number: Int) -> String? {
    guard number >= 1, number <= lines.count else { return nil }
    return lines[number - 1]
  }

  /// The location of a YAML mark; libyaml counts columns in Unicode scalars, a location in
  /// characters.
  func location(of mark: YAMLPosition) -> SourceLocation {
    location(line: mark.line, scalarColumn: mark.column)
  }

  /// The location of a 1-based line and a 1-based column counted in Unicode scalars.
  func location(line: Int, scalarColumn: Int) -> SourceLocation {
    guard let text = self.line(line) else {
      return SourceLocation(file: displayName, line: line, column: scalarColumn)
    }
    let scalars = text.unicodeScalars
    let end =
      scalars.index(
        scalars.startIndex, offsetBy: max(0, scalarColumn - 1), limitedBy: scalars.endIndex)
      ?? scalars.endIndex
    let overshoot = max(0, scalarColumn - 1 - scalars.count)
    let characters = String(scalars[..<end]).count + overshoot
    return SourceLocation(file: displayName, line: line, column: characters + 1)
  }

  /// A diagnostic at `mark` that shows the source line with a caret under the column.
  func diagnostic(
    _ severity: Diagnostic.Severity, at mark: YAMLPosition?, _ message: String, hint: String?
  ) -> Diagnostic {
    guard let mark else { return Diagnostic(severity, message, hint: hint) }
    return diagnostic(severity, at: location(of: mark), message, hint: hint)
  }

  /// A diagnostic at `location` that shows the source line with a caret under the column.
  func diagnostic(
    _ severity: Diagnostic.Severity, at location: SourceLocation, _ message: String, hint: String?
  ) -> Diagnostic {
    let text = line(location.line)
    let shown = text?.allSatisfy(\.isWhitespace) == false ? text : nil
    return Diagnostic(severity, at: location, message, hint: hint, sourceLine: shown)
  }

  /// The character at a mark, when there is one.
  func character(at mark: YAMLPosition) -> Character? {
    guard let text = line(mark.line) else { return nil }
    let scalars = text.unicodeScalars
    guard
      let index = scalars.index(
        scalars.startIndex, offsetBy: mark.column - 1, limitedBy: scalars.endIndex),
      index < scalars.endIndex
    else { return nil }
    return Character(scalars[index])
  }
}
