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
  ///
  /// Paragraphs the `FurnitureScreen` lets through are looked at by every rule; the rest are prose
  /// no rule can match. Only an article with captions or credits has all its paragraphs looked at
  /// again (for the caption next to a credit and copies of a caption).
  public func clean(paragraphs: [String]) -> (paragraphs: [String], removed: [RemovedText]) {
    var kinds: [RemovedText.Kind?] = Array(repeating: nil, count: paragraphs.count)
    var lines: [FurnitureLine?] = Array(repeating: nil, count: paragraphs.count)
    var captions: [FurnitureLine] = []
    var found = false
    for index in paragraphs.indices {
      let rules = Self.rules(for: paragraphs[index])
      guard !rules.isEmpty else { continue }
      let line = FurnitureLine(paragraphs[index])
      lines[index] = line
      guard let kind = Self.kind(of: line, rules: rules, captions: &captions) else { continue }
      kinds[index] = kind
      found = true
    }
    guard found else { return (paragraphs, []) }
    func line(_ index: Int) -> FurnitureLine {
      if let line = lines[index] { return line }
      let line = FurnitureLine(paragraphs[index])
      lines[index] = line
      return line
    }
    // A caption next to a credit, and copies of a caption elsewhere in the body.
    for (index, kind) in kinds.enumerated() where kind == .photoCredit {
      for neighbour in [index - 1, index + 1] where paragraphs.indices.contains(neighbour) {
        guard kinds[neighbour] == nil,
          PhotoFurniture.isCaptionLike(line(neighbour), standalone: false)
        else { continue }
        kinds[neighbour] = .caption
        captions.append(line(neighbour))
      }
    }
    if !captions.isEmpty {
      // Each text's set of words is made once, and only for texts of comparable length that
      // the bounds of their bytes (`CopyBound`) do not already tell apart.
      var captionWords: [(words: Set<String>, firstRuns: Set<UInt64>)?] = Array(
        repeating: nil, count: captions.count)
      for index in paragraphs.indices where kinds[index] == nil {
        let count = lines[index]?.wordCount ?? FurnitureLine.wordCount(of: paragraphs[index])
        guard
          captions.contains(where: {
            PhotoFurniture.mayBeCopy(wordCount: count, of: $0.wordCount)
          })
        else { continue }
        let bound = CopyBound(paragraphs[index])
        var candidateWords: Set<String>?
        for (position, caption) in captions.enumerated()
        where PhotoFurniture.mayBeCopy(wordCount: count, of: caption.wordCount) {
          let other =
            captionWords[position]
            ?? {
              let words = Set(caption.words)
              return (words, CopyBound.firstRuns(of: words))
            }()
          captionWords[position] = other
          guard bound.mayBeCopy(ofCaptionWith: other.words.count, firstRuns: other.firstRuns)
          else { continue }
          let words = candidateWords ?? Set(line(index).words)
          candidateWords = words
          if PhotoFurniture.isCopy(words: words, of: other.words) {
            kinds[index] = .caption
            break
          }
        }
      }
    }
    var kept: [String] = []
    var removed: [RemovedText] = []
    for (index, paragraph) in paragraphs.enumerated() {
      if let kind = kinds[index] {
        removed.append(RemovedText(kind: kind, text: line(index).text))
      } else {
        kept.append(paragraph)
      }
    }
    return (kept, removed)
  }

  /// The furniture a paragraph is by itself (before its neighbours are looked at), adding it to
  /// `captions` when it is a caption; `nil` for article text.
  /// Only `rules` are tried: the screen has shown the others cannot match.
  static func kind(
    of line: FurnitureLine, rules: FurnitureRules = .all, captions: inout [FurnitureLine]
  ) -> RemovedText.Kind? {
    if rules.contains(.labelled), let labelled = PhotoFurniture.labelled(line) {
      switch labelled {
      case .credit:
        return .photoCredit
      case .caption(let text):
        captions.append(FurnitureLine(text))
        return .caption
      }
    } else if rules.contains(.credit) && PhotoFurniture.isCredit(line) {
      return .photoCredit
    } else if rules.contains(.site), let kind = SiteFurniture.kind(of: line) {
      return kind
    } else if rules.contains(.captionLike) && PhotoFurniture.isCaptionLike(line, standalone: true) {
      captions.append(line)
      return .caption
    }
    return nil
  }

  /// Whether the screen lets the paragraph through to the rules (see `rules(for:)`).
  static func mayBeFurniture(_ paragraph: String) -> Bool {
    !rules(for: paragraph).isEmpty
  }

  /// The rules the screen lets the paragraph through to: none when it is longer than furniture
  /// (`FurnitureLine.maxFurnitureBytes`, once trimmed) or shows no sign of it.
  static func rules(for paragraph: String) -> FurnitureRules {
    paragraph.utf8.withContiguousStorageIfAvailable { bytes in
      var start = 0
      var end = bytes.count
      while start < end && isTrimmedSpace(bytes[start]) { start += 1 }
      while end > start && isTrimmedSpace(bytes[end - 1]) { end -= 1 }
      guard end - start <= FurnitureLine.maxFurnitureBytes else { return [] }
      return FurnitureScreen.rules(for: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    } ?? .all
  }

  private static func isTrimmedSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A
  }
}
