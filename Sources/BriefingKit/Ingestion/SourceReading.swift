import Foundation

/// Something that reads the articles of one configured source. The ingestion stage is the only
/// stage that touches disk or network for input, always behind this protocol.
public protocol SourceReading: Sendable {
  /// The articles the source has now. Throws a `BriefingError` (step `.ingest`) when the source as a
  /// whole cannot be read; a single broken item is skipped, not thrown.
  func articles(from source: SourceSpec, config: BriefingConfig) async throws -> [Article]
}
