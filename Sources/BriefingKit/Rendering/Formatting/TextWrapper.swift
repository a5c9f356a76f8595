/// Wraps plain-text lines at a column width without breaking words or URLs, keeping each line's
/// indentation and hanging continuation lines under the text after a list marker, an opening
/// quotation mark or an attribution dash.
///
/// A word longer than the room left (a long URL) moves to a line of its own and is never split.
/// Widths count characters (grapheme clusters).
public struct TextWrapper: Sendable, Hashable {
  /// The widest a line may be, in columns.
  public var width: Int

  /// Creates a wrapper for lines of at most `width` columns.
  public init(width: Int = 72) {
    self.width = width
  }

  /// Wraps every line of a document; lines that fit stay as they are.
  public func wrap(document: String) -> String {
    document.split(separator: "\n", omittingEmptySubsequences: false)
      .flatMap { wrap(line: String($0)) }
      .joined(separator: "\n")
  }

  /// One line wrapped into lines of at most `width` columns (where words allow).
  public func wrap(line: String) -> [String] {
    guard line.count > width else { return [line] }
    let indent = String(line.prefix { $0 == " " || $0 == "\t" })
    let body = line.dropFirst(indent.count)
    let words = body.split(separator: " ", omittingEmptySubsequences: true)
    guard words.count > 1 else { return [line] }
    let hang = indent + String(repeating: " ", count: Self.hangingWidth(of: body))
    let continuation = hang.count * 2 <= width ? hang : indent
    var lines: [String] = []
    var current = indent
    var currentHasWord = false
    for word in words {
      if currentHasWord, current.count + 1 + word.count > width {
        lines.append(current)
        current = continuation
        currentHasWord = false
      }
      current += (currentHasWord ? " " : "") + word
      currentHasWord = true
    }
    lines.append(current)
    return lines
  }

  /// Opening quotation marks a quote line hangs under.
  static let openingQuotes: Set<Character> = ["“", "‘", "«", "„", "\"", "'"]

  /// How far continuation lines hang in from the indentation: past a list marker (`- `, `* `,
  /// `• `, `12. `, `3) `), an attribution dash (`— `), or an opening quotation mark.
  static func hangingWidth(of body: Substring) -> Int {
    let characters = Array(body.prefix(6))
    guard let first = characters.first else { return 0 }
    if "-*•—–".contains(first), characters.count > 1, characters[1] == " " { return 2 }
    if openingQuotes.contains(first), characters.count > 1, characters[1] != " " { return 1 }
    let digits = characters.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, digits.count + 1 < characters.count {
      let marker = characters[digits.count]
      if marker == "." || marker == ")", characters[digits.count + 1] == " " {
        return digits.count + 2
      }
    }
    return 0
  }
}
