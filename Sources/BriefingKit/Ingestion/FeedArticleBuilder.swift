import Foundation

/// Turns a feed's items into articles, completing items that carry only a summary from their
/// linked pages (`full_text`): always, never, or (auto) when the item's own text is much
/// shorter than an article. A page that cannot be fetched or read leaves the summary in place,
/// with a warning.
struct FeedArticleBuilder: Sendable {
  var fetcher: any Fetching
  var extractor: HTMLArticleExtractor
  /// Fewer words than this make an item summary-only under `full_text: auto`.
  var minimumWords: Int
  var warn: @Sendable (Diagnostic) -> Void

  /// The articles of `feed`, read from `feedURL`, shown as from `source`.
  func articles(
    of feed: Feed, feedURL: String, source: String, fullText: SourceSpec.FullText
  ) async -> [Article] {
    await withTaskGroup(of: (Int, Article).self) { group in
      for (index, item) in feed.items.enumerated() {
        group.addTask {
          (index, await article(for: item, feedURL: feedURL, source: source, fullText: fullText))
        }
      }
      var articles: [(Int, Article)] = []
      for await pair in group { articles.append(pair) }
      return articles.sorted { $0.0 < $1.0 }.map(\.1)
    }
  }

  /// Whether `item` needs its page fetched under `fullText`.
  func needsPage(_ item: FeedItem, fullText: SourceSpec.FullText) -> Bool {
    guard item.link != nil else { return false }
    switch fullText {
    case .always: return true
    case .never: return false
    case .auto: return item.wordCount < minimumWords
    }
  }

  private func article(
    for item: FeedItem, feedURL: String, source: String, fullText: SourceSpec.FullText
  ) async -> Article {
    var article = item.article(source: source, origin: feedURL)
    guard needsPage(item, fullText: fullText), let link = item.link else { return article }
    do {
      let resource = try await fetcher.fetch(link)
      let page = try extractor.article(
        from: resource.data, url: resource.url, contentType: resource.contentType,
        source: source)
      guard fullText == .always || FeedItem.wordCount(page.paragraphs) > item.wordCount else {
        return article
      }
      article.paragraphs = page.paragraphs
      article.author = article.author ?? page.author
      article.published = article.published ?? page.published
      article.origin = resource.url
      if article.title.isEmpty || article.title == link { article.title = page.title }
    } catch let error as BriefingError {
      let reason = error.diagnostics.first?.message ?? "unreadable"
      warn(
        Diagnostic(
          .warning, at: SourceLocation(file: link),
          "could not read the full text (\(reason)); the feed's summary is used",
          hint: "set 'full_text: false' on the source to stop fetching its pages"))
    } catch {
      warn(Diagnostic(.warning, at: SourceLocation(file: link), "could not read the full text"))
    }
    return article
  }
}
