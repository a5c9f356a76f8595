/// Turns an article's lede sentences into a story summary cut to a word limit.
struct LedeTrimmer: Sendable, Hashable {
  /// At most this many words; `nil` keeps the lede whole.
  var maxWords: Int?

  /// The ellipsis that ends a cut lede.
  static let ellipsis = "…"

  /// The lede of `article`: its lede sentences joined (the first paragraph when it has none),
  /// cut at a word boundary with an ellipsis when longer than the limit.
  func lede(of article: ExtractedArticle) -> String {
    var text = TextNormalizer.collapsingWhitespace(article.lede.joined(separator: " "))
    if text.isEmpty, let first = article.article.paragraphs.first(where: { !$0.isEmpty }) {
      text = TextNormalizer.collapsingWhitespace(first)
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
