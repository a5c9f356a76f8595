import Foundation

/// Reads a `page` source: fetches each article page (`urls`: http, https, `file://` or paths
/// relative to the configuration) and extracts its article. A page that fails is a warning
/// while others succeed; the source fails only when every page fails.
public struct PageSourceReader: SourceReading {
  /// Fetches pages.
  public var fetcher: any Fetching
  /// Receives the failures of single pages when other pages of the source succeed.
  public var warn: @Sendable (Diagnostic) -> Void

  /// Creates a reader.
  public init(fetcher: any Fetching, warn: @escaping @Sendable (Diagnostic) -> Void = { _ in }) {
    self.fetcher = fetcher
    self.warn = warn
  }

  public func articles(from source: SourceSpec, config: BriefingConfig) async throws -> [Article] {
    let addresses = source.urls + (source.url.map { [$0] } ?? [])
    guard !addresses.isEmpty else {
      throw BriefingError(
        step: .ingest, reason: .source, at: SourceLocation(file: source.name),
        "page source '\(source.name)' has no urls", hint: "add 'urls:' to the source")
    }
    let extractor = HTMLArticleExtractor(dateParser: DateParser(defaultTimeZone: config.timezone))
    let results = await withTaskGroup(of: (Int, Result<Article, BriefingError>).self) { group in
      for (index, address) in addresses.enumerated() {
        group.addTask {
          let location = FeedSourceReader.location(of: address, config: config)
          do {
            let resource = try await fetcher.fetch(location)
            var article = try extractor.article(
              from: resource.data, url: resource.url, contentType: resource.contentType,
              encoding: source.encoding, source: source.label)
            if source.label == nil, article.source == "web" { article.source = source.name }
            return (index, .success(article))
          } catch let error as BriefingError {
            return (index, .failure(error))
          } catch {
            return (
              index,
              .failure(
                BriefingError(
                  step: .ingest, reason: .source, at: SourceLocation(file: location),
                  "cannot read the page"))
            )
          }
        }
      }
      var results: [(Int, Result<Article, BriefingError>)] = []
      for await result in group { results.append(result) }
      return results.sorted { $0.0 < $1.0 }.map(\.1)
    }
    var articles: [Article] = []
    var errors: [BriefingError] = []
    for result in results {
      switch result {
      case .success(let article): articles.append(article)
      case .failure(let error): errors.append(error)
      }
    }
    if articles.isEmpty, !errors.isEmpty {
      throw BriefingError(
        step: .ingest, reason: .source, diagnostics: errors.flatMap(\.diagnostics))
    }
    for error in errors {
      for diagnostic in error.diagnostics {
        var warning = diagnostic
        warning.severity = .warning
        warn(warning)
      }
    }
    return articles
  }
}
