import Foundation

/// Reads a `feed` source: fetches the feed (http, https, `file://` or a path relative to the
/// configuration), parses it, and completes summary-only items from their pages.
public struct FeedSourceReader: SourceReading {
  /// Fetches feeds and pages.
  public var fetcher: any Fetching
  /// Under `full_text: auto`, items with fewer words than this get their page fetched.
  public var minimumWords: Int
  /// Receives problems that do not fail the source (a page that could not be completed).
  public var warn: @Sendable (Diagnostic) -> Void

  /// Creates a reader.
  public init(
    fetcher: any Fetching, minimumWords: Int = 150,
    warn: @escaping @Sendable (Diagnostic) -> Void = { _ in }
  ) {
    self.fetcher = fetcher
    self.minimumWords = minimumWords
    self.warn = warn
  }

  public func articles(from source: SourceSpec, config: BriefingConfig) async throws -> [Article] {
    guard let url = source.url, !url.isEmpty else {
      throw BriefingError(
        step: .ingest, reason: .source, at: SourceLocation(file: source.name),
        "feed source '\(source.name)' has no url", hint: "add 'url:' to the source")
    }
    let location = Self.location(of: url, config: config)
    let dates = DateParser(defaultTimeZone: config.timezone)
    let resource = try await fetcher.fetch(location)
    let feed = try FeedParser(dateParser: dates).feed(
      from: resource.data, url: resource.url, contentType: resource.contentType,
      encoding: source.encoding)
    let builder = FeedArticleBuilder(
      fetcher: fetcher, extractor: HTMLArticleExtractor(dateParser: dates),
      minimumWords: minimumWords, warn: warn)
    return await builder.articles(
      of: feed, feedURL: location, source: source.label ?? feed.title ?? source.name,
      fullText: source.fullText)
  }

  /// A source address as the fetcher takes it: URLs as they are, paths resolved against the
  /// configuration's folder.
  static func location(of address: String, config: BriefingConfig) -> String {
    SourceAddress(address).isURL ? address : config.resolve(address).path
  }
}
