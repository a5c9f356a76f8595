import Foundation

/// Picks and orders the stories of a briefing for one audience: filters, ranks, trims quotes and
/// figures to the briefing's limits. Pure and deterministic, with stable tie-breaks.
public struct StorySelector: Sendable {
  /// The time zone of the briefing's reader, carried into the briefing for rendering dates.
  public var timeZone: TimeZone

  /// Creates a selector.
  public init() {
    self.init(timeZone: .gmt)
  }

  /// Creates a selector for readers in `timeZone` (the configuration's `timezone`).
  public init(timeZone: TimeZone) {
    self.timeZone = timeZone
  }

  /// The briefing `spec` makes of `articles` for the local `date` (`YYYY-MM-DD`).
  ///
  /// Articles pass the `include` / `exclude` keywords (case-insensitive whole words on title and
  /// body); stories are ordered by `sort` (salience: `StoryScore`; time: newest first, undated
  /// last), ties broken by title and then id, and cut to `maxStories`. Each story keeps its key
  /// quotes (`QuoteChooser`), figures (`FigureChooser`) and lede (`LedeTrimmer`) within the
  /// spec's limits. The failed-sources footer is left empty for the caller to fill.
  public func select(_ articles: [ExtractedArticle], for spec: BriefingSpec, date: String)
    -> Briefing
  {
    let filter = KeywordFilter(include: spec.include, exclude: spec.exclude)
    let admitted = articles.filter { filter.admits($0.article) }
    var ordered = order(admitted, by: spec.sort)
    if let maxStories = spec.maxStories { ordered = Array(ordered.prefix(max(0, maxStories))) }
    let quotes = QuoteChooser(limit: spec.maxQuotesPerStory)
    let figures = FigureChooser(limit: spec.maxFiguresPerStory)
    let lede = LedeTrimmer(maxWords: spec.maxWords)
    let stories = ordered.map { extracted in
      let article = extracted.article
      return Story(
        headline: TextNormalizer.collapsingWhitespace(article.title),
        url: article.url.flatMap { $0.isEmpty ? nil : $0 },
        source: article.source,
        // A file's modification time dates the copy, not the story: no date is shown for it.
        published: article.publishedIsFileTime ? nil : article.published,
        lede: lede.lede(of: extracted),
        quotes: quotes.choose(from: extracted.quotes),
        figures: figures.choose(from: extracted.figures),
        articleIDs: [article.id]
      )
    }
    return Briefing(
      name: spec.name, title: spec.title, date: date, stories: stories,
      showsLede: spec.showLede, timeZone: timeZone)
  }

  /// The articles in briefing order; ties by title, then id.
  func order(_ articles: [ExtractedArticle], by sort: BriefingSpec.Sort) -> [ExtractedArticle] {
    func tieBreak(_ a: Article, _ b: Article) -> Bool {
      if a.title != b.title { return a.title < b.title }
      return a.id < b.id
    }
    switch sort {
    case .salience:
      let scored = articles.map { (article: $0, score: StoryScore($0).value) }
      return scored.sorted { lhs, rhs in
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        return tieBreak(lhs.article.article, rhs.article.article)
      }.map(\.article)
    case .time:
      return articles.sorted { lhs, rhs in
        switch (lhs.article.published, rhs.article.published) {
        case (let a?, let b?) where a != b: return a > b
        case (.some, nil): return true
        case (nil, .some): return false
        default: return tieBreak(lhs.article, rhs.article)
        }
      }
    }
  }
}
