import HTMLCore

/// Turns HTML into clean text: paragraphs for bodies, one line for titles.
///
/// Block elements (`p`, `div`, `li`, `blockquote`, `br`, ...) end paragraphs; whitespace is
/// collapsed; scripts, styles, forms, media and figures are dropped; entities are decoded by the
/// parser. Headings are left out of bodies, because they are not prose.
struct HTMLTextRenderer: Sendable {
  /// Creates a renderer.
  init() {}

  /// The paragraphs of an HTML fragment (a feed summary or content).
  func paragraphs(inFragment html: String) -> [String] {
    guard Self.looksLikeMarkup(html) else {
      return Self.plainParagraphs(html)
    }
    return paragraphs(in: MarkupParser.html(utf8: Array(html.utf8)))
  }

  /// The text of a short HTML fragment (a title) on one line.
  func line(fromFragment html: String) -> String {
    guard Self.looksLikeMarkup(html) else { return Self.collapsingWhitespace(html) }
    let root = MarkupParser.html(utf8: Array(html.utf8))
    var text = ""
    Self.appendInline(root, to: &text)
    return Self.collapsingWhitespace(text)
  }

  /// The paragraphs under `element`, leaving out any element `skipping` accepts.
  func paragraphs(
    in element: MarkupElement, skipping: (MarkupElement) -> Bool = { _ in false }
  ) -> [String] {
    var collector = Collector()
    collector.walk(element, skipping: skipping)
    collector.flush()
    return collector.paragraphs
  }

  private struct Collector {
    var paragraphs: [String] = []
    var current = ""

    mutating func flush() {
      let text = HTMLTextRenderer.collapsingWhitespace(current)
      if !text.isEmpty { paragraphs.append(text) }
      current = ""
    }

    mutating func walk(_ element: MarkupElement, skipping: (MarkupElement) -> Bool) {
      for child in element.children {
        switch child {
        case .text(let text):
          current += text
        case .element(let child):
          if HTMLTextRenderer.droppedElements.contains(child.name)
            || HTMLTextRenderer.headingElements.contains(child.name) || skipping(child)
          {
            if HTMLTextRenderer.blockElements.contains(child.name) { flush() }
            continue
          }
          if child.name == "br" || child.name == "hr" {
            flush()
          } else if HTMLTextRenderer.blockElements.contains(child.name) {
            flush()
            walk(child, skipping: skipping)
            flush()
          } else {
            if child.name == "td" || child.name == "th" { current += " " }
            walk(child, skipping: skipping)
          }
        }
      }
    }
  }

  private static func appendInline(_ element: MarkupElement, to text: inout String) {
    for child in element.children {
      switch child {
      case .text(let run): text += run
      case .element(let child):
        guard !droppedElements.contains(child.name) else { continue }
        if blockElements.contains(child.name) || child.name == "br" { text += " " }
        appendInline(child, to: &text)
      }
    }
  }

  /// Whether `text` holds a tag or an entity, so it must go through the HTML parser.
  static func looksLikeMarkup(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    var index = 0
    while index + 1 < bytes.count {
      let next = bytes[index + 1]
      if bytes[index] == UInt8(ascii: "<"),
        isASCIILetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!")
      {
        return true
      }
      if bytes[index] == UInt8(ascii: "&"), isASCIILetter(next) || next == UInt8(ascii: "#") {
        var end = index + 1
        while end < bytes.count, end - index < 34,
          isASCIILetter(bytes[end]) || (bytes[end] >= 0x30 && bytes[end] <= 0x39)
            || bytes[end] == UInt8(ascii: "#")
        {
          end += 1
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: ";") { return true }
      }
      index += 1
    }
    return false
  }

  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  /// Plain text split at blank lines into paragraphs.
  static func plainParagraphs(_ text: String) -> [String] {
    var paragraphs: [String] = []
    var current: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.allSatisfy(\.isWhitespace) {
        if !current.isEmpty {
          paragraphs.append(collapsingWhitespace(current.joined(separator: " ")))
        }
        current = []
      } else {
        current.append(line)
      }
    }
    if !current.isEmpty { paragraphs.append(collapsingWhitespace(current.joined(separator: " "))) }
    return paragraphs.filter { !$0.isEmpty }
  }

  /// `text` with every run of white space (no-break spaces included) made one space, trimmed.
  static func collapsingWhitespace(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
        pendingSpace = true
        continue
      }
      if pendingSpace, !scalars.isEmpty { scalars.append(" ") }
      pendingSpace = false
      scalars.append(scalar)
    }
    return String(scalars)
  }

  /// Elements whose content is never text of the article.
  static let droppedElements: Set<String> = [
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "head", "title", "button", "select", "input", "textarea", "form", "figure", "figcaption",
    "picture", "video", "audio", "canvas", "map", "img", "source", "track", "dialog", "menu",
  ]

  /// Headings: kept out of bodies.
  static let headingElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

  /// Elements that start and end a paragraph.
  static let blockElements: Set<String> = [
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote",
    "li", "ul", "ol", "dl", "dt", "dd", "pre", "table", "thead", "tbody", "tfoot", "tr", "caption",
    "address", "center", "details", "summary", "fieldset", "body", "html", "figure", "figcaption",
    "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "form", "legend", "hr", "br",
  ]
}
