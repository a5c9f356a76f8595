import Foundation

/// Converts the Markdown the briefing templates produce into HTML, for the HTML part of emails.
///
/// It covers the subset briefings use: ATX and setext headings, paragraphs, block quotes
/// (nested), bullet and numbered lists (nested by indentation), fenced code, thematic breaks,
/// and inline links, autolinks, bare `http(s)` links, images, code spans, `*emphasis*`,
/// `**strong**`, backslash escapes and hard line breaks. Everything else is text: raw HTML is
/// escaped, never passed through, and links are kept only for `http`, `https` and `mailto`
/// addresses or relative ones, so the output is safe to put in an email.
public struct MarkdownHTML: Sendable {
  /// Creates a converter.
  public init() {}

  /// The HTML for `markdown`, one block element per line group, ending in a newline.
  public func html(from markdown: String) -> String {
    let lines = markdown.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\t", with: "    ")
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let blocks = renderBlocks(lines)
    return blocks.isEmpty ? "" : blocks.joined(separator: "\n") + "\n"
  }

  /// The HTML-escaped form of `text` (`&`, `<`, `>`, `"`).
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }

  // MARK: Blocks

  private func renderBlocks(_ lines: [String]) -> [String] {
    var output: [String] = []
    var paragraph: [String] = []
    var index = 0

    func flushParagraph() {
      guard !paragraph.isEmpty else { return }
      let text = paragraph.joined(separator: "\n").trimmingCharacters(in: .whitespaces)
      output.append("<p>\(inline(text))</p>")
      paragraph = []
    }

    while index < lines.count {
      let line = lines[index]
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty {
        flushParagraph()
        index += 1
        continue
      }
      let indent = line.prefix { $0 == " " }.count
      if indent <= 3, let heading = Self.atxHeading(trimmed) {
        flushParagraph()
        output.append("<h\(heading.level)>\(inline(heading.text))</h\(heading.level)>")
        index += 1
        continue
      }
      if indent <= 3, paragraph.count == 1, let level = Self.setextLevel(trimmed) {
        output.append("<h\(level)>\(inline(paragraph[0]))</h\(level)>")
        paragraph = []
        index += 1
        continue
      }
      if indent <= 3, Self.isThematicBreak(trimmed) {
        flushParagraph()
        output.append("<hr>")
        index += 1
        continue
      }
      if indent <= 3, trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        flushParagraph()
        let fence = String(trimmed.prefix(3))
        var code: [String] = []
        index += 1
        while index < lines.count,
          !lines[index].trimmingCharacters(in: .whitespaces).hasPrefix(fence)
        {
          code.append(lines[index])
          index += 1
        }
        index += 1
        let body = code.map(Self.escape).joined(separator: "\n")
        output.append("<pre><code>\(body)\(code.isEmpty ? "" : "\n")</code></pre>")
        continue
      }
      if indent <= 3, trimmed.hasPrefix(">") {
        flushParagraph()
        var quoted: [String] = []
        while index < lines.count {
          let inner = lines[index].trimmingCharacters(in: .whitespaces)
          guard inner.hasPrefix(">") else { break }
          var rest = inner.dropFirst()
          if rest.first == " " { rest = rest.dropFirst() }
          quoted.append(String(rest))
          index += 1
        }
        output.append(
          "<blockquote>\n\(renderBlocks(quoted).joined(separator: "\n"))\n</blockquote>")
        continue
      }
      if indent <= 3, let marker = Self.listMarker(line) {
        flushParagraph()
        let (html, next) = renderList(lines, from: index, first: marker)
        output.append(html)
        index = next
        continue
      }
      // Trailing spaces stay: two of them make a hard line break.
      paragraph.append(String(line.drop { $0 == " " }))
      index += 1
    }
    flushParagraph()
    return output
  }

  /// A list starting at `start`: items of the same kind, with their indented continuations.
  private func renderList(_ lines: [String], from start: Int, first: ListMarker) -> (String, Int) {
    var items: [[String]] = []
    var loose = false
    var index = start
    var sawBlank = false
    while index < lines.count {
      let line = lines[index]
      if line.trimmingCharacters(in: .whitespaces).isEmpty {
        sawBlank = true
        index += 1
        continue
      }
      if let marker = Self.listMarker(line), marker.indent < first.contentIndent {
        guard marker.isOrdered == first.isOrdered else { break }
        if sawBlank && !items.isEmpty { loose = true }
        items.append([marker.content])
        sawBlank = false
        index += 1
        continue
      }
      let indent = line.prefix { $0 == " " }.count
      if indent >= first.contentIndent, !items.isEmpty {
        if sawBlank { items[items.count - 1].append("") }
        items[items.count - 1].append(String(line.dropFirst(first.contentIndent)))
        sawBlank = false
        index += 1
        continue
      }
      if !sawBlank, !items.isEmpty, Self.listMarker(line) == nil,
        !line.trimmingCharacters(in: .whitespaces).hasPrefix(">")
      {
        // A lazy continuation of the item's paragraph.
        items[items.count - 1].append(line.trimmingCharacters(in: .whitespaces))
        index += 1
        continue
      }
      break
    }
    let tag = first.isOrdered ? "ol" : "ul"
    let startAttribute = first.isOrdered && first.number != 1 ? " start=\"\(first.number)\"" : ""
    var html = ["<\(tag)\(startAttribute)>"]
    for item in items {
      let blocks = renderBlocks(item)
      if !loose, let firstBlock = blocks.first, firstBlock.hasPrefix("<p>") {
        let text = String(firstBlock.dropFirst(3).dropLast(4))
        html.append("<li>" + ([text] + blocks.dropFirst()).joined(separator: "\n") + "</li>")
      } else {
        html.append("<li>" + blocks.joined(separator: "\n") + "</li>")
      }
    }
    html.append("</\(tag)>")
    return (html.joined(separator: "\n"), index)
  }

  private struct ListMarker {
    var indent: Int
    var isOrdered: Bool
    var number: Int
    var contentIndent: Int
    var content: String
  }

  private static func listMarker(_ line: String) -> ListMarker? {
    let characters = Array(line)
    var index = 0
    while index < characters.count, characters[index] == " " { index += 1 }
    let indent = index
    guard index < characters.count else { return nil }
    var isOrdered = false
    var number = 1
    if "-*+".contains(characters[index]) {
      index += 1
    } else {
      var digits = ""
      while index < characters.count, characters[index].isASCII, characters[index].isNumber,
        digits.count < 9
      {
        digits.append(characters[index])
        index += 1
      }
      guard !digits.isEmpty, index < characters.count,
        characters[index] == "." || characters[index] == ")"
      else { return nil }
      index += 1
      isOrdered = true
      number = Int(digits) ?? 1
    }
    guard index < characters.count, characters[index] == " " else { return nil }
    let content = String(characters[index...]).trimmingCharacters(in: .whitespaces)
    if !isOrdered, isThematicBreak(line.trimmingCharacters(in: .whitespaces)) { return nil }
    return ListMarker(
      indent: indent, isOrdered: isOrdered, number: number, contentIndent: index + 1,
      content: content)
  }

  private static func atxHeading(_ line: String) -> (level: Int, text: String)? {
    let level = line.prefix { $0 == "#" }.count
    guard (1...6).contains(level) else { return nil }
    let rest = line.dropFirst(level)
    guard rest.isEmpty || rest.first == " " else { return nil }
    var text = rest.trimmingCharacters(in: .whitespaces)
    // A closing run of #s preceded by a space is not part of the heading.
    let closing = text.reversed().prefix { $0 == "#" }.count
    if closing > 0 {
      let body = text.dropLast(closing)
      if body.isEmpty || body.last == " " {
        text = body.trimmingCharacters(in: .whitespaces)
      }
    }
    return (level, text)
  }

  private static func setextLevel(_ line: String) -> Int? {
    if line.allSatisfy({ $0 == "=" }) { return 1 }
    if line.allSatisfy({ $0 == "-" }) { return 2 }
    return nil
  }

  private static func isThematicBreak(_ line: String) -> Bool {
    let marks = line.filter { $0 != " " }
    guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
    return marks.allSatisfy { $0 == first }
  }

  // MARK: Inline

  private static let punctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

  /// Inline Markdown to HTML; `linking` is off inside a link's text (no links in links).
  func inline(_ text: String, linking: Bool = true) -> String {
    var output = ""
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      switch character {
      case "\\":
        if index + 1 < characters.count, characters[index + 1] == "\n" {
          output += "<br>\n"
          index += 2
        } else if index + 1 < characters.count, Self.punctuation.contains(characters[index + 1]) {
          output += Self.escape(String(characters[index + 1]))
          index += 2
        } else {
          output += "\\"
          index += 1
        }
      case "`":
        let run = Self.run(of: "`", in: characters, at: index)
        if let close = Self.findRun(of: "`", length: run, in: characters, from: index + run) {
          var code = String(characters[(index + run)..<close]).replacingOccurrences(
            of: "\n", with: " ")
          if code.count > 2, code.hasPrefix(" "), code.hasSuffix(" ") {
            code = String(code.dropFirst().dropLast())
          }
          output += "<code>\(Self.escape(code))</code>"
          index = close + run
        } else {
          output += String(repeating: "`", count: run)
          index += run
        }
      case "!" where index + 1 < characters.count && characters[index + 1] == "[":
        if let link = Self.link(in: characters, at: index + 1) {
          if let url = Self.safeURL(link.destination) {
            output +=
              "<img src=\"\(Self.escape(url))\" alt=\"\(Self.escape(Self.plain(link.text)))\">"
          } else {
            output += Self.escape(Self.plain(link.text))
          }
          index = link.end
        } else {
          output += "!"
          index += 1
        }
      case "[" where linking:
        if let link = Self.link(in: characters, at: index) {
          let label = inline(link.text, linking: false)
          if let url = Self.safeURL(link.destination) {
            let title = link.title.map { " title=\"\(Self.escape($0))\"" } ?? ""
            output += "<a href=\"\(Self.escape(url))\"\(title)>\(label)</a>"
          } else {
            output += label
          }
          index = link.end
        } else {
          output += "["
          index += 1
        }
      case "<" where linking:
        if let close = characters[index...].firstIndex(of: ">"),
          let url = Self.autolink(String(characters[(index + 1)..<close]))
        {
          let shown =
            url.hasPrefix("mailto:")
              && !String(characters[(index + 1)..<close]).hasPrefix("mailto:")
            ? String(url.dropFirst("mailto:".count)) : String(characters[(index + 1)..<close])
          output += "<a href=\"\(Self.escape(url))\">\(Self.escape(shown))</a>"
          index = close + 1
        } else {
          output += "&lt;"
          index += 1
        }
      case "h" where linking && Self.startsBareURL(characters, at: index):
        let end = Self.bareURLEnd(characters, from: index)
        let url = String(characters[index..<end])
        output += "<a href=\"\(Self.escape(url))\">\(Self.escape(url))</a>"
        index = end
      case "*", "_":
        if let emphasis = emphasis(in: characters, at: index, linking: linking) {
          output += emphasis.html
          index = emphasis.end
        } else {
          let run = Self.run(of: character, in: characters, at: index)
          output += String(repeating: character, count: run)
          index += run
        }
      case "\n":
        if output.hasSuffix("  ") {
          output = String(output.dropLast(2)) + "<br>\n"
        } else {
          output = String(output.reversed().drop { $0 == " " }.reversed()) + "\n"
        }
        index += 1
      default:
        output += Self.escape(String(character))
        index += 1
      }
    }
    return output
  }

  /// `*em*`, `**strong**`, `***both***` (and the same with `_` between words).
  private func emphasis(
    in characters: [Character], at index: Int, linking: Bool
  ) -> (html: String, end: Int)? {
    let mark = characters[index]
    let run = Self.run(of: mark, in: characters, at: index)
    guard run <= 3 else { return nil }
    let after = index + run < characters.count ? characters[index + run] : " "
    let before = index > 0 ? characters[index - 1] : " "
    guard !after.isWhitespace else { return nil }
    if mark == "_", before.isLetter || before.isNumber { return nil }
    var search = index + run
    while let close = Self.findRun(of: mark, length: run, in: characters, from: search) {
      let closeBefore = characters[close - 1]
      let closeAfter = close + run < characters.count ? characters[close + run] : " "
      let intraword = mark == "_" && (closeAfter.isLetter || closeAfter.isNumber)
      if !closeBefore.isWhitespace, !intraword, close > index + run {
        let inner = inline(String(characters[(index + run)..<close]), linking: linking)
        let html: String
        switch run {
        case 1: html = "<em>\(inner)</em>"
        case 2: html = "<strong>\(inner)</strong>"
        default: html = "<em><strong>\(inner)</strong></em>"
        }
        return (html, close + run)
      }
      search = close + run
    }
    return nil
  }

  private struct Link {
    var text: String
    var destination: String
    var title: String?
    var end: Int
  }

  /// `[text](destination "title")` starting at the `[`.
  private static func link(in characters: [Character], at open: Int) -> Link? {
    var depth = 0
    var index = open
    var closeBracket: Int?
    while index < characters.count {
      switch characters[index] {
      case "\\": index += 1
      case "[": depth += 1
      case "]":
        depth -= 1
        if depth == 0 { closeBracket = index }
      default: break
      }
      if closeBracket != nil { break }
      index += 1
    }
    guard let close = closeBracket, close + 1 < characters.count, characters[close + 1] == "("
    else { return nil }
    var cursor = close + 2
    while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
    var destination = ""
    if cursor < characters.count, characters[cursor] == "<" {
      cursor += 1
      while cursor < characters.count, characters[cursor] != ">" {
        destination.append(characters[cursor])
        cursor += 1
      }
      cursor += 1
    } else {
      var parens = 0
      while cursor < characters.count, !characters[cursor].isWhitespace {
        let c = characters[cursor]
        if c == "(" { parens += 1 }
        if c == ")" {
          if parens == 0 { break }
          parens -= 1
        }
        destination.append(c)
        cursor += 1
      }
    }
    while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
    var title: String?
    if cursor < characters.count, "\"'".contains(characters[cursor]) {
      let quote = characters[cursor]
      cursor += 1
      var value = ""
      while cursor < characters.count, characters[cursor] != quote {
        value.append(characters[cursor])
        cursor += 1
      }
      cursor += 1
      title = value
      while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
    }
    guard cursor < characters.count, characters[cursor] == ")" else { return nil }
    return Link(
      text: String(characters[(open + 1)..<close]), destination: destination, title: title,
      end: cursor + 1)
  }

  /// The link target when it is safe in an email: http, https, mailto or relative.
  private static func safeURL(_ destination: String) -> String? {
    let trimmed = destination.trimmingCharacters(in: .whitespaces)
    let lower = trimmed.lowercased()
    if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") {
      return trimmed
    }
    if let colon = trimmed.firstIndex(of: ":") {
      // A scheme before any slash, question mark or hash is not one we allow (javascript:, data:).
      let head = trimmed[..<colon]
      if !head.contains("/") && !head.contains("?") && !head.contains("#") { return nil }
    }
    return trimmed
  }

  /// The target of `<https://...>` or `<name@example.org>`.
  private static func autolink(_ inside: String) -> String? {
    guard !inside.isEmpty, !inside.contains(where: { $0.isWhitespace || $0 == "<" }) else {
      return nil
    }
    let lower = inside.lowercased()
    if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") {
      return inside
    }
    let parts = inside.split(separator: "@")
    if parts.count == 2, parts[1].contains("."), !inside.contains(":") { return "mailto:" + inside }
    return nil
  }

  private static func startsBareURL(_ characters: [Character], at index: Int) -> Bool {
    if index > 0, characters[index - 1].isLetter || characters[index - 1].isNumber { return false }
    for prefix in ["https://", "http://"] {
      let p = Array(prefix)
      if index + p.count < characters.count, Array(characters[index..<(index + p.count)]) == p {
        return true
      }
    }
    return false
  }

  private static func bareURLEnd(_ characters: [Character], from start: Int) -> Int {
    var end = start
    while end < characters.count, !characters[end].isWhitespace, characters[end] != "<" {
      end += 1
    }
    // Trailing punctuation ends the sentence, not the address (a closing paren without an
    // opening one in the URL too).
    while end > start,
      ".,;:!?'\"*_".contains(characters[end - 1])
        || characters[end - 1] == ")"
          && characters[start..<end].filter({ $0 == "(" }).count
            < characters[start..<end].filter({ $0 == ")" }).count
    {
      end -= 1
    }
    return end
  }

  private static func run(of mark: Character, in characters: [Character], at index: Int) -> Int {
    var count = 0
    while index + count < characters.count, characters[index + count] == mark { count += 1 }
    return count
  }

  /// The start of the next run of exactly `length` marks at or after `from`.
  private static func findRun(
    of mark: Character, length: Int, in characters: [Character], from: Int
  ) -> Int? {
    var index = from
    while index < characters.count {
      if characters[index] == "\\" {
        index += 2
        continue
      }
      if characters[index] == mark {
        let count = run(of: mark, in: characters, at: index)
        if count == length { return index }
        index += count
      } else {
        index += 1
      }
    }
    return nil
  }

  /// The text of inline Markdown without its marks (for `alt`).
  private static func plain(_ text: String) -> String {
    String(text.filter { !"*_`[]".contains($0) })
  }
}
