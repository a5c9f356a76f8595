/// A parsed feed: its own title and link, and its items.
public struct Feed: Sendable, Hashable {
  /// The feed formats that are read.
  public enum Format: String, Sendable, Hashable, Codable, CaseIterable {
    case rss = "RSS 2.0"
    case rdf = "RSS 1.0"
    case atom = "Atom"
    case jsonFeed = "JSON Feed"
  }

  /// The format it was written in.
  public var format: Format
  /// The feed's title (usually the outlet's name).
  public var title: String?
  /// The site the feed belongs to.
  public var link: String?
  /// The readable items, in feed order.
  public var items: [FeedItem]
  /// How many items were broken (no title, link or text) and skipped.
  public var skippedItems: Int

  /// Creates a feed.
  public init(
    format: Format, title: String? = nil, link: String? = nil, items: [FeedItem],
    skippedItems: Int = 0
  ) {
    self.format = format
    self.title = title
    self.link = link
    self.items = items
    self.skippedItems = skippedItems
  }
}
