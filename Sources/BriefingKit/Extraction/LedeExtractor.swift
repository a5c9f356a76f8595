/// Picks the one or two sentences that say what happened.
public struct LedeExtractor: Sendable {
  /// Creates the lede rule.
  public init() {}

  /// The lede sentences of an article.
  public func lede(of text: ArticleText) -> [String] {
    guard let first = text.paragraphs.first(where: { !$0.sentences.isEmpty }) else { return [] }
    return [first.string(first.sentences[0])]
  }
}
