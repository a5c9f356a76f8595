import Foundation
import Yams

/// Parses the YAML text of `briefings.yaml` into a node tree, turning syntax errors and duplicate
/// keys into located diagnostics.
///
/// libyaml stops at the first duplicate key. To report all of them, each duplicate is renamed in a
/// working copy of the text (on its own line, so other locations do not move) and parsing starts
/// again; the renamed keys are skipped when the tree is read.
struct ConfigDocumentParser {
  /// The outcome of parsing.
  struct Result {
    /// The root node; `nil` after a syntax error or for an empty file.
    var root: Node?
    /// The names duplicate keys were renamed to.
    var ignoredKeys: Set<String>
    /// Syntax errors and duplicate keys.
    var diagnostics: [Diagnostic]
  }

  /// The file, for locations and source lines.
  let source: ConfigSourceText

  /// Parses `text`.
  func parse(_ text: String) -> Result {
    var working = source.lines
    var ignored: Set<String> = []
    var diagnostics: [Diagnostic] = []
    for attempt in 1...100 {
      do {
        let root = try Yams.compose(yaml: working.joined(separator: "\n"))
        return Result(root: root, ignoredKeys: ignored, diagnostics: diagnostics)
      } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
        let key = duplicates.first ?? ""
        let first = YAMLPosition(context.mark)
        guard let second = Self.repeatedKey(key, after: first, in: working) else {
          diagnostics.append(
            source.diagnostic(
              .error, at: first, "duplicate key '\(key)' in this mapping",
              hint: "keep only one '\(key)' in it"))
          return Result(root: nil, ignoredKeys: ignored, diagnostics: diagnostics)
        }
        diagnostics.append(
          source.diagnostic(
            .error, at: second.mark, "duplicate key '\(key)'",
            hint: "'\(key)' is already set at line \(first.line); keep one of them"))
        let placeholder = "__duplicate_\(attempt)__"
        ignored.insert(placeholder)
        working[second.mark.line - 1] = second.replaced(with: placeholder)
      } catch let error as YamlError {
        diagnostics.append(syntaxDiagnostic(error))
        return Result(root: nil, ignoredKeys: ignored, diagnostics: diagnostics)
      } catch {
        diagnostics.append(Diagnostic(.error, "cannot read the configuration: \(error)"))
        return Result(root: nil, ignoredKeys: ignored, diagnostics: diagnostics)
      }
    }
    return Result(root: nil, ignoredKeys: ignored, diagnostics: diagnostics)
  }

  /// A second occurrence of a key in the mapping whose first key is at `first`.
  struct RepeatedKey {
    /// Where the repeated key starts.
    var mark: YAMLPosition
    /// Its line.
    var line: String
    /// How many Unicode scalars the key takes (with its quotes).
    var length: Int

    /// The line with the key replaced.
    func replaced(with name: String) -> String {
      var scalars = Array(line.unicodeScalars)
      scalars.replaceSubrange(
        (mark.column - 1)..<(mark.column - 1 + length), with: Array(name.unicodeScalars))
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars)
      return text
    }
  }

  /// Finds the repetition of `key` in the same mapping as its first occurrence at `first`: in a
  /// block mapping, a later line that starts at the same column with `key:` before the mapping
  /// ends; in a flow mapping, a later `key:` after `{` or `,` on the same line.
  static func repeatedKey(_ key: String, after first: YAMLPosition, in lines: [String])
    -> RepeatedKey?
  {
    let spellings = [key, "\"\(key)\"", "'\(key)'"].map { Array($0.unicodeScalars) }
    func keyLength(in scalars: [Unicode.Scalar], at column: Int) -> Int? {
      for spelling in spellings where column + spelling.count <= scalars.count {
        guard Array(scalars[column..<(column + spelling.count)]) == spelling else { continue }
        var rest = column + spelling.count
        while rest < scalars.count, scalars[rest] == " " { rest += 1 }
        if rest < scalars.count, scalars[rest] == ":" { return spelling.count }
      }
      return nil
    }
    guard first.line >= 1, first.line <= lines.count else { return nil }
    let firstLine = Array(lines[first.line - 1].unicodeScalars)
    let isFlow =
      firstLine[..<min(firstLine.count, first.column - 1)].contains { $0 == "{" || $0 == "," }
      && firstLine[..<min(firstLine.count, first.column - 1)].contains("{")
    if isFlow {
      var column = first.column
      while column < firstLine.count {
        if firstLine[column] == "," || firstLine[column] == "{" {
          var start = column + 1
          while start < firstLine.count, firstLine[start] == " " { start += 1 }
          if let length = keyLength(in: firstLine, at: start) {
            return RepeatedKey(
              mark: YAMLPosition(line: first.line, column: start + 1), line: lines[first.line - 1],
              length: length)
          }
        }
        column += 1
      }
      return nil
    }
    let indent = first.column - 1
    for number in first.line..<lines.count {
      let scalars = Array(lines[number].unicodeScalars)
      guard let start = scalars.firstIndex(where: { $0 != " " }), scalars[start] != "#" else {
        continue
      }
      if start < indent { return nil }
      if start == indent, let length = keyLength(in: scalars, at: start) {
        return RepeatedKey(
          mark: YAMLPosition(line: number + 1, column: start + 1), line: lines[number],
          length: length)
      }
    }
    return nil
  }

  /// A YAML syntax error as a diagnostic at its place, with advice for the usual causes.
  func syntaxDiagnostic(_ error: YamlError) -> Diagnostic {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      var place = YAMLPosition(mark)
      if problem.contains("end of stream"), let context { place = YAMLPosition(context.mark) }
      var message = "invalid YAML: \(problem)"
      if let context, !problem.contains("end of stream") {
        message += " (\(context.text) at line \(context.mark.line))"
      } else if let context {
        message += " (\(context.text))"
      }
      let (hint, valueStart) = syntaxHint(problem, at: place)
      return source.diagnostic(.error, at: valueStart ?? place, message, hint: hint)
    case .reader(let problem, let offset, _, let yaml):
      let mark = offset.map { Self.mark(ofUTF8Offset: $0, in: yaml) }
      return source.diagnostic(
        .error, at: mark, "invalid characters: \(problem)",
        hint: "save the file as UTF-8 text without control characters")
    default:
      return Diagnostic(.error, "cannot read the configuration: \(error)")
    }
  }

  /// Advice for a syntax error, from the problem and the line it is on.
  ///
  /// When the cause is an unquoted value, the position of that value is returned too.
  private func syntaxHint(_ problem: String, at mark: YAMLPosition) -> (String?, YAMLPosition?) {
    let line = source.line(mark.line) ?? ""
    if line.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t")
      || source.character(at: mark) == "\t"
    {
      return ("indent with spaces; YAML does not allow tabs", nil)
    }
    if let (key, value, column) = Self.keyAndValue(in: line), let first = value.first,
      "*&!@`%".contains(first) || problem.contains("alias") || Self.isTextAfterFlow(value)
    {
      let escaped = value.replacingOccurrences(of: "\\", with: "\\\\")
        .replacingOccurrences(of: "\"", with: "\\\"")
      return (
        "a value starting with '\(first)' must be quoted: \(key): \"\(escaped)\"",
        YAMLPosition(line: mark.line, column: column)
      )
    }
    return (plainSyntaxHint(problem), nil)
  }

  /// Whether `value` starts like a flow collection (`{`, `[`) that closes before the value ends,
  /// as in `{date}/{briefing}.{ext}`: text that was meant as a string.
  static func isTextAfterFlow(_ value: String) -> Bool {
    guard let first = value.first, first == "{" || first == "[" else { return false }
    var depth = 0
    for (offset, character) in value.enumerated() {
      if character == "{" || character == "[" { depth += 1 }
      if character == "}" || character == "]" { depth -= 1 }
      if depth == 0 { return offset < value.count - 1 }
    }
    return false
  }

  /// Advice for a syntax error from its problem text alone.
  private func plainSyntaxHint(_ problem: String) -> String? {
    if problem.contains("mapping values are not allowed") {
      return "quote a value that contains ': ' (title: \"Briefing: morning\"),"
        + " or check the indentation"
    }
    if problem.contains("unknown escape") {
      return "in double quotes '\\' starts an escape: write '\\\\', or use single quotes"
    }
    if problem.contains("end of stream") {
      return "close the quote that starts here"
    }
    if problem.contains("expected '-' indicator") {
      return "list entries start with '- ' at the same column; check this line's indentation"
    }
    if problem.contains("did not find expected key") || problem.contains("block end") {
      return "check this line's indentation against the lines above it"
    }
    return nil
  }

  /// The key, the trimmed value and the value's 1-based column (in Unicode scalars) of a
  /// `key: value` line (`- key: value` too).
  static func keyAndValue(in line: String) -> (String, String, Int)? {
    var body = Substring(line).drop { $0 == " " }
    if body.hasPrefix("- ") { body = body.dropFirst(2).drop { $0 == " " } }
    guard let colon = body.range(of: ": ") else { return nil }
    let key = body[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
    let rest = body[colon.upperBound...].drop { $0 == " " }
    var value = rest.trimmingCharacters(in: .whitespaces)
    if let comment = value.range(of: " #") {
      value = value[..<comment.lowerBound].trimmingCharacters(in: .whitespaces)
    }
    guard !key.isEmpty, !value.isEmpty else { return nil }
    let column = line.unicodeScalars.distance(
      from: line.unicodeScalars.startIndex, to: rest.startIndex)
    return (key, value, column + 1)
  }

  /// The line and column of a byte offset into the UTF-8 text.
  static func mark(ofUTF8Offset offset: Int, in text: String) -> YAMLPosition {
    var line = 1
    var column = 1
    var seen = 0
    for scalar in text.unicodeScalars {
      if seen >= offset { break }
      seen += String(scalar).utf8.count
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return YAMLPosition(line: line, column: column)
  }
}
