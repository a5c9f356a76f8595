import Foundation

/// How text from articles is prepared for one output format: escaped for Markdown, left as it is
/// (whitespace collapsed) for plain text.
struct TextStyle: Sendable, Hashable {
  /// The format the text is for.
  var format: OutputFormat

  /// Text from an article or the configuration, safe to place in the format.
  func text(_ raw: String) -> String {
    switch format {
    case .markdown: MarkdownEscaper.escape(raw)
    case .text: TextNormalizer.collapsingWhitespace(raw)
    }
  }

  /// A link, safe to place in the format's link syntax.
  func url(_ raw: String) -> String {
    switch format {
    case .markdown: MarkdownEscaper.url(raw)
    case .text: raw.trimmingCharacters(in: .whitespacesAndNewlines)
    }
  }
}
