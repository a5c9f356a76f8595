import Foundation

/// Reads JSON Feed 1.0 and 1.1 (`https://jsonfeed.org/version/1.1`).
///
/// Each item is decoded on its own, so one malformed item is skipped without losing the others.
struct JSONFeedParser: Sendable {
  /// The address the feed was read from (base for relative links, namespace for short ids).
  var feedURL: String
  /// Reads item dates.
  var dateParser: DateParser

  private let renderer = HTMLTextRenderer()
  private let normalizer = URLNormalizer()

  /// The feed in `data`; throws `DecodingError` when it is not a JSON Feed at all.
  func feed(from data: Data) throws -> Feed {
    let document = try JSONDecoder().decode(Document.self, from: data)
    let base = document.feedURL ?? feedURL
    var feed = Feed(
      format: .jsonFeed, title: document.title.map(HTMLTextRenderer.collapsingWhitespace),
      link: document.homePageURL, items: [])
    let feedAuthor = Self.authorNames(document.authors, document.author)
    for entry in document.items {
      guard case .item(let raw) = entry,
        let item = item(from: raw, base: base, feedAuthor: feedAuthor)
      else {
        feed.skippedItems += 1
        continue
      }
      feed.items.append(item)
    }
    return feed
  }

  private func item(from raw: RawItem, base: String, feedAuthor: String?) -> FeedItem? {
    let link = (raw.url ?? raw.externalURL).flatMap { normalizer.resolve($0, against: base) }
    var content: [String] = []
    if let html = raw.contentHTML {
      content = renderer.paragraphs(inFragment: html)
    } else if let text = raw.contentText {
      content = HTMLTextRenderer.plainParagraphs(text)
    }
    let summary = raw.summary.map(HTMLTextRenderer.plainParagraphs) ?? []
    var item = FeedItem(
      id: "", title: raw.title.map { renderer.line(fromFragment: $0) } ?? "", link: link,
      published: raw.datePublished.flatMap(dateParser.date(from:)),
      updated: raw.dateModified.flatMap(dateParser.date(from:)),
      author: Self.authorNames(raw.authors, raw.author) ?? feedAuthor, summary: summary,
      content: content)
    guard ItemIdentity(feedURL: feedURL).complete(&item, guid: raw.id?.text) else { return nil }
    return item
  }

  private static func authorNames(_ authors: [Author]?, _ author: Author?) -> String? {
    let names = ((authors ?? []) + (author.map { [$0] } ?? [])).compactMap { author in
      author.name.map(HTMLTextRenderer.collapsingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
    }
    return names.isEmpty ? nil : names.joined(separator: ", ")
  }

  // MARK: - The JSON shape

  private struct Document: Decodable {
    var version: String
    var title: String?
    var homePageURL: String?
    var feedURL: String?
    var author: Author?
    var authors: [Author]?
    var items: [Entry]

    enum CodingKeys: String, CodingKey {
      case version, title, author, authors, items
      case homePageURL = "home_page_url"
      case feedURL = "feed_url"
    }

    init(from decoder: Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      version = try container.decode(String.self, forKey: .version)
      guard version.contains("jsonfeed.org") else {
        throw DecodingError.dataCorruptedError(
          forKey: .version, in: container, debugDescription: "not a JSON Feed version")
      }
      title = try? container.decodeIfPresent(String.self, forKey: .title)
      homePageURL = try? container.decodeIfPresent(String.self, forKey: .homePageURL)
      feedURL = try? container.decodeIfPresent(String.self, forKey: .feedURL)
      author = try? container.decodeIfPresent(Author.self, forKey: .author)
      authors = try? container.decodeIfPresent([Author].self, forKey: .authors)
      items = try container.decode([Entry].self, forKey: .items)
    }
  }

  /// One element of `items`: an item, or whatever broken thing stood there.
  private enum Entry: Decodable {
    case item(RawItem)
    case broken

    init(from decoder: Decoder) throws {
      if let item = try? RawItem(from: decoder) {
        self = .item(item)
      } else {
        self = .broken
      }
    }
  }

  private struct RawItem: Decodable {
    var id: Identifier?
    var url: String?
    var externalURL: String?
    var title: String?
    var contentHTML: String?
    var contentText: String?
    var summary: String?
    var datePublished: String?
    var dateModified: String?
    var author: Author?
    var authors: [Author]?

    enum CodingKeys: String, CodingKey {
      case id, url, title, summary, author, authors
      case externalURL = "external_url"
      case contentHTML = "content_html"
      case contentText = "content_text"
      case datePublished = "date_published"
      case dateModified = "date_modified"
    }
  }

  /// Ids are strings by the spec, numbers in practice.
  private struct Identifier: Decodable {
    var text: String

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let string = try? container.decode(String.self) {
        text = string
      } else if let number = try? container.decode(Int64.self) {
        text = String(number)
      } else {
        text = String(try container.decode(Double.self))
      }
    }
  }

  private struct Author: Decodable {
    var name: String?
  }
}
