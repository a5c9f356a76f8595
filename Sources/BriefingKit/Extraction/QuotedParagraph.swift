/// A paragraph tokenized, with its quotes paired and its sentences found around them.
///
/// Sentences here never end inside a quote: "“Good news. Today we took out 74 Americans,” Biden
/// announced." is one sentence, so a quote and its attribution stay together.
struct QuotedParagraph {
  /// The index of the paragraph in the article.
  var index: Int
  /// The tokens, each knowing its quote and sentence.
  var tokens: Tokens
  var spans: [QuoteSpan]
  /// Token ranges of the sentences.
  var sentences: [Range<Int>]
  /// What the word lists say about any of the paragraph's words, together: a paragraph with no
  /// reporting verb and no quotation mark needs no attribution work.
  var classes: WordClass
  /// Whether a quotation mark or apostrophe token is in the paragraph.
  var hasMarks: Bool
  /// Keeps the tokens alive.
  private let store: TokenStore

  /// Tokenizes a paragraph into a store of its own.
  init(
    index: Int, bytes: UnsafeBufferPointer<UInt8>, continuing: inout Bool, lexicon: Lexicon,
    marks: QuoteMarks = QuoteMarks()
  ) {
    self.init(
      index: index, bytes: bytes, continuing: &continuing, store: TokenStore(bytes: bytes.count),
      tokenizer: Tokenizer(lexicon: lexicon), marks: marks)
  }

  /// Tokenizes a paragraph into `store`, after the paragraphs before it.
  init(
    index: Int, bytes: UnsafeBufferPointer<UInt8>, continuing: inout Bool, store: TokenStore,
    tokenizer: Tokenizer, marks: QuoteMarks = QuoteMarks()
  ) {
    self.index = index
    self.store = store
    let (tokens, classes) = store.append(bytes, tokenizer: tokenizer)
    self.classes = classes
    let count = tokens.count
    var hasMarks = false
    for t in tokens where t.isQuoteMark {
      hasMarks = true
      break
    }
    self.hasMarks = hasMarks
    let readable = Tokens(tokens)
    spans = hasMarks ? marks.spans(in: readable, bytes: bytes, continuing: &continuing) : []
    if !hasMarks { continuing = false }
    for (s, span) in spans.enumerated() {
      var k = span.firstInner
      let end = span.innerEnd(tokenCount: count)
      let quote = Int16(truncatingIfNeeded: min(s, Int(Int16.max)))
      while k < end {
        tokens[k].quote = quote
        k += 1
      }
    }
    sentences = Self.sentences(readable, spans: spans)
    for (s, range) in sentences.enumerated() {
      let sentence = Int16(truncatingIfNeeded: min(s, Int(Int16.max)))
      for k in range { tokens[k].sentence = sentence }
      if !range.isEmpty { tokens[range.lowerBound].flags.insert(.sentenceInitial) }
    }
    // Words right after an opening mark, a colon or a bracket open a sentence too.
    var k = 1
    while k < count {
      let prev = tokens[k - 1]
      switch prev.kind {
      case .period, .question, .exclamation, .colon, .openBracket, .ellipsis:
        tokens[k].flags.insert(.sentenceInitial)
      case .doubleMark, .singleMark:
        if prev.flags.contains(.spaceBefore) || k == 1 {
          tokens[k].flags.insert(.sentenceInitial)
        }
      default:
        break
      }
      k += 1
    }
    self.tokens = readable
  }

  // MARK: - Sentences

  /// Tokens past which a sentence ends at the next clause boundary (real ones are far shorter).
  static let longSentence = 200

  private static func sentences(
    _ tokens: Tokens, spans: [QuoteSpan]
  ) -> [Range<Int>] {
    var out: [Range<Int>] = []
    let count = tokens.count
    guard count > 0 else { return out }
    var nextCloser = 0
    var start = 0
    var k = 0
    while k < count {
      if tokens[k].quote >= 0 {
        k += 1
        continue
      }
      let t = tokens[k]
      var ends = false
      while nextCloser < spans.count, spans[nextCloser].close < k { nextCloser += 1 }
      if nextCloser < spans.count, spans[nextCloser].close == k {
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
        k + 1 < count, tokens[k + 1].isCapitalised, tokens[k + 1].has(.sentenceOpener)
      {
        // "... to the U.S. The President ..."
        ends = true
      }
      // Text without full stops (a run-on block from a page) is cut into pieces of bounded
      // length at a clause boundary, so the work per sentence stays bounded.
      if !ends, k - start >= Self.longSentence,
        t.kind == .comma || t.kind == .semicolon || t.kind == .dash
          || k - start >= 2 * Self.longSentence
      {
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

  private static func startsSentence(_ k: Int, _ tokens: Tokens) -> Bool {
    let t = tokens[k]
    switch t.kind {
    case .word: return t.flags.contains(.capitalised) || t.flags.contains(.number)
    case .doubleMark, .singleMark, .openBracket: return true
    default: return false
    }
  }
}
