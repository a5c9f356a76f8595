import Foundation

/// Escapes text that comes from articles so that it cannot break the structure of a Markdown
/// briefing: emphasis, code, links, HTML, and block markers at the start of a line.
enum MarkdownEscaper {
  /// Characters escaped wherever they stand.
  static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "[", "]", "<", "~"]

  /// The text, whitespace collapsed to single spaces, with Markdown-special characters escaped.
  /// `_` is escaped only where it could open or close emphasis (not inside a word: `snake_case`).
  static func escape(_ text: String) -> String {
    let characters = Array(TextNormalizer.collapsingWhitespace(text))
    var output = ""
    output.reserveCapacity(characters.count)
    for (index, character) in characters.enumerated() {
      if alwaysEscaped.contains(character) {
        output.append("\\")
      } else if character == "_" {
        let before = index > 0 ? characters[index - 1] : " "
        let after = index + 1 < characters.count ? characters[index + 1] : " "
        if !(isWordCharacter(before) && isWordCharacter(after)) { output.append("\\") }
      }
      output.append(character)
    }
    return escapingBlockMarker(output)
  }

  /// A link destination: spaces, parentheses and angle brackets percent-encoded so that the
  /// `[text](url)` syntax holds.
  static func url(_ url: String) -> String {
    var output = ""
    for character in url.trimmingCharacters(in: .whitespacesAndNewlines) {
      switch character {
      case " ": output += "%20"
      case "(": output += "%28"
      case ")": output += "%29"
      case "<": output += "%3C"
      case ">": output += "%3E"
      default: output.append(character)
      }
    }
    return output
  }

  /// Escapes a leading `#`, `>`, `+`, `-`, `=` or ordered-list number, which would start a
  /// heading, block quote or list where the value begins a line.
  private static func escapingBlockMarker(_ text: String) -> String {
    guard let first = text.first else { return text }
    if "#>+-=|".contains(first) { return "\\" + text }
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, digits.count <= 9 {
      let rest = text.dropFirst(digits.count)
      if let marker = rest.first, marker == "." || marker == ")",
        rest.dropFirst().first.map({ $0 == " " }) ?? true
      {
        return String(digits) + "\\" + String(rest)
      }
    }
    return text
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }
}
