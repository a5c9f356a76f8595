import Foundation

/// Reads `.html` article files of a directory source through `HTMLArticleExtractor`.
public struct HTMLFileReader: ArticleFileReading {
  /// The page extractor.
  public var extractor: HTMLArticleExtractor

  /// Creates a reader.
  public init(extractor: HTMLArticleExtractor = HTMLArticleExtractor()) {
    self.extractor = extractor
  }

  public func read(fileAt url: URL, outlet: String, source: SourceSpec, config: BriefingConfig)
    throws -> ArticleReadout
  {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw BriefingError(
        step: .ingest, reason: .unreadable, at: SourceLocation(file: url.path),
        "cannot read the file", hint: "check that it exists and is readable")
    }
    let article = try extractor.article(
      from: data, url: url.path, encoding: source.encoding, source: source.label ?? outlet)
    return ArticleReadout(articles: [article])
  }
}
