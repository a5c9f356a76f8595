import Foundation

/// What one briefing has seen, per source, and when it last succeeded; kept between runs so each
/// morning shows what is new since the last briefing.
public struct BriefingState: Sendable, Hashable, Codable {
  /// One item a source produced.
  public struct Item: Sendable, Hashable, Codable {
    /// When a run first saw it.
    public var firstSeen: Date
    /// The local date (`YYYY-MM-DD`) of the run that first saw it.
    public var date: String
    /// Whether that run took it into the briefing (it was new and inside the window).
    public var taken: Bool
  }

  /// What one source has produced for this briefing.
  public struct Source: Sendable, Hashable, Codable {
    /// When this source last took part in a successful run.
    public var lastSuccess: Date?
    /// The items seen, by article id.
    public var items: [String: Item] = [:]
  }

  /// When the briefing last succeeded.
  public var lastSuccess: Date?
  /// The local date of the last successful run.
  public var lastDate: String?
  /// Per source name.
  public var sources: [String: Source]

  /// An empty state: a first run.
  public init(lastSuccess: Date? = nil, lastDate: String? = nil, sources: [String: Source] = [:]) {
    self.lastSuccess = lastSuccess
    self.lastDate = lastDate
    self.sources = sources
  }

  /// Whether the article from `source` belongs in the briefing of `date`.
  ///
  /// An item a run of an earlier date already saw is old news. An item first seen on this date
  /// (or later) is shown again when the date is regenerated. A never-seen item is new, except on
  /// a source's first run, where only items published inside `window` before `now` count, so a
  /// feed's whole backlog is not dumped into the first briefing.
  public func isNew(
    _ article: Article, from source: String, date: String, now: Date, window: TimeSpan
  )
    -> Bool
  {
    let state = sources[source]
    let insideWindow =
      article.published.map { $0 >= now.addingTimeInterval(-window.seconds) } ?? true
    guard let item = state?.items[article.id] else {
      return state?.lastSuccess == nil ? insideWindow : true
    }
    guard item.date >= date else { return false }
    return item.taken || insideWindow
  }

  /// Records a successful run: every item of the sources that were read is remembered (items
  /// already known keep their first sighting) and those sources' success time advances. Sources
  /// that failed are left as they were, so their items still count as new next time.
  public mutating func recordSuccess(
    date: String, now: Date, articles: [(source: String, article: Article, taken: Bool)],
    succeededSources: Set<String>
  ) {
    for entry in articles where succeededSources.contains(entry.source) {
      var source = sources[entry.source] ?? Source()
      if source.items[entry.article.id] == nil {
        source.items[entry.article.id] = Item(firstSeen: now, date: date, taken: entry.taken)
      }
      sources[entry.source] = source
    }
    for name in succeededSources {
      sources[name, default: Source()].lastSuccess = now
    }
    lastSuccess = now
    lastDate = date
  }

  /// Forgets items first seen before `cutoff`.
  public mutating func prune(before cutoff: Date) {
    sources = sources.mapValues { source in
      var kept = source
      kept.items = source.items.filter { $0.value.firstSeen >= cutoff }
      return kept
    }
  }
}
