import Foundation

/// Loads the articles behind one address for `briefing extract`: a feed URL (each item an
/// article, summary-only items completed from their pages), an article page URL, a `.html`
/// file or a feed file. Feed or page is told by the content type and the first bytes.
public struct RemoteArticleLoader: Sendable {
  /// Fetches documents.
  public var fetcher: any Fetching
  /// When feed items get their pages fetched.
  public var fullText: SourceSpec.FullText
  /// Reads dates that name no zone.
  public var dateParser: DateParser
  /// Receives problems that do not fail the address (a page that could not be completed).
  public var warn: @Sendable (Diagnostic) -> Void

  /// Creates a loader.
  public init(
    fetcher: any Fetching, fullText: SourceSpec.FullText = .auto,
    dateParser: DateParser = DateParser(), warn: @escaping @Sendable (Diagnostic) -> Void = { _ in }
  ) {
    self.fetcher = fetcher
    self.fullText = fullText
    self.dateParser = dateParser
    self.warn = warn
  }

  /// Whether `location` is for this loader rather than the article-file parser: an http(s) or
  /// file URL, a file ending in `.html`, `.htm`, `.xhtml`, `.xml`, `.rss`, `.atom` or `.rdf`, or
  /// a `.json` file that is a JSON Feed.
  public static func handles(_ location: String) -> Bool {
    if SourceAddress(location).isURL { return true }
    let url = URL(fileURLWithPath: location)
    let ext = url.pathExtension.lowercased()
    if ext == "json" {
      guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
      defer { try? handle.close() }
      let head = (try? handle.read(upToCount: 4096)) ?? Data()
      return String(decoding: head, as: UTF8.self).contains("jsonfeed.org/version")
    }
    return ["html", "htm", "xhtml", "xml", "rss", "atom", "rdf"].contains(ext)
  }

  /// The articles at `location`; `encoding` overrides the declared charset, `label` names the
  /// outlet (default: the feed's title or the page's site name).
  public func articles(at location: String, encoding: String? = nil, label: String? = nil)
    async throws -> [Article]
  {
    let resource = try await fetcher.fetch(location)
    switch DocumentKind(of: resource) {
    case .feed:
      let feed = try FeedParser(dateParser: dateParser).feed(
        from: resource.data, url: resource.url, contentType: resource.contentType,
        encoding: encoding)
      let builder = FeedArticleBuilder(
        fetcher: fetcher, extractor: HTMLArticleExtractor(dateParser: dateParser),
        minimumWords: 150, warn: warn)
      let source = label ?? feed.title ?? PageMetadata.siteName(fromHost: resource.url) ?? "feed"
      return await builder.articles(
        of: feed, feedURL: location, source: source, fullText: fullText)
    case .page:
      let article = try HTMLArticleExtractor(dateParser: dateParser).article(
        from: resource.data, url: resource.url, contentType: resource.contentType,
        encoding: encoding, source: label)
      return [article]
    }
  }
}
