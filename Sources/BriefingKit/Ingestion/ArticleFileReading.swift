import Foundation

/// Something that reads one article file of a directory source in a format the built-in
/// `ArticleFileParser` does not know (`.html` pages, for example).
///
/// `DirectorySourceReader` hands it the files whose extension it was registered for; the articles it
/// returns are cleaned by the reader's `ArticleCleaner` afterwards, like the built-in formats.
public protocol ArticleFileReading: Sendable {
  /// The articles in the file at `url`. `outlet` is the outlet name to use when the file does not
  /// name one; `source` is the configured source the file belongs to (for its `encoding`, say).
  /// Throws a `BriefingError` when the file cannot be read at all.
  func read(fileAt url: URL, outlet: String, source: SourceSpec, config: BriefingConfig) throws
    -> ArticleReadout
}
