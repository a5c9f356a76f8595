/// A paragraph tokenized, with its quotes paired and its sentences found around them.
///
/// Sentences here never end inside a quote: "“Good news. Today we took out 74 Americans,” Biden
/// announced." is one sentence, so a quote and its attribution stay together.
struct QuotedParagraph: Sendable {
  /// The index of the paragraph in the article.
  var index: Int
  var tokens: [TextToken]
  var spans: [QuoteSpan]
  /// For each token, the index of the quote it is inside (marks excluded), or -1.
  var quoteOf: [Int32]
  /// Token ranges of the sentences.
  var sentences: [Range<Int>]
  /// For each token, the index of its sentence.
  var sentenceOf: [Int32]

  init(
    index: Int, bytes: UnsafeBufferPointer<UInt8>, continuing: inout Bool,
    tokenizer: Tokenizer = Tokenizer(), marks: QuoteMarks = QuoteMarks()
  ) {
    self.index = index
    var tokens: [TextToken] = []
    tokens.reserveCapacity(bytes.count / 4)
    tokenizer.tokenize(bytes, into: &tokens)
    self.tokens = tokens
    spans = marks.spans(in: tokens, bytes: bytes, continuing: &continuing)
    let count = tokens.count
    var quoteOf = [Int32](repeating: -1, count: count)
    for (s, span) in spans.enumerated() {
      var k = span.firstInner
      let end = span.innerEnd(tokenCount: count)
      while k < end {
        quoteOf[k] = Int32(s)
        k += 1
      }
    }
    self.quoteOf = quoteOf
    sentences = Self.sentences(tokens, spans: spans, quoteOf: quoteOf)
    var sentenceOf = [Int32](repeating: 0, count: count)
    for (s, range) in sentences.enumerated() {
      for k in range { sentenceOf[k] = Int32(s) }
    }
    self.sentenceOf = sentenceOf
  }

  /// Whether token `k` is inside a quote or is one of its marks.
  func isQuoted(_ k: Int) -> Bool {
    if quoteOf[k] >= 0 { return true }
    let t = tokens[k]
    guard t.isQuoteMark else { return false }
    for span in spans where span.open == k || span.close == k { return true }
    return false
  }

  /// The quote whose opening or closing mark is token `k`.
  func spanMarked(by k: Int) -> Int? {
    for (s, span) in spans.enumerated() where span.open == k || span.close == k { return s }
    return nil
  }

  // MARK: - Sentences

  private static func sentences(
    _ tokens: [TextToken], spans: [QuoteSpan], quoteOf: [Int32]
  ) -> [Range<Int>] {
    var out: [Range<Int>] = []
    let count = tokens.count
    guard count > 0 else { return out }
    var closers = Set<Int>()
    for span in spans where span.close >= 0 { closers.insert(span.close) }
    var start = 0
    var k = 0
    while k < count {
      if quoteOf[k] >= 0 {
        k += 1
        continue
      }
      let t = tokens[k]
      var ends = false
      if closers.contains(k) {
        // “...the pause.” “Pauses ...: a quote that ends a sentence.
        if k > 0, tokens[k - 1].isTerminal || tokens[k - 1].kind == .ellipsis,
          k + 1 < count, startsSentence(k + 1, tokens)
        {
          ends = true
        }
      } else if t.isTerminal {
        var j = k + 1
        while j < count, tokens[j].kind == .closeBracket { j += 1 }
        if j == count || startsSentence(j, tokens) {
          ends = true
          k = j - 1
        }
      } else if t.kind == .word, t.flags.contains(.dotted), t.flags.contains(.abbreviation),
        k + 1 < count, tokens[k + 1].isCapitalised,
        SentenceOpeners.words.contains(tokens[k + 1].hash)
      {
        // "... to the U.S. The President ..."
        ends = true
      }
      if ends {
        out.append(start..<(k + 1))
        start = k + 1
      }
      k += 1
    }
    if start < count { out.append(start..<count) }
    return out
  }

  private static func startsSentence(_ k: Int, _ tokens: [TextToken]) -> Bool {
    let t = tokens[k]
    switch t.kind {
    case .word: return t.flags.contains(.capitalised) || t.flags.contains(.number)
    case .doubleMark, .singleMark, .openBracket: return true
    default: return false
    }
  }
}

/// Words that typically open a sentence; after an acronym ("U.S.") they mark a boundary.
enum SentenceOpeners {
  static let words = WordHash.set(SentenceSplitter.openers.map { $0 })
}
