import Foundation

/// Splits a Mustache template into its tags with their locations, following delimiter changes.
/// It does not render and does not judge: `TemplateChecker` uses it to check names, and the
/// compiler to explain swift-mustache's parse errors.
struct TemplateScanner: Sendable {
  /// The tags of a template in order. Scanning stops at a tag that is never closed (reported as
  /// an `.unterminated` tag).
  static func tags(in text: String) -> [TemplateTag] {
    var scanner = Cursor(Array(text))
    var open = "{{"
    var close = "}}"
    var tags: [TemplateTag] = []
    while scanner.advance(to: open) {
      let (line, column) = (scanner.line, scanner.column)
      let start = scanner.index
      scanner.skip(open.count)
      var kind = TemplateTag.Kind.variable
      var closing = close
      switch scanner.peek {
      case "#": kind = .section
      case "^": kind = .invertedSection
      case "/": kind = .close
      case "!": kind = .comment
      case "&": kind = .unescapedVariable
      case "{":
        kind = .unescapedVariable
        if open == "{{" { closing = "}" + close }
      case ">": kind = .partial
      case "<": kind = .parent
      case "$": kind = .block
      case "=": kind = .delimiters
      case "%": kind = .pragma
      default: break
      }
      if kind != .variable { scanner.skip(1) }
      let contentStart = scanner.index
      guard scanner.advance(to: closing) else {
        tags.append(
          TemplateTag(
            kind: .unterminated, name: "", transforms: [], text: scanner.text(from: start),
            line: line, column: column, endLine: scanner.line, endColumn: scanner.column))
        break
      }
      var content = scanner.text(from: contentStart).trimmingCharacters(in: .whitespacesAndNewlines)
      scanner.skip(closing.count)
      if kind == .delimiters, content.hasSuffix("=") {
        content.removeLast()
        let parts = content.split(whereSeparator: \.isWhitespace)
        if parts.count == 2 {
          open = String(parts[0])
          close = String(parts[1])
        }
      }
      if kind == .partial, content.hasPrefix("*") {
        kind = .dynamicPartial
        content = String(content.dropFirst()).trimmingCharacters(in: .whitespacesAndNewlines)
      }
      let (name, transforms) =
        [.comment, .delimiters, .pragma].contains(kind) ? ("", []) : split(content)
      tags.append(
        TemplateTag(
          kind: kind, name: name, transforms: transforms, text: scanner.text(from: start),
          line: line, column: column, endLine: scanner.line, endColumn: scanner.column))
    }
    return tags
  }

  /// Splits `uppercased(title)` into the name `title` and transforms `["uppercased"]`, and
  /// `plusone(index())` into the name `` and transforms `["plusone", "index"]`.
  static func split(_ expression: String) -> (name: String, transforms: [String]) {
    guard expression.contains("(") else { return (expression, []) }
    var body = Substring(expression)
    while body.last == ")" { body.removeLast() }
    let parts = body.split(separator: "(", omittingEmptySubsequences: false).map(String.init)
    return (parts.last ?? "", Array(parts.dropLast()))
  }

  /// A position in the template's characters that tracks its line and column.
  private struct Cursor {
    let characters: [Character]
    var index = 0
    var line = 1
    var column = 1

    init(_ characters: [Character]) {
      self.characters = characters
    }

    var peek: Character? { index < characters.count ? characters[index] : nil }

    /// Moves to the next occurrence of `delimiter`; at the end, returns `false`.
    mutating func advance(to delimiter: String) -> Bool {
      let pattern = Array(delimiter)
      while index < characters.count {
        if characters[index] == pattern[0], index + pattern.count <= characters.count,
          Array(characters[index..<index + pattern.count]) == pattern
        {
          return true
        }
        skip(1)
      }
      return false
    }

    /// Moves forward over `count` characters.
    mutating func skip(_ count: Int) {
      for _ in 0..<count where index < characters.count {
        if characters[index].isNewline {
          line += 1
          column = 1
        } else {
          column += 1
        }
        index += 1
      }
    }

    func text(from start: Int) -> String {
      String(characters[start..<index])
    }
  }
}
