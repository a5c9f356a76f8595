import HTMLCore

/// Finds the element of a page that holds the article's text.
///
/// Candidates: `[itemprop=articleBody]`, `<article>` elements, and elements whose class names the
/// body (`article-body`, `story-body`, `entry-content`, ...); and the densest block of
/// paragraphs. A marked-up candidate wins when it holds at least 60% as much text as the densest
/// block.
///
/// The densest block is found the way Readability finds it: every paragraph (a `<p>`, a wrapper
/// around a single `<p>`, or a block of plain text) scores its parent fully, its grandparent by
/// half and further ancestors less; when several strong candidates share an ancestor (a body
/// split into sections), that ancestor is taken; then sibling blocks that carry paragraphs too
/// are taken in.
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
    var candidates = body.descendants { element in
      element.attribute("itemprop")?.lowercased() == "articlebody"
        || element.attribute("name")?.lowercased() == "articlebody"
    }
    let hinted = body.descendants { element in
      let names = [element.attribute("class"), element.attribute("id")].compactMap { $0 }
        .joined(separator: " ").lowercased()
      guard !names.isEmpty else { return false }
      return Self.bodyHints.contains { names.contains($0) } && !furniture.hasFurnitureHint(element)
    }
    if let best = longest(hinted) { candidates.append(best) }
    if let best = longest(body.descendants { $0.name == "article" }) { candidates.append(best) }
    return candidates
  }

  /// The element with the most content, the first of equals.
  private func longest(_ elements: [MarkupElement]) -> MarkupElement? {
    var best: (element: MarkupElement, length: Int)?
    for element in elements {
      let length = contentLength(element)
      if length > (best?.length ?? -1) { best = (element, length) }
    }
    return best?.element
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

  /// A position in the tree: the child indices from the body down.
  private typealias Path = [Int]

  private func densestBlock(in body: MarkupElement) -> MarkupElement? {
    var scores: [Path: Double] = [:]
    var lineage: [Path] = []
    collectScores(body, path: [], lineage: &lineage, into: &scores)
    let ranked = scores.sorted {
      $0.value > $1.value || ($0.value == $1.value && $0.key.lexicographicallyPrecedes($1.key))
    }
    guard let top = ranked.first, top.value > 0 else { return nil }
    var chosen = top.key
    // Several strong candidates under one ancestor: the body is split; take the ancestor.
    let strong = ranked.dropFirst().prefix(4).filter { $0.value >= top.value * 0.75 }.map(\.key)
    if strong.count >= 2 {
      var ancestor = chosen
      while !ancestor.isEmpty {
        ancestor.removeLast()
        let sharing = strong.filter { $0.starts(with: ancestor) }.count
        if sharing >= 2 { break }
      }
      chosen = ancestor
    }
    // A block that is its parent's only content stands for the parent, so that the blocks
    // beside the parent can be taken in below.
    while !chosen.isEmpty, chosen.count > 1,
      let parent = element(at: Array(chosen.dropLast()), in: body)
    {
      let others = parent.children.indices.filter { index in
        guard index != chosen.last, case .element(let sibling) = parent.children[index] else {
          return false
        }
        return !furniture.isFurniture(sibling) && PageFurniture.visibleTextLength(sibling) > 0
      }
      guard others.isEmpty else { break }
      let parentPath = Array(chosen.dropLast())
      scores[parentPath] = max(scores[parentPath] ?? 0, scores[chosen] ?? 0)
      chosen = parentPath
    }
    guard let block = element(at: chosen, in: body) else { return nil }
    guard !chosen.isEmpty, let parent = element(at: Array(chosen.dropLast()), in: body) else {
      return block
    }
    // Take in sibling blocks that carry paragraphs too (bodies split by ads or sections): blocks
    // of the same kind with a fifth of the score, other blocks with half of it.
    let chosenScore = scores[chosen] ?? top.value
    let threshold = max(1, chosenScore * 0.2)
    var merged = MarkupElement(name: "div")
    for (index, child) in parent.children.enumerated() {
      guard case .element(let sibling) = child else { continue }
      if index == chosen.last {
        merged.children.append(child)
      } else if furniture.isFurniture(sibling) {
        continue
      } else if let paragraph = paragraph(in: sibling) {
        if paragraphScore(paragraph) >= 80 { merged.children.append(child) }
      } else {
        let score = scores[Array(chosen.dropLast()) + [index]] ?? 0
        let sameKind =
          sibling.name == block.name && sibling.attribute("class") == block.attribute("class")
        if score >= threshold, sameKind || score >= chosenScore * 0.5 {
          merged.children.append(child)
        }
      }
    }
    return merged
  }

  /// Scores every element by the paragraphs below it: full for a parent, half for a grandparent,
  /// a third of that for each further level.
  private func collectScores(
    _ element: MarkupElement, path: Path, lineage: inout [Path], into scores: inout [Path: Double]
  ) {
    lineage.append(path)
    defer { lineage.removeLast() }
    for (index, child) in element.children.enumerated() {
      guard case .element(let child) = child, !furniture.isFurniture(child) else { continue }
      if let paragraph = paragraph(in: child) {
        let score = Double(paragraphScore(paragraph))
        guard score > 0 else { continue }
        for (level, ancestor) in lineage.reversed().prefix(5).enumerated() {
          let weight = level == 0 ? 1 : level == 1 ? 0.5 : 1 / Double(level * 3)
          scores[ancestor, default: 0] += score * weight
        }
      } else {
        collectScores(child, path: path + [index], lineage: &lineage, into: &scores)
      }
    }
  }

  /// The paragraph `element` is: a `<p>`, a chain of wrappers around one `<p>`, or a block of
  /// plain text without block children; `nil` for anything else.
  private func paragraph(in element: MarkupElement) -> MarkupElement? {
    var current = element
    while true {
      if current.name == "p" { return current }
      let blocks = current.elements.filter {
        HTMLTextRenderer.blockElements.contains($0.name) && $0.name != "br"
      }
      if blocks.isEmpty {
        guard current.name != "body", PageFurniture.visibleTextLength(current) >= 80 else {
          return nil
        }
        return current
      }
      let hasText = current.children.contains {
        if case .text(let text) = $0 { return !text.allSatisfy(\.isWhitespace) }
        return false
      }
      guard blocks.count == 1, current.elements.count == 1, !hasText, let only = blocks.first
      else { return nil }
      current = only
    }
  }

  private func element(at path: Path, in root: MarkupElement) -> MarkupElement? {
    var current = root
    for index in path {
      guard index < current.children.count, case .element(let child) = current.children[index]
      else { return nil }
      current = child
    }
    return current
  }

  /// Class or id fragments that name an article body.
  static let bodyHints = [
    "articlebody", "article-body", "article__body", "article_body", "article-content",
    "article__content", "articlecontent", "story-body", "storybody", "story-content",
    "story__body", "entry-content", "post-content", "post-body", "postbody", "article-text",
    "articletext", "body-text", "bodytext", "news-body", "content-body", "rich-text",
    "richtextstorybody", "storytext", "story-text", "article__text",
  ]
}
