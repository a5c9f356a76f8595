import Foundation

/// Reads article files from disk: `.txt` (title line, then paragraphs separated by blank lines),
/// `.md` with YAML front matter and `.json` (one article object or an array).
///
/// Metadata a file does not state is filled in: the title from the first line, the publication
/// date from a dateline paragraph (else the file's modification time), the author from a byline
/// paragraph, the outlet from the caller, the id from the file stem (`stem-2` for the second
/// object of a JSON array without ids).
public struct ArticleFileParser: Sendable {
  /// The formats the parser reads, by file extension (lowercase, without the dot).
  public static let supportedExtensions: Set<String> = ["txt", "text", "md", "markdown", "json"]

  /// Reads dates that carry no offset in the configured time zone.
  public var dates: DateParser
  /// Removes site furniture from the bodies in `read(fileAt:outlet:)`.
  public var cleaner: ArticleCleaner

  /// Creates a parser; dates without an offset are read in `timeZone`.
  public init(timeZone: TimeZone = .gmt, cleaner: ArticleCleaner = ArticleCleaner()) {
    self.dates = DateParser(defaultTimeZone: timeZone)
    self.cleaner = cleaner
  }

  /// The cleaned articles in the file at `url`, with warnings about skipped objects; `outlet`
  /// names the source when the file does not.
  public func read(fileAt url: URL, outlet: String) throws -> ArticleReadout {
    var readout = try parse(fileAt: url, outlet: outlet)
    readout.articles = readout.articles.map(cleaner.clean)
    return readout
  }

  /// The cleaned articles in the file at `url`; `source` names the outlet when the file does not.
  /// Objects of a JSON array that cannot be read are skipped; `read(fileAt:outlet:)` reports them.
  public func articles(at url: URL, source: String) throws -> [Article] {
    try read(fileAt: url, outlet: source).articles
  }

  /// The articles in the file at `url` as the file states them, datelines and bylines taken out
  /// but not otherwise cleaned.
  public func parse(fileAt url: URL, outlet: String) throws -> ArticleReadout {
    try parse(ArticleFilePath(url: url), outlet: outlet)
  }

  /// The cleaned articles in the file at `file`; `outlet` names the source when the file does not.
  func read(_ file: ArticleFilePath, outlet: String) throws -> ArticleReadout {
    var readout = try parse(file, outlet: outlet)
    readout.articles = readout.articles.map(cleaner.clean)
    return readout
  }

  /// The articles in the file at `file` as the file states them.
  func parse(_ file: ArticleFilePath, outlet: String) throws -> ArticleReadout {
    let path = file.path
    let contents = try ArticleFileContents(path: path)
    let bytes = contents.bytes
    let stem = file.stem
    let modified = contents.modified
    let format = file.pathExtension.lowercased()
    guard !ArticleFileText.looksBinary(bytes) || format == "json" else {
      throw BriefingError(
        step: .ingest, reason: .source, at: SourceLocation(file: path, line: 1, column: 1),
        "'\(file.name)' is not a text file",
        hint: "article files are UTF-8 text: .txt, .md or .json")
    }
    switch format {
    case "json":
      return try parseJSON(Data(bytes), path: path, stem: stem, outlet: outlet, modified: modified)
    case "md", "markdown":
      let text =
        ArticleFileText.normalizedUTF8(bytes).map { String(decoding: $0, as: UTF8.self) }
        ?? ArticleFileText.normalized(ArticleFileText.decode(Data(bytes)))
      let draft = try markdownDraft(text, path: path)
      return ArticleReadout(
        articles: [try finish(draft, id: stem, outlet: outlet, modified: modified, path: path)],
        warnings: draft.warnings)
    case "txt", "text", "":
      let text =
        ArticleFileText.normalizedUTF8(bytes)
        ?? Array(ArticleFileText.normalized(ArticleFileText.decode(Data(bytes))).utf8)
      let draft = try textDraft(text, path: path)
      return ArticleReadout(articles: [
        try finish(draft, id: stem, outlet: outlet, modified: modified, path: path)
      ])
    default:
      throw BriefingError(
        step: .ingest, reason: .source, at: SourceLocation(file: path, line: 1, column: 1),
        "unsupported article file type '.\(file.pathExtension)'",
        hint: "article files are .txt, .md or .json")
    }
  }

  // MARK: Formats

  /// `.txt`: the first non-empty line is the title, the rest the body (`text` is normalised).
  private func textDraft(_ text: [UInt8], path: String) throws -> ArticleDraft {
    guard let parts = ArticleFileText.titleAndParagraphs(text) else {
      throw BriefingError(
        step: .ingest, reason: .source, at: SourceLocation(file: path, line: 1, column: 1),
        "the article file is empty", hint: Self.textHint)
    }
    guard !parts.paragraphs.isEmpty else {
      throw BriefingError(
        step: .ingest, reason: .source,
        at: SourceLocation(file: path, line: parts.titleLine + 2, column: 1),
        "the article has a title but no body", hint: Self.textHint)
    }
    return ArticleDraft(title: parts.title, paragraphs: parts.paragraphs)
  }

  /// `.md`: YAML front matter, then Markdown reduced to plain paragraphs. Without a `title` key a
  /// leading heading is the title.
  private func markdownDraft(_ text: String, path: String) throws -> ArticleDraft {
    var body = text
    var matter: FrontMatter?
    if let split = try FrontMatter.split(text, file: path) {
      matter = try FrontMatter(yaml: split.yaml, file: path)
      body = split.body
    }
    var blocks = MarkdownBody.blocks(in: body)
    var draft = ArticleDraft(paragraphs: [])
    var warnings: [Diagnostic] = []
    if let matter {
      draft.title = matter.text("title", "headline").map { MarkdownBody.plainText($0.text) }
      draft.source = matter.text("source", "outlet", "publisher")?.text
      draft.url = matter.text("url", "link", "canonical_url")?.text
      draft.author = matter.text("author", "authors", "byline")?.text
      draft.id = matter.text("id", "slug")?.text
      if let date = matter.text("published", "date", "pubdate", "published_at", "updated") {
        draft.published = dates.date(from: date.text)
        if draft.published == nil {
          warnings.append(
            Diagnostic(
              .warning, at: date.location, "cannot read the date '\(date.text)'",
              hint: "write dates as 2023-02-23, 2023-02-23T09:30:00+01:00 or 23 Feb 2023"))
        }
      }
    }
    if case .heading = blocks.first?.kind {
      // A leading heading is the title, or a repeat of the front matter's title.
      if draft.title == nil {
        draft.title = blocks.removeFirst().text
      } else if blocks.first?.text.lowercased() == draft.title?.lowercased() {
        blocks.removeFirst()
      }
    }
    for block in blocks {
      if block.kind == .image {
        draft.removed.append(RemovedText(kind: .caption, text: block.text))
      } else {
        draft.paragraphs.append(block.text)
      }
    }
    if draft.paragraphs.isEmpty {
      throw BriefingError(
        step: .ingest, reason: .source, at: SourceLocation(file: path, line: 1, column: 1),
        "the article has no body",
        hint: "write the article text after the front matter, paragraphs separated by blank lines")
    }
    draft.warnings = warnings
    return draft
  }

  private func parseJSON(
    _ data: Data, path: String, stem: String, outlet: String, modified: Date?
  ) throws -> ArticleReadout {
    let items = try JSONArticleFile(file: path, dates: dates).items(in: data)
    var readout = ArticleReadout()
    if items.isEmpty {
      readout.warnings.append(
        Diagnostic(
          .warning, at: SourceLocation(file: path, line: 1, column: 1), "the file holds no articles"
        ))
    }
    for item in items {
      let name = item.index.map { "article \($0 + 1)" } ?? "the article"
      for note in item.notes {
        readout.warnings.append(
          Diagnostic(
            .warning, at: item.location, "\(name): \(note)",
            hint: "write dates as 2023-02-23, 2023-02-23T09:30:00+01:00 or 23 Feb 2023"))
      }
      let id = item.index.map { "\(stem)-\($0 + 1)" } ?? stem
      guard let draft = item.draft,
        let article = draft.article(
          fallbackID: id, outlet: outlet, modified: modified, origin: path, dates: dates)
      else {
        let problem = item.problem ?? "the article has no body"
        guard item.index != nil else {
          throw BriefingError(
            step: .ingest, reason: .source, at: item.location, problem,
            hint: "give the article a 'title' and a 'body' (a string or an array of paragraphs)")
        }
        readout.warnings.append(
          Diagnostic(
            .warning, at: item.location, "\(name) skipped: \(problem)",
            hint: "give each article a 'title' and a 'body' (a string or an array of paragraphs)"))
        continue
      }
      readout.articles.append(article)
    }
    return readout
  }

  private func finish(
    _ draft: ArticleDraft, id: String, outlet: String, modified: Date?, path: String
  ) throws -> Article {
    guard
      let article = draft.article(
        fallbackID: id, outlet: outlet, modified: modified, origin: path, dates: dates)
    else {
      throw BriefingError(
        step: .ingest, reason: .source, at: SourceLocation(file: path, line: 1, column: 1),
        "the article has no body", hint: Self.textHint)
    }
    return article
  }

  private static let textHint =
    "an article file starts with its title line, then a blank line and the paragraphs"
}
