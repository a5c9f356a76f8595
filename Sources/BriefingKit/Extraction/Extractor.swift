/// Finds an article's key facts: who said what, the key figures and the lede. Pure and
/// deterministic; safe to run on many articles at once.
public struct Extractor: Sendable {
  /// The quote and speaker rules.
  public var quotes: QuoteExtractor
  /// The figure rules.
  public var figures: FigureExtractor
  /// The lede rule.
  public var lede: LedeExtractor

  /// Creates an extractor with the default rules.
  public init(
    quotes: QuoteExtractor = QuoteExtractor(), figures: FigureExtractor = FigureExtractor(),
    lede: LedeExtractor = LedeExtractor()
  ) {
    self.quotes = quotes
    self.figures = figures
    self.lede = lede
  }

  /// Extracts the key facts of one article.
  public func extract(from article: Article) -> ExtractedArticle {
    let text = ArticleText(title: article.title, paragraphs: article.paragraphs)
    return ExtractedArticle(
      article: article,
      quotes: quotes.quotes(in: text),
      figures: figures.figures(
        in: text, published: article.publishedIsFileTime ? nil : article.published),
      lede: lede.lede(of: text)
    )
  }
}
