import Foundation
import HTMLCore

/// Extracts the article from a web page: its title, date, author and outlet from meta tags,
/// JSON-LD and the markup, and its text as paragraphs without navigation, banners, share bars,
/// related links, comments, captions, scripts and styles.
///
/// Pages are parsed with libxml2's HTML parser in recover mode, after the bytes are decoded
/// with `CharsetDecoder` (so `<meta charset>` is honoured and never applied twice).
public struct HTMLArticleExtractor: Sendable {
  /// Reads dates found on the page.
  public var dateParser: DateParser

  /// Creates an extractor.
  public init(dateParser: DateParser = DateParser()) {
    self.dateParser = dateParser
  }

  /// The article on the page in `data`, fetched from (or read at) `url`. Its id is the file stem
  /// for files, else the canonical link.
  ///
  /// - Parameters:
  ///   - contentType: the HTTP `Content-Type`, for its charset.
  ///   - encoding: an encoding that overrides what the page declares.
  ///   - source: the outlet name; `nil` takes the page's site name (`og:site_name`, the host).
  /// - Throws: `BriefingError` (step `.ingest`, reason `.source`) when the page has no article
  ///   text.
  public func article(
    from data: Data, url: String, contentType: String? = nil, encoding: String? = nil,
    source: String? = nil
  ) throws -> Article {
    let text = CharsetDecoder().decode(data, contentType: contentType, override: encoding).text
    return try article(fromHTML: text, url: url, source: source)
  }

  /// The article on the page `html` (already decoded), found at `url`.
  public func article(fromHTML html: String, url: String, source: String? = nil) throws -> Article {
    let root = MarkupParser.html(utf8: Array(html.utf8), url: url)
    let metadata = PageMetadata(root: root, url: url, dateParser: dateParser)
    var paragraphs = bodyParagraphs(in: root, title: metadata.title)
    if FeedItem.wordCount(paragraphs) < 30, let structured = metadata.structuredBody {
      let fromJSON = HTMLTextRenderer().paragraphs(inFragment: structured)
      if FeedItem.wordCount(fromJSON) > FeedItem.wordCount(paragraphs) { paragraphs = fromJSON }
    }
    guard !paragraphs.isEmpty else {
      throw BriefingError(
        step: .ingest, reason: .source, at: SourceLocation(file: url),
        "no article text found on the page",
        hint: "check that the address is an article page, not a front page or a feed")
    }
    let title = metadata.title ?? paragraphs.first.map(ItemIdentity.opening(of:)) ?? url
    let link = metadata.canonicalURL ?? url
    let normalizer = URLNormalizer()
    let isWebLink = SourceAddress(link) == .web
    let fileStem =
      SourceAddress(url) == .web
      ? nil
      : (URL(string: url).flatMap { $0.isFileURL ? $0 : nil } ?? URL(fileURLWithPath: url))
        .deletingPathExtension().lastPathComponent
    let id =
      fileStem.flatMap { $0.isEmpty ? nil : $0 } ?? (isWebLink ? normalizer.normalize(link) : nil)
      ?? "sha:" + ContentHash().fingerprint([title] + paragraphs)
    return Article(
      id: id, title: title, source: source ?? metadata.siteName ?? "web",
      url: isWebLink ? link : nil, published: metadata.published,
      author: metadata.author, paragraphs: paragraphs, origin: url)
  }

  /// The paragraphs of the article body: the located body element's text, furniture, link
  /// lists, the repeated title and stock phrases left out.
  func bodyParagraphs(in root: MarkupElement, title: String?) -> [String] {
    let body = root.firstChild(named: "body") ?? root
    let furniture = PageFurniture(pageTextLength: PageFurniture.paragraphTextLength(body))
    guard let container = ArticleBodyLocator(furniture: furniture).body(in: root) else {
      return []
    }
    var paragraphs = HTMLTextRenderer().paragraphs(in: container, skipping: furniture.isFurniture)
      .filter { paragraph in
        paragraph != title && !Self.isStockPhrase(paragraph) && !Self.isByline(paragraph)
      }
    // Lines before the first sentence and after the last (bylines, datelines, labels) are
    // furniture the markup did not mark.
    while let first = paragraphs.first, !Self.isSentenceLike(first) { paragraphs.removeFirst() }
    while let last = paragraphs.last, !Self.isSentenceLike(last) { paragraphs.removeLast() }
    return paragraphs
  }

  /// Whether `paragraph` reads as prose: ten words or more, or ending like a sentence.
  static func isSentenceLike(_ paragraph: String) -> Bool {
    if paragraph.split(separator: " ").count >= 10 { return true }
    guard let last = paragraph.last else { return false }
    return ".!?\"”’)…:".contains(last)
  }

  /// `By Jane Doe`, `By Jane Doe and John Roe, Science reporters`: a byline, not prose.
  static func isByline(_ paragraph: String) -> Bool {
    let words = paragraph.split(separator: " ")
    guard let first = words.first, ["By", "BY", "Von", "Par"].contains(String(first)),
      words.count <= 10, words.count >= 2, let second = words.dropFirst().first,
      second.first?.isUppercase == true
    else { return false }
    return !isSentenceLike(paragraph) || words.count <= 4
  }

  /// Lines sites put between paragraphs that are never article text.
  static func isStockPhrase(_ paragraph: String) -> Bool {
    guard paragraph.count <= 60 else { return false }
    let key = paragraph.lowercased().trimmingCharacters(
      in: .punctuationCharacters.union(.whitespaces))
    return stockPhrases.contains(key)
      || stockPrefixes.contains { key.hasPrefix($0) && paragraph.count <= 40 }
  }

  private static let stockPhrases: Set<String> = [
    "advertisement", "ad", "sponsored", "skip advertisement", "continue reading",
    "continue reading below", "story continues below advertisement", "read more", "share",
    "share this", "share this article", "share on facebook", "share on twitter", "tweet",
    "email", "print", "comments", "loading", "loading…", "scroll to continue",
    "article continues below", "recommended", "related", "more on this story",
    "sign up", "subscribe", "listen to this article", "watch", "click here",
  ]

  private static let stockPrefixes = [
    "read more:", "read more at", "related:", "see also:", "also read:", "watch:", "listen:",
    "sign up for", "subscribe to", "follow us on", "click here to",
  ]
}
