import Foundation

extension Ingestor {
  /// The ingestor a run uses: folders (with `.html` files read as web pages), feeds and pages over
  /// one polite HTTP client whose conditional-GET cache lives in the state folder.
  ///
  /// - Parameter warn: receives problems that do not fail a source (a feed item's page that could
  ///   not be fetched, say).
  public static func standard(
    config: BriefingConfig, stateDirectory: URL,
    warn: @escaping @Sendable (Diagnostic) -> Void = { _ in }
  ) -> Ingestor {
    let fetcher = HTTPFetcher(
      spec: config.http, cache: HTTPCache(directory: stateDirectory.appendingPathComponent("http")))
    let html = HTMLFileReader()
    return Ingestor(readers: [
      .directory: DirectorySourceReader(readers: ["html": html, "htm": html]),
      .feed: CleanedSourceReader(FeedSourceReader(fetcher: fetcher, warn: warn)),
      .page: CleanedSourceReader(PageSourceReader(fetcher: fetcher, warn: warn)),
    ])
  }
}
