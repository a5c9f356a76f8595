/// An article's body prepared for the extraction rules: each paragraph's UTF-8 bytes and its
/// sentence ranges, computed once and shared by the quote, figure and lede rules.
public struct ArticleText: Sendable {
  /// One paragraph of the body.
  public struct Paragraph: Sendable {
    /// The paragraph as a string.
    public var text: String
    /// The paragraph's UTF-8 bytes.
    public var bytes: [UInt8]
    /// The byte ranges of its sentences.
    public var sentences: [Range<Int>]
    /// Where the story's text starts after a wire dateline opening the paragraph
    /// ("WASHINGTON (AP) — "), as a byte offset; 0 when it opens with none. Only the article's
    /// opening paragraph may have one.
    public var datelineEnd: Int = 0

    /// The text of a byte range of the paragraph.
    public func string(_ range: Range<Int>) -> String {
      bytes.withUnsafeBufferPointer {
        String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
      }
    }

    /// The index of the sentence that holds the byte at `offset`.
    public func sentenceIndex(containing offset: Int) -> Int? {
      sentences.firstIndex { $0.contains(offset) || $0.upperBound == offset }
    }
  }

  /// The headline.
  public var title: String
  /// The paragraphs in order.
  public var paragraphs: [Paragraph]

  /// Prepares an article's paragraphs.
  public init(title: String, paragraphs: [String], splitter: SentenceSplitter = SentenceSplitter())
  {
    self.title = title
    self.paragraphs = paragraphs.map { text in
      let bytes = Array(text.utf8)
      let sentences = bytes.withUnsafeBufferPointer { splitter.sentenceRanges(in: $0) }
      return Paragraph(text: text, bytes: bytes, sentences: sentences)
    }
    // The story opens in the first paragraph, or after short head lines the file kept (a date
    // it could not read, a byline).
    for index in self.paragraphs.indices.prefix(Self.headLines + 1) {
      let end = self.paragraphs[index].bytes.withUnsafeBufferPointer {
        WireDateline.find(in: $0)?.end ?? 0
      }
      if end > 0 {
        self.paragraphs[index].datelineEnd = end
        break
      }
      if self.paragraphs[index].bytes.count >= Self.headLineBytes { break }
    }
  }

  /// How many short paragraphs may come before the one a dateline opens.
  static let headLines = 2
  /// A paragraph this long is the story's text, not a head line.
  static let headLineBytes = 80
}
