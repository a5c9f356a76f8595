import Foundation

/// Something that reads the articles of one configured source. The ingestion stage is the only
/// stage that touches disk or network for input, always behind this protocol.
public protocol SourceReading: Sendable {
  /// The articles the source has now. Throws a `BriefingError` (step `.ingest`) when the source as a
  /// whole cannot be read; a single broken item is skipped, not thrown.
  func articles(from source: SourceSpec, config: BriefingConfig) async throws -> [Article]

  /// The articles the source has now, with warnings about the items that were skipped. Throws like
  /// `articles(from:config:)`. The default implementation calls that method and has no warnings.
  func read(_ source: SourceSpec, config: BriefingConfig) async throws -> ArticleReadout
}

extension SourceReading {
  /// Reads the source through `articles(from:config:)`, without warnings.
  public func read(_ source: SourceSpec, config: BriefingConfig) async throws -> ArticleReadout {
    ArticleReadout(articles: try await articles(from: source, config: config))
  }
}
