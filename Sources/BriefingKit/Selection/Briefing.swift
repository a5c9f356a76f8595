import Foundation

/// A briefing ready to render: its stories for one audience on one local date.
public struct Briefing: Sendable, Hashable {
  /// The briefing's name (`executive`).
  public var name: String
  /// Its heading (`Executive briefing`).
  public var title: String
  /// The local date it is for, `YYYY-MM-DD`.
  public var date: String
  /// The stories, in the order they are shown.
  public var stories: [Story]
  /// Sources that failed during this run, for the briefing's "sources" footer.
  public var failedSources: [SourceFailure]
  /// Whether the briefing shows ledes.
  public var showsLede: Bool
  /// The time zone the briefing's reader lives in: publication times are shown in it.
  public var timeZone: TimeZone

  /// Creates a briefing.
  public init(
    name: String, title: String, date: String, stories: [Story],
    failedSources: [SourceFailure] = [], showsLede: Bool = true,
    timeZone: TimeZone = .gmt
  ) {
    self.name = name
    self.title = title
    self.date = date
    self.stories = stories
    self.failedSources = failedSources
    self.showsLede = showsLede
    self.timeZone = timeZone
  }
}

/// One story of a briefing: an article (or a group of articles telling the same story) with its
/// chosen quotes and figures.
public struct Story: Sendable, Hashable {
  /// The headline.
  public var headline: String
  /// The link to the article, when there is one.
  public var url: String?
  /// The outlet.
  public var source: String
  /// When it was published.
  public var published: Date?
  /// The lede, cut to the briefing's word limit.
  public var lede: String
  /// The chosen quotes, best first.
  public var quotes: [KeyQuote]
  /// The chosen figures, best first.
  public var figures: [Figure]
  /// Other outlets that reported the same story.
  public var alsoReportedBy: [String]
  /// The ids of the articles the story was made from.
  public var articleIDs: [String]

  /// Creates a story.
  public init(
    headline: String, url: String? = nil, source: String, published: Date? = nil, lede: String,
    quotes: [KeyQuote], figures: [Figure], alsoReportedBy: [String] = [], articleIDs: [String]
  ) {
    self.headline = headline
    self.url = url
    self.source = source
    self.published = published
    self.lede = lede
    self.quotes = quotes
    self.figures = figures
    self.alsoReportedBy = alsoReportedBy
    self.articleIDs = articleIDs
  }
}

/// A source that could not be read during a run, and why.
public struct SourceFailure: Sendable, Hashable, Codable {
  /// The source's name from the configuration.
  public var source: String
  /// What went wrong, in a few words.
  public var reason: String

  /// Creates a failure record.
  public init(source: String, reason: String) {
    self.source = source
    self.reason = reason
  }
}
