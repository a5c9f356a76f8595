/// What reading a file or a source produced: the articles, and warnings about the parts that had to
/// be skipped (a broken file in a folder, a bad object in a JSON array, an unreadable date).
public struct ArticleReadout: Sendable, Hashable {
  /// The articles read, in file order.
  public var articles: [Article]
  /// Findings about skipped or doubtful input, for stderr; none of them stopped the reading.
  public var warnings: [Diagnostic]

  /// Creates a readout.
  public init(articles: [Article] = [], warnings: [Diagnostic] = []) {
    self.articles = articles
    self.warnings = warnings
  }

  /// Appends another readout's articles and warnings to this one.
  public mutating func append(_ other: ArticleReadout) {
    articles += other.articles
    warnings += other.warnings
  }
}
