import Foundation

/// One entry of a feed, its HTML already turned into clean text.
public struct FeedItem: Sendable, Hashable {
  /// A stable identifier: the guid (or Atom/JSON `id`), else the normalised link, else a hash of
  /// the content.
  public var id: String
  /// The headline, as plain text.
  public var title: String
  /// The link to the article page, absolute.
  public var link: String?
  /// When it was first published.
  public var published: Date?
  /// When it was last updated.
  public var updated: Date?
  /// The author or authors, as shown in a byline.
  public var author: String?
  /// The summary (`description`, Atom `summary`, JSON `summary`) as paragraphs.
  public var summary: [String]
  /// The full content (`content:encoded`, Atom `content`, JSON `content_html`) as paragraphs.
  public var content: [String]

  /// Creates an item.
  public init(
    id: String, title: String, link: String? = nil, published: Date? = nil, updated: Date? = nil,
    author: String? = nil, summary: [String] = [], content: [String] = []
  ) {
    self.id = id
    self.title = title
    self.link = link
    self.published = published
    self.updated = updated
    self.author = author
    self.summary = summary
    self.content = content
  }

  /// The longer of content and summary: the item's own text.
  public var text: [String] {
    Self.wordCount(content) >= Self.wordCount(summary) ? content : summary
  }

  /// How many words the item's own text has.
  public var wordCount: Int { Self.wordCount(text) }

  /// The item as an article from the outlet `source`, read from `origin`.
  public func article(source: String, origin: String) -> Article {
    Article(
      id: id, title: title, source: source, url: link, published: published ?? updated,
      author: author, paragraphs: text, origin: origin)
  }

  /// The number of words in `paragraphs`.
  static func wordCount(_ paragraphs: [String]) -> Int {
    paragraphs.reduce(0) { total, paragraph in
      var count = 0
      var inWord = false
      for byte in paragraph.utf8 {
        let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        if !isSpace, !inWord { count += 1 }
        inWord = !isSpace
      }
      return total + count
    }
  }
}
