import Foundation

/// Reads the articles of the configured sources, each source on its own, so one failing source
/// never stops the others.
public struct Ingestor: Sendable {
  /// The outcome of reading sources: the articles, and which sources failed and why.
  public struct Result: Sendable {
    /// Articles from the sources that could be read, in source order, duplicates removed.
    public var articles: [Article]
    /// The sources that failed.
    public var failures: [SourceFailure]
    /// The errors behind the failures, for stderr.
    public var errors: [BriefingError]
    /// Findings about skipped files and items of sources that were read, for stderr.
    public var warnings: [Diagnostic]

    /// Creates a result.
    public init(
      articles: [Article], failures: [SourceFailure], errors: [BriefingError],
      warnings: [Diagnostic] = []
    ) {
      self.articles = articles
      self.failures = failures
      self.errors = errors
      self.warnings = warnings
    }
  }

  /// The reader for each kind of source.
  public var readers: [SourceSpec.Kind: any SourceReading]

  /// Creates an ingestor; by default it reads `directory` sources with a `DirectorySourceReader`.
  public init(
    readers: [SourceSpec.Kind: any SourceReading] = [.directory: DirectorySourceReader()]
  ) {
    self.readers = readers
  }

  /// Reads every source in `sources` concurrently. A source that throws becomes a failure and an
  /// error; the others are still read. Articles keep the order of `sources`, and an article seen
  /// before (same id and outlet, or same URL) is dropped.
  public func articles(from sources: [SourceSpec], config: BriefingConfig) async -> Result {
    let outcomes = await withTaskGroup(
      of: (Int, Swift.Result<ArticleReadout, BriefingError>).self
    ) { group in
      for (index, source) in sources.enumerated() {
        group.addTask {
          (index, await self.read(source, config: config))
        }
      }
      var outcomes = [Swift.Result<ArticleReadout, BriefingError>?](
        repeating: nil, count: sources.count)
      for await (index, outcome) in group {
        outcomes[index] = outcome
      }
      return outcomes
    }
    var result = Result(articles: [], failures: [], errors: [])
    var deduplicator = Deduplicator()
    for (source, outcome) in zip(sources, outcomes) {
      switch outcome {
      case .success(let readout):
        let tagged = readout.articles.map { article in
          var article = article
          article.sourceName = source.name
          return article
        }
        result.articles += tagged.filter { deduplicator.isNew($0) }
        result.warnings += readout.warnings
      case .failure(let error):
        result.failures.append(SourceFailure(source: source.name, reason: Self.reason(of: error)))
        result.errors.append(error)
      case nil:
        break
      }
    }
    return result
  }

  private func read(_ source: SourceSpec, config: BriefingConfig) async
    -> Swift.Result<
      ArticleReadout, BriefingError
    >
  {
    guard let reader = readers[source.kind] else {
      return .failure(
        BriefingError(
          step: .ingest, reason: .source,
          "source '\(source.name)': \(source.kind.rawValue) sources cannot be read by this build",
          hint: "use a directory source, or a build of briefing that reads "
            + "\(source.kind.rawValue) sources"))
    }
    do {
      return .success(try await reader.read(source, config: config))
    } catch let error as BriefingError {
      return .failure(error)
    } catch {
      return .failure(
        BriefingError(
          step: .ingest, reason: .source,
          "source '\(source.name)': \(error.localizedDescription)"))
    }
  }

  /// The short reason for a briefing's "sources" footer: the first error's message.
  static func reason(of error: BriefingError) -> String {
    let diagnostic = error.diagnostics.first { $0.isError } ?? error.diagnostics.first
    guard let message = diagnostic?.message else { return error.reason.rawValue }
    // The failure is listed under the source's name already: "source 'x': " would repeat it.
    if message.hasPrefix("source '"), let colon = message.range(of: "': ") {
      return String(message[colon.upperBound...])
    }
    return message
  }

  /// Remembers the articles seen so far.
  struct Deduplicator {
    private var keys: Set<String> = []
    private var urls: Set<String> = []

    /// Whether `article` was not seen before; remembers it.
    mutating func isNew(_ article: Article) -> Bool {
      let key = article.source + "\u{1F}" + article.id
      let url = article.url.map(Self.normalized)
      if keys.contains(key) || url.map(urls.contains) == true { return false }
      keys.insert(key)
      if let url { urls.insert(url) }
      return true
    }

    /// The URL without its fragment, trailing slash, `www.` and letter case of scheme and host.
    static func normalized(_ url: String) -> String {
      var text = url.trimmingCharacters(in: .whitespaces)
      if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
      guard var components = URLComponents(string: text), let host = components.host else {
        return text
      }
      components.scheme = components.scheme?.lowercased()
      let lowerHost = host.lowercased()
      components.host = lowerHost.hasPrefix("www.") ? String(lowerHost.dropFirst(4)) : lowerHost
      if components.scheme == "http" { components.scheme = "https" }
      var path = components.path
      while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
      components.path = path
      return components.string ?? text
    }
  }
}
