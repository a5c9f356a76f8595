/// A source reader whose articles are cleaned of site furniture, like the ones read from files.
public struct CleanedSourceReader: SourceReading {
  /// The reader that fetches the articles.
  public var base: any SourceReading
  /// The furniture remover.
  public var cleaner: ArticleCleaner

  /// Wraps `base`.
  public init(_ base: any SourceReading, cleaner: ArticleCleaner = ArticleCleaner()) {
    self.base = base
    self.cleaner = cleaner
  }

  public func articles(from source: SourceSpec, config: BriefingConfig) async throws -> [Article] {
    try await base.articles(from: source, config: config).map(cleaner.clean)
  }

  public func read(_ source: SourceSpec, config: BriefingConfig) async throws -> ArticleReadout {
    var readout = try await base.read(source, config: config)
    readout.articles = readout.articles.map(cleaner.clean)
    return readout
  }
}
