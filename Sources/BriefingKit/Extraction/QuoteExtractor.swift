/// Finds quotations and attributes them to speakers.
public struct QuoteExtractor: Sendable {
  /// Creates the quote rules.
  public init() {}

  /// The quotes of an article in reading order.
  public func quotes(in text: ArticleText) -> [KeyQuote] {
    []
  }
}
