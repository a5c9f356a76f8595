/// Turns an article's lede sentences into a story summary cut to a word limit.
struct LedeTrimmer: Sendable, Hashable {
  /// At most this many words; `nil` keeps the lede whole.
  var maxWords: Int?

  /// The ellipsis that ends a cut lede.
  static let ellipsis = "…"

  /// Paragraphs shorter than this are datelines, bylines or labels, not a fallback lede.
  static let minimumFallbackWords = 8

  /// The lede of `article`: its lede sentences joined, cut at a word boundary with an ellipsis
  /// when longer than the limit. Without lede sentences, the first paragraph of at least
  /// `minimumFallbackWords` words (or else the first non-empty one) stands in.
  func lede(of article: ExtractedArticle) -> String {
    var text = TextNormalizer.collapsingWhitespace(article.lede.joined(separator: " "))
    if text.isEmpty {
      let paragraphs = article.article.paragraphs
      let fallback =
        paragraphs.first { TextNormalizer.wordCount(of: $0) >= Self.minimumFallbackWords }
        ?? paragraphs.first { !TextNormalizer.words(of: $0).isEmpty }
      text = TextNormalizer.collapsingWhitespace(fallback ?? "")
    }
    return cut(text)
  }

  /// The text cut to the word limit.
  func cut(_ text: String) -> String {
    let words = TextNormalizer.words(of: text)
    guard let maxWords, words.count > maxWords else { return words.joined(separator: " ") }
    guard maxWords > 0 else { return "" }
    var kept = words.prefix(maxWords).joined(separator: " ")
    while let last = kept.last, Self.danglingPunctuation.contains(last) {
      kept.removeLast()
    }
    return kept + Self.ellipsis
  }

  /// Punctuation a cut lede does not end on before its ellipsis.
  private static let danglingPunctuation: Set<Character> = [
    ",", ";", ":", "-", "–", "—", "(", "[", "“", "‘", "\"", "'", " ", ".",
  ]
}
