/// Reduces the Markdown body of an article to plain paragraphs: headings become paragraphs of
/// their own, list items one paragraph each, block quotes lose their `>`, emphasis, code spans and
/// links are reduced to their text, images and link definitions are dropped.
enum MarkdownBody {
  /// One block of the body, as plain text.
  struct Block: Equatable {
    enum Kind: Equatable {
      case paragraph
      case heading(level: Int)
      /// A paragraph that held only images; `text` is the first image's alternative text.
      case image
    }

    var kind: Kind
    var text: String
  }

  /// The blocks of a Markdown body, in order.
  static func blocks(in markdown: String) -> [Block] {
    var builder = Builder()
    for line in ArticleFileText.lines(of: markdown) {
      builder.add(line)
    }
    builder.flush()
    return builder.blocks
  }

  private struct Builder {
    var blocks: [Block] = []
    var lines: [Substring] = []
    var fence: Substring?
    var inComment = false

    mutating func add(_ rawLine: Substring) {
      let line = rawLine.drop { $0 == " " }
      let indent = rawLine.count - line.count
      if let open = fence {
        if line.hasPrefix(open) && line.drop(while: { $0 == open.first }).allSatisfy(\.isWhitespace)
        {
          fence = nil
          flush()
        } else {
          lines.append(rawLine)
        }
        return
      }
      if inComment {
        if line.contains("-->") { inComment = false }
        return
      }
      if line.allSatisfy(\.isWhitespace) {
        flush()
        return
      }
      if indent <= 3, line.hasPrefix("<!--") {
        flush()
        inComment = !line.contains("-->")
        return
      }
      if indent <= 3, line.hasPrefix("```") || line.hasPrefix("~~~") {
        flush()
        fence = line.prefix { $0 == line.first }
        return
      }
      if indent <= 3, let heading = Self.atxHeading(line) {
        flush()
        blocks.append(Block(kind: .heading(level: heading.level), text: plainText(heading.text)))
        return
      }
      if indent <= 3, Self.isUnderline(line, "="), !lines.isEmpty {
        flushHeading(level: 1)
        return
      }
      if indent <= 3, Self.isThematicBreak(line) {
        if line.first == "-", !lines.isEmpty, Self.isUnderline(line, "-") {
          flushHeading(level: 2)
        } else {
          flush()
        }
        return
      }
      if indent <= 3, Self.isLinkDefinition(line) {
        return
      }
      if indent <= 3, let item = Self.listItemText(line) {
        flush()
        lines.append(item)
        return
      }
      if indent <= 3, line.first == ">" {
        var quoted = line
        while quoted.first == ">" {
          quoted = quoted.dropFirst().drop { $0 == " " }
        }
        if quoted.isEmpty { flush() } else { lines.append(quoted) }
        return
      }
      lines.append(line)
    }

    mutating func flush() {
      guard !lines.isEmpty else { return }
      let raw = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
      lines = []
      let text = plainText(raw)
      if !text.isEmpty {
        blocks.append(Block(kind: .paragraph, text: text))
      } else if let alt = MarkdownBody.imageAlt(in: raw) {
        blocks.append(Block(kind: .image, text: alt))
      }
    }

    mutating func flushHeading(level: Int) {
      let raw = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
      lines = []
      let text = plainText(raw)
      if !text.isEmpty { blocks.append(Block(kind: .heading(level: level), text: text)) }
    }

    static func atxHeading(_ line: Substring) -> (level: Int, text: Substring)? {
      let hashes = line.prefix { $0 == "#" }
      guard (1...6).contains(hashes.count) else { return nil }
      let rest = line.dropFirst(hashes.count)
      guard rest.isEmpty || rest.first == " " else { return nil }
      var text = rest.trimmingCharacters(in: .whitespaces)[...]
      let closing = text.reversed().prefix { $0 == "#" }.count
      if closing > 0, closing == text.count || text.dropLast(closing).last == " " {
        text = text.dropLast(closing)
      }
      return (hashes.count, text)
    }

    static func isUnderline(_ line: Substring, _ mark: Character) -> Bool {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      return !trimmed.isEmpty && trimmed.allSatisfy { $0 == mark }
    }

    static func isThematicBreak(_ line: Substring) -> Bool {
      guard let mark = line.first, mark == "-" || mark == "*" || mark == "_" else { return false }
      let marks = line.filter { $0 != " " }
      return marks.count >= 3 && marks.allSatisfy { $0 == mark }
    }

    static func isLinkDefinition(_ line: Substring) -> Bool {
      guard line.first == "[", let close = line.firstIndex(of: "]") else { return false }
      return line[line.index(after: close)...].hasPrefix(":")
    }

    static func listItemText(_ line: Substring) -> Substring? {
      if let marker = line.first, marker == "-" || marker == "*" || marker == "+" {
        let rest = line.dropFirst()
        guard rest.first == " " else { return nil }
        return rest.drop { $0 == " " }
      }
      let digits = line.prefix { $0.isASCII && $0.isNumber }
      guard (1...9).contains(digits.count) else { return nil }
      let rest = line.dropFirst(digits.count)
      guard let marker = rest.first, marker == "." || marker == ")",
        rest.dropFirst().first == " "
      else { return nil }
      return rest.dropFirst().drop { $0 == " " }
    }
  }

  /// The alternative text of the first image in `markdown`, when it has one.
  static func imageAlt(in markdown: String) -> String? {
    guard let start = markdown.range(of: "![") else { return nil }
    let rest = markdown[start.upperBound...]
    guard let end = rest.firstIndex(of: "]") else { return nil }
    let alt = rest[..<end].trimmingCharacters(in: .whitespaces)
    return alt.isEmpty ? nil : alt
  }

  /// The plain text of one block's inline Markdown.
  static func plainText<Text: StringProtocol>(_ markdown: Text) -> String {
    var reducer = InlineReducer(scalars: Array(markdown.unicodeScalars))
    return ArticleFileText.collapsingSpaces(reducer.reduce())
  }
}

/// Strips inline Markdown from one block of text.
private struct InlineReducer {
  var scalars: [Unicode.Scalar]
  var output = String.UnicodeScalarView()

  mutating func reduce() -> String {
    var index = 0
    while index < scalars.count {
      index = step(at: index)
    }
    return String(output)
  }

  /// Handles the construct at `index`, appends its text, and returns the index after it.
  private mutating func step(at index: Int) -> Int {
    let scalar = scalars[index]
    switch scalar {
    case "\\":
      if index + 1 < scalars.count, Self.escapable.contains(scalars[index + 1]) {
        output.append(scalars[index + 1])
        return index + 2
      }
    case "!":
      if index + 1 < scalars.count, scalars[index + 1] == "[",
        let link = link(at: index + 1)
      {
        return link.end
      }
    case "[":
      if let link = link(at: index) {
        var inner = InlineReducer(scalars: Array(scalars[link.text]))
        output.append(contentsOf: inner.reduce().unicodeScalars)
        return link.end
      }
    case "`":
      if let code = codeSpan(at: index) {
        output.append(contentsOf: scalars[code.text])
        return code.end
      }
    case "<":
      if let tag = angleBracket(at: index) { return tag }
    case "*", "_", "~":
      return delimiterRun(at: index)
    case "&":
      if let entity = TextEntity.decode(scalars, at: index) {
        output.append(contentsOf: entity.text.unicodeScalars)
        return entity.end
      }
    default:
      break
    }
    output.append(scalar)
    return index + 1
  }

  /// `[text](url)`, `[text](url "title")` or `[text][ref]`: the range of the text and the end.
  private func link(at start: Int) -> (text: Range<Int>, end: Int)? {
    guard let close = matching(from: start, open: "[", close: "]"), close + 1 < scalars.count
    else { return nil }
    let next = scalars[close + 1]
    if next == "(", let end = matching(from: close + 1, open: "(", close: ")") {
      return (start + 1..<close, end + 1)
    }
    if next == "[", let end = matching(from: close + 1, open: "[", close: "]") {
      return (start + 1..<close, end + 1)
    }
    return nil
  }

  private func matching(from start: Int, open: Unicode.Scalar, close: Unicode.Scalar) -> Int? {
    var depth = 0
    var index = start
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\\" {
        index += 2
        continue
      }
      if scalar == open {
        depth += 1
      } else if scalar == close {
        depth -= 1
        if depth == 0 { return index }
      }
      index += 1
    }
    return nil
  }

  private func codeSpan(at start: Int) -> (text: Range<Int>, end: Int)? {
    var ticks = 0
    while start + ticks < scalars.count, scalars[start + ticks] == "`" { ticks += 1 }
    var index = start + ticks
    while index < scalars.count {
      if scalars[index] == "`" {
        var run = 0
        while index + run < scalars.count, scalars[index + run] == "`" { run += 1 }
        if run == ticks { return (start + ticks..<index, index + run) }
        index += run
      } else {
        index += 1
      }
    }
    return nil
  }

  /// An autolink (`<https://...>`, kept as the address) or an HTML tag (dropped).
  private mutating func angleBracket(at start: Int) -> Int? {
    guard start + 1 < scalars.count else { return nil }
    let next = scalars[start + 1]
    guard next.properties.isAlphabetic || next == "/" || next == "!" else { return nil }
    guard let close = scalars[(start + 1)...].firstIndex(of: ">") else { return nil }
    let inner = String(String.UnicodeScalarView(scalars[(start + 1)..<close]))
    if inner.contains(" ") == false, inner.contains(":") || inner.contains("@") {
      output.append(contentsOf: inner.unicodeScalars)
    } else {
      output.append(" ")
    }
    return close + 1
  }

  /// Emphasis and strike-through marks are dropped where they open or close a span; a lone `*`
  /// between spaces or an `_` inside a word is kept.
  private mutating func delimiterRun(at start: Int) -> Int {
    let mark = scalars[start]
    var end = start
    while end < scalars.count, scalars[end] == mark { end += 1 }
    let before = start > 0 ? scalars[start - 1] : nil
    let after = end < scalars.count ? scalars[end] : nil
    let opens = after.map { !$0.properties.isWhitespace } ?? false
    let closes = before.map { !$0.properties.isWhitespace } ?? false
    var drop: Bool
    switch mark {
    case "_":
      let wordBefore = before.map(Self.isWordScalar) ?? false
      let wordAfter = after.map(Self.isWordScalar) ?? false
      drop = (opens && !wordBefore) || (closes && !wordAfter)
    case "~":
      drop = end - start == 2 && (opens || closes)
    default:
      drop = opens || closes
    }
    if !drop { output.append(contentsOf: scalars[start..<end]) }
    return end
  }

  private static let escapable = Set("\\`*_{}[]()#+-.!<>~|&\"'$%^=:;,?/@".unicodeScalars)

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
