import Foundation

/// A briefing's `include` / `exclude` keywords, matched case-insensitively as whole words (or
/// whole phrases) on an article's title and body.
struct KeywordFilter: Sendable, Hashable {
  /// Keywords of which an article must contain at least one (empty: every article passes).
  var include: [String]
  /// Keywords none of which an article may contain.
  var exclude: [String]

  /// Creates a filter, normalising the keywords' whitespace and dropping empty ones.
  init(include: [String], exclude: [String]) {
    self.include = include.map(TextNormalizer.collapsingWhitespace).filter { !$0.isEmpty }
    self.exclude = exclude.map(TextNormalizer.collapsingWhitespace).filter { !$0.isEmpty }
  }

  /// Whether the article passes: it has an included keyword (when any are given) and no excluded
  /// one.
  func admits(_ article: Article) -> Bool {
    let texts = [article.title] + article.paragraphs
    if exclude.contains(where: { keyword in texts.contains { Self.contains(keyword, in: $0) } }) {
      return false
    }
    if include.isEmpty { return true }
    return include.contains { keyword in texts.contains { Self.contains(keyword, in: $0) } }
  }

  /// Whether `text` contains `keyword` case-insensitively with a word boundary on both sides.
  static func contains(_ keyword: String, in text: String) -> Bool {
    let text = TextNormalizer.collapsingWhitespace(text)
    var searchStart = text.startIndex
    while searchStart < text.endIndex,
      let found = text.range(
        of: keyword, options: [.caseInsensitive], range: searchStart..<text.endIndex)
    {
      let startsWord =
        found.lowerBound == text.startIndex
        || !isWordCharacter(text[text.index(before: found.lowerBound)])
      let endsWord = found.upperBound == text.endIndex || !isWordCharacter(text[found.upperBound])
      if startsWord && endsWord { return true }
      searchStart = text.index(after: found.lowerBound)
    }
    return false
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }
}
