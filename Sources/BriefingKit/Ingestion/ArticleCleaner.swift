/// Removes site furniture from an article's body and records each removal in `Article.removed`.
///
/// It removes photo captions and their repeated copies, photo credits, contributor lines,
/// republication notes, comment forms, and share, subscribe, advertisement, link-out, copyright,
/// follow-us and click-here lines. Rules look at whole paragraphs of at most a few sentences, so a
/// sentence of the article that merely mentions a photo or a newsletter is kept.
public struct ArticleCleaner: Sendable {
  /// Creates a cleaner.
  public init() {}

  /// The article without its furniture; what was removed is appended to `removed`.
  public func clean(_ article: Article) -> Article {
    var cleaned = article
    let result = clean(paragraphs: article.paragraphs)
    cleaned.paragraphs = result.paragraphs
    cleaned.removed += result.removed
    return cleaned
  }

  /// The paragraphs that are article text, and what was removed, in body order.
  public func clean(paragraphs: [String]) -> (paragraphs: [String], removed: [RemovedText]) {
    let lines = paragraphs.map(FurnitureLine.init)
    var kinds: [RemovedText.Kind?] = Array(repeating: nil, count: lines.count)
    var captions: [FurnitureLine] = []
    for (index, line) in lines.enumerated() {
      if let labelled = PhotoFurniture.labelled(line) {
        switch labelled {
        case .credit:
          kinds[index] = .photoCredit
        case .caption(let text):
          kinds[index] = .caption
          captions.append(FurnitureLine(text))
        }
      } else if PhotoFurniture.isCredit(line) {
        kinds[index] = .photoCredit
      } else if let kind = SiteFurniture.kind(of: line) {
        kinds[index] = kind
      } else if PhotoFurniture.isCaptionLike(line, standalone: true) {
        kinds[index] = .caption
        captions.append(line)
      }
    }
    // A caption next to a credit, and copies of a caption elsewhere in the body.
    for (index, kind) in kinds.enumerated() where kind == .photoCredit {
      for neighbour in [index - 1, index + 1] where lines.indices.contains(neighbour) {
        guard kinds[neighbour] == nil,
          PhotoFurniture.isCaptionLike(lines[neighbour], standalone: false)
        else { continue }
        kinds[neighbour] = .caption
        captions.append(lines[neighbour])
      }
    }
    if !captions.isEmpty {
      for (index, line) in lines.enumerated() where kinds[index] == nil {
        if captions.contains(where: { PhotoFurniture.isCopy(line, of: $0) }) {
          kinds[index] = .caption
        }
      }
    }
    var kept: [String] = []
    var removed: [RemovedText] = []
    for (index, paragraph) in paragraphs.enumerated() {
      if let kind = kinds[index] {
        removed.append(RemovedText(kind: kind, text: lines[index].text))
      } else {
        kept.append(paragraph)
      }
    }
    return (kept, removed)
  }
}
