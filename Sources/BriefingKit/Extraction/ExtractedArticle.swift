/// An article with its key facts: quotes, figures and lede.
public struct ExtractedArticle: Sendable, Hashable, Codable {
  /// The article the facts come from.
  public var article: Article
  /// Quotes in reading order.
  public var quotes: [KeyQuote]
  /// Figures in reading order.
  public var figures: [Figure]
  /// The one or two sentences that say what happened.
  public var lede: [String]

  /// Creates an extraction result.
  public init(article: Article, quotes: [KeyQuote], figures: [Figure], lede: [String]) {
    self.article = article
    self.quotes = quotes
    self.figures = figures
    self.lede = lede
  }
}
