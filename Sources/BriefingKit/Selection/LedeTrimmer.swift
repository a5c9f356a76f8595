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
    // In the last third of the limit, a sentence's end makes a summary without an ellipsis,
    // else the end of a clause a cleaner cut than any word.
    let floor = maxWords - maxWords / 3
    if maxWords >= 9 {
      for end in stride(from: maxWords, through: floor, by: -1)
      where Self.endsSentence(words[end - 1]) && words[end].first?.isUppercase == true {
        return words.prefix(end).joined(separator: " ")
      }
      for end in stride(from: maxWords, through: floor, by: -1)
      where Self.endsClause(words[end - 1]) {
        return ellipsized(words.prefix(end).joined(separator: " "))
      }
    }
    return ellipsized(words.prefix(maxWords).joined(separator: " "))
  }

  private func ellipsized(_ text: String) -> String {
    var kept = text
    while let last = kept.last, Self.danglingPunctuation.contains(last) {
      kept.removeLast()
    }
    return kept + Self.ellipsis
  }

  /// Whether a word ends a sentence: a full stop, question or exclamation mark, perhaps inside
  /// a closing quotation mark; not an initial ("U.S.", "J.").
  private static func endsSentence(_ word: Substring) -> Bool {
    var w = word
    while let last = w.last, "”’\"')".contains(last) { w.removeLast() }
    guard let last = w.last, ".!?".contains(last) else { return false }
    guard last == "." else { return true }
    // Not an initial or a short capitalised abbreviation ("U.S.", "Mr.", "Gov.", "Jan.").
    let stem = w.dropLast()
    return stem.contains(where: { $0.isLowercase }) && !stem.contains(".")
      && !(stem.first?.isUppercase == true && stem.count <= 3)
  }

  /// Whether a word ends a clause: a comma, semicolon, colon or a dash standing alone.
  private static func endsClause(_ word: Substring) -> Bool {
    guard let last = word.last else { return false }
    return ",;:".contains(last) || word == "—" || word == "–"
  }

  /// Punctuation a cut lede does not end on before its ellipsis.
  private static let danglingPunctuation: Set<Character> = [
    ",", ";", ":", "-", "–", "—", "(", "[", "“", "‘", "\"", "'", " ", ".",
  ]
}
