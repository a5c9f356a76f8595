import Foundation

/// An article as a file states it, before missing metadata is filled in.
struct ArticleDraft {
  var id: String?
  var title: String?
  var source: String?
  var url: String?
  var published: Date?
  var author: String?
  var paragraphs: [String]
  var removed: [RemovedText] = []
  /// Doubts about the file that did not stop it from being read.
  var warnings: [Diagnostic] = []

  /// How many of the first paragraphs are searched for a lone dateline or a byline.
  static let headParagraphs = 4

  /// The article with what the file left out filled in: the publication date from a dateline
  /// paragraph (else `modified`), the author from a byline paragraph, the title from the first
  /// paragraph, the outlet and id from the caller. `nil` when there is no body.
  func article(
    fallbackID: String, outlet: String, modified: Date?, origin: String, dates: DateParser
  ) -> Article? {
    var draft = self
    draft.paragraphs.removeAll { $0.isEmpty }
    draft.takeHeadLines(dates: dates)
    if draft.title?.isEmpty ?? true { draft.takeTitle() }
    guard !draft.paragraphs.isEmpty, let title = draft.title else { return nil }
    return Article(
      id: nonEmpty(draft.id) ?? fallbackID, title: title, source: nonEmpty(draft.source) ?? outlet,
      url: nonEmpty(draft.url), published: draft.published ?? modified,
      author: nonEmpty(draft.author), paragraphs: draft.paragraphs, origin: origin,
      removed: draft.removed, publishedIsFileTime: draft.published == nil && modified != nil)
  }

  /// Removes a lone dateline and a byline from the head of the body, keeping what they state.
  mutating func takeHeadLines(dates: DateParser) {
    var index = 0
    var seen = 0
    var foundDate = false
    var foundByline = false
    while index < paragraphs.count && seen < Self.headParagraphs {
      let paragraph = paragraphs[index]
      seen += 1
      if !foundDate, let date = Dateline.loneDate(paragraph, dates: dates) {
        foundDate = true
        if published == nil { published = date }
        removed.append(RemovedText(kind: .dateline, text: paragraph))
        paragraphs.remove(at: index)
      } else if !foundByline, let name = Byline.author(in: paragraph) {
        foundByline = true
        if author == nil { author = name }
        removed.append(RemovedText(kind: .byline, text: paragraph))
        paragraphs.remove(at: index)
      } else {
        index += 1
      }
    }
  }

  /// Takes the title from the first paragraph: the whole paragraph when it is short (it is then no
  /// longer part of the body), else its first sentence, shortened.
  mutating func takeTitle() {
    guard let first = paragraphs.first else { return }
    let words = first.split(separator: " ")
    if words.count <= Self.maxTitleWords {
      title = first
      paragraphs.removeFirst()
      return
    }
    let sentence = SentenceSplitter().sentences(in: first).first ?? first
    let sentenceWords = sentence.split(separator: " ")
    title =
      sentenceWords.count <= Self.maxTitleWords
      ? sentence : sentenceWords.prefix(Self.maxTitleWords - 1).joined(separator: " ") + " …"
  }

  static let maxTitleWords = 20

  private func nonEmpty(_ text: String?) -> String? {
    guard let text = text.map({ UnicodeWhitespace.trimming($0, newlines: true) }), !text.isEmpty
    else {
      return nil
    }
    return text
  }
}
