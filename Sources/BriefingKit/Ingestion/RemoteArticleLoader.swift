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
    guard mayHaveRemoteExtension(location) else { return false }
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

  /// Whether the path may end in one of the extensions `handles(_:)` looks for: false for an
  /// ASCII path whose last component ends otherwise, which then needs no `URL` to tell.
  static func mayHaveRemoteExtension(_ location: String) -> Bool {
    var bytes = location.utf8.reversed().makeIterator()
    var ending: [UInt8] = []
    ending.reserveCapacity(8)
    while let byte = bytes.next() {
      if byte >= 0x80 || byte == UInt8(ascii: "/") && ending.isEmpty { return true }
      if byte == UInt8(ascii: "/") { return false }
      if byte == UInt8(ascii: ".") {
        return remoteExtensions.contains(String(decoding: ending.reversed(), as: UTF8.self))
      }
      guard ending.count < 5 else { return false }
      ending.append(byte | 0x20)
    }
    return false
  }

  /// The extensions, lower-cased, of the files `handles(_:)` may read.
  private static let remoteExtensions: Set<String> = [
    "json", "html", "htm", "xhtml", "xml", "rss", "atom", "rdf",
  ]

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
