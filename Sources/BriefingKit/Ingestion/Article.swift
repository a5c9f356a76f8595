import Foundation

/// One news article as read from a source, cleaned of site furniture and ready for extraction.
public struct Article: Sendable, Hashable, Codable {
  /// A stable identifier: the file stem for files, the item id for feeds.
  public var id: String
  /// The headline.
  public var title: String
  /// The outlet or source name shown in the briefing.
  public var source: String
  /// The name of the configured source it was read from (`sources:` in the configuration).
  public var sourceName: String
  /// The canonical link, when there is one.
  public var url: String?
  /// When it was published (or, failing that, last modified).
  public var published: Date?
  /// Whether `published` is only the file's modification time, which dates the copy rather
  /// than the story: relative dates in the text ("last Friday") are not resolved against it.
  public var publishedIsFileTime: Bool
  /// The byline, when known.
  public var author: String?
  /// The body as paragraphs of plain text, furniture removed.
  public var paragraphs: [String]
  /// Where it was read from: a file path or a URL.
  public var origin: String
  /// What cleaning removed from the body, for `--verbose` output.
  public var removed: [RemovedText]

  /// Creates an article.
  public init(
    id: String, title: String, source: String, url: String? = nil, published: Date? = nil,
    author: String? = nil, paragraphs: [String], origin: String, removed: [RemovedText] = [],
    sourceName: String? = nil, publishedIsFileTime: Bool = false
  ) {
    self.sourceName = sourceName ?? source
    self.publishedIsFileTime = publishedIsFileTime
    self.id = id
    self.title = title
    self.source = source
    self.url = url
    self.published = published
    self.author = author
    self.paragraphs = paragraphs
    self.origin = origin
    self.removed = removed
  }

  /// The body as one string, paragraphs separated by blank lines.
  public var body: String { paragraphs.joined(separator: "\n\n") }
}

/// A piece of text that cleaning took out of an article, and why.
public struct RemovedText: Sendable, Hashable, Codable {
  /// The kind of furniture it was.
  public enum Kind: String, Sendable, Hashable, Codable {
    case caption
    case photoCredit = "photo credit"
    case contributorLine = "contributor line"
    case republicationNote = "republication note"
    case commentForm = "comment form"
    case boilerplate
    /// A paragraph that only gave the date (`Thursday, February 23, 2023`); it sets `published`.
    case dateline
    /// A paragraph that only named the author (`By Jane Doe, Reuters`); it sets `author`.
    case byline
  }

  /// What kind of furniture it was.
  public var kind: Kind
  /// The text removed.
  public var text: String

  /// Creates a record of removed text.
  public init(kind: Kind, text: String) {
    self.kind = kind
    self.text = text
  }
}
