import Foundation

/// How much a story matters, for `sort: salience`: built from its key quotes, key figures, lede
/// and length. Quote and figure saliences come from extraction.
struct StoryScore: Sendable, Hashable {
  /// The score; higher comes first.
  var value: Double

  /// How many of the best quotes and figures count towards the score.
  static let countedItems = 3

  /// Scores an extracted article:
  /// - each of its best three key quotes adds 1 plus its salience, and each distinct named
  ///   speaker (up to three) adds 0.5;
  /// - each of its best three distinct figures adds 0.5 plus its salience;
  /// - a lede adds 1;
  /// - length adds log2(1 + words / 200), at most 3, so a long report outranks a brief.
  init(_ article: ExtractedArticle) {
    let quotes = QuoteChooser(limit: nil).rankedKeyQuotes(article.quotes)
    let quotePart = quotes.prefix(Self.countedItems).reduce(0) { $0 + 1 + $1.quote.salience }
    let named = quotes.filter { $0.attribution == .named }.map(\.quote.speaker)
    let speakers = Set(QuoteChooser.speakerKeys(named))
    let speakerPart = 0.5 * Double(min(speakers.count, Self.countedItems))
    let figures = FigureChooser(limit: nil).ranked(article.figures)
    let figurePart = figures.prefix(Self.countedItems).reduce(0) { $0 + 0.5 + $1.figure.salience }
    let ledePart = article.lede.contains { !$0.isEmpty } ? 1.0 : 0.0
    let words = article.article.paragraphs.reduce(0) { $0 + TextNormalizer.wordCount(of: $1) }
    let lengthPart = min(3, log2(1 + Double(words) / 200))
    value = quotePart + speakerPart + figurePart + ledePart + lengthPart
  }
}
