import HTMLCore

/// Finds the element of a page that holds the article's text.
///
/// Candidates: `[itemprop=articleBody]`, `<article>` elements, and elements whose class names the
/// body (`article-body`, `story-body`, `entry-content`, ...); and the densest block of
/// paragraphs, found by scoring each element by the paragraph text of its children (and half
/// that of its grandchildren) and taking in the best block's siblings that hold paragraphs too.
/// A marked-up candidate wins when it holds at least 60% as many words as the densest block.
struct ArticleBodyLocator: Sendable {
  /// Tells furniture from content.
  var furniture: PageFurniture

  /// The element holding the article text, or `nil` when the page has no paragraphs.
  func body(in root: MarkupElement) -> MarkupElement? {
    let body = root.firstChild(named: "body") ?? root
    let densest = densestBlock(in: body)
    let densestLength = densest.map(contentLength) ?? 0
    for candidate in markedCandidates(in: body) {
      let length = contentLength(candidate)
      if length > 0, length * 10 >= densestLength * 6 { return candidate }
    }
    return densest
  }

  /// The marked-up candidates, most specific first; among `<article>` elements the one with the
  /// most text.
  private func markedCandidates(in body: MarkupElement) -> [MarkupElement] {
    var candidates = body.descendants { $0.attribute("itemprop")?.lowercased() == "articlebody" }
    let hinted = body.descendants { element in
      let names = [element.attribute("class"), element.attribute("id")].compactMap { $0 }
        .joined(separator: " ").lowercased()
      guard !names.isEmpty else { return false }
      return Self.bodyHints.contains { names.contains($0) } && !furniture.hasFurnitureHint(element)
    }
    candidates += hinted.sorted { contentLength($0) > contentLength($1) }.prefix(1)
    let articles = body.descendants { $0.name == "article" }
      .sorted { contentLength($0) > contentLength($1) }
    candidates += articles.prefix(1)
    return candidates
  }

  /// How much paragraph text `element` holds once furniture is left out.
  func contentLength(_ element: MarkupElement) -> Int {
    var total = 0
    for child in element.children {
      switch child {
      case .text(let text):
        if text.utf8.count >= 80 { total += text.utf8.count }
      case .element(let child):
        guard !furniture.isFurniture(child) else { continue }
        total += child.name == "p" ? paragraphScore(child) : contentLength(child)
      }
    }
    return total
  }

  private func paragraphScore(_ paragraph: MarkupElement) -> Int {
    let length = PageFurniture.visibleTextLength(paragraph)
    guard length >= 25 else { return 0 }
    return max(0, length - PageFurniture.linkTextLength(paragraph))
  }

  // MARK: - Densest block

  private struct Scored {
    var element: MarkupElement
    var score: Int
    var parent: MarkupElement?
  }

  private func densestBlock(in body: MarkupElement) -> MarkupElement? {
    var best: Scored?
    _ = score(body, parent: nil, best: &best)
    guard let best, best.score > 0 else { return nil }
    guard let parent = best.parent else { return best.element }
    // Take in sibling blocks that carry paragraphs too (bodies split by ads or sections).
    var merged = MarkupElement(name: "div")
    let threshold = max(1, best.score / 5)
    for child in parent.children {
      guard case .element(let sibling) = child else { continue }
      if sibling == best.element {
        merged.children.append(child)
      } else if sibling.name == "p" {
        if paragraphScore(sibling) >= 80 { merged.children.append(child) }
      } else if !furniture.isFurniture(sibling), directScore(sibling) >= threshold {
        merged.children.append(child)
      }
    }
    return merged
  }

  /// Scores `element` and everything under it; returns the element's direct score (the
  /// paragraph text of its children), and remembers the best element by total score.
  @discardableResult
  private func score(_ element: MarkupElement, parent: MarkupElement?, best: inout Scored?) -> Int {
    var direct = 0
    var fromGrandchildren = 0
    for child in element.children {
      switch child {
      case .text(let text):
        if text.utf8.count >= 80 { direct += text.utf8.count }
      case .element(let child):
        guard !furniture.isFurniture(child) else { continue }
        if child.name == "p" {
          direct += paragraphScore(child)
        } else {
          fromGrandchildren += score(child, parent: element, best: &best)
        }
      }
    }
    let total = direct + fromGrandchildren / 2
    if total > (best?.score ?? 0) {
      best = Scored(element: element, score: total, parent: parent)
    }
    return direct
  }

  private func directScore(_ element: MarkupElement) -> Int {
    var direct = 0
    for child in element.children {
      switch child {
      case .text(let text):
        if text.utf8.count >= 80 { direct += text.utf8.count }
      case .element(let child):
        if child.name == "p", !furniture.isFurniture(child) { direct += paragraphScore(child) }
      }
    }
    return direct
  }

  /// Class or id fragments that name an article body.
  static let bodyHints = [
    "articlebody", "article-body", "article__body", "article_body", "article-content",
    "article__content", "articlecontent", "story-body", "storybody", "story-content",
    "story__body", "entry-content", "post-content", "post-body", "postbody", "article-text",
    "articletext", "body-text", "bodytext", "news-body", "content-body", "rich-text",
  ]
}
