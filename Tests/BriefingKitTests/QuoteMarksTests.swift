import Testing

@testable import BriefingKit

/// The texts inside the quotation marks of each paragraph, as `QuoteMarks` pairs them.
func quotedTexts(_ paragraphs: [String]) -> [[String]] {
  var continuing = false
  return paragraphs.enumerated().map { index, paragraph in
    var paragraph = paragraph
    return paragraph.withUTF8 { bytes in
      let quoted = QuotedParagraph(
        index: index, bytes: bytes, continuing: &continuing, lexicon: Lexicon.shared)
      return quoted.spans.map { span in
        let start = span.open < 0 ? 0 : Int(quoted.tokens[span.open].end)
        let end = span.close < 0 ? bytes.count : Int(quoted.tokens[span.close].start)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      }
    }
  }
}

@Suite struct QuoteMarksTests {
  @Test(arguments: [
    // Curly, straight, guillemets, German marks.
    ("“We will win,” he said.", ["We will win,"]),
    ("\"We will win,\" he said.", ["We will win,"]),
    ("He said: « Nous gagnerons ».", [" Nous gagnerons "]),
    ("Er sagte: „Wir gewinnen“.", ["Wir gewinnen"]),
    // Nested quotes stay inside the outer quote.
    ("“She told me ‘never give up’,” he said.", ["She told me ‘never give up’,"]),
    ("“He said \"hi\" to me,” she said.", ["He said \"hi\" to me,"]),
    // Single marks as quotation marks, but not apostrophes.
    ("The mayor called it 'a triumph' on Friday.", ["a triumph"]),
    ("Biden’s plan and the ’90s revival of rock ’n’ roll.", []),
    ("The Afghans’ robot won ‘the silver medal’ on Tuesday.", ["the silver medal"]),
    ("Officials said the players' union was ‘not consulted’.", ["not consulted"]),
    // Interrupted quotes give two quotes.
    (
      "“I’m delighted,” Reid said. “This club is everything.”",
      ["I’m delighted,", "This club is everything."]
    ),
    // Typos: a glued mark inside a quote, an opening mark used to close, a stray closing mark.
    (
      "“without [a cease-fire]“The US will lose,” said Fakhro.",
      ["without [a cease-fire]“The US will lose,"]
    ),
    ("\"There is no question.“ However, the JSC will get seats.", ["There is no question."]),
    ("“We have a duty to.” Answer, we will.”", ["We have a duty to."]),
    // A missing closing mark runs to the paragraph end, not beyond.
    ("Officials said the \"talks were continuing.", ["talks were continuing."]),
    // A closing mark with attribution after it and no opening mark.
    ("We will win this,” he said.", ["We will win this,"]),
    // Inch marks are not quotation marks.
    ("The screen measures 15\" across.", []),
  ])
  func pairsMarksInAParagraph(paragraph: String, expected: [String]) {
    #expect(quotedTexts([paragraph]) == [expected])
  }

  @Test func aQuoteRunsOverParagraphsWithAnOpeningMarkAtEachStart() {
    let texts = quotedTexts([
      "She said: \"Older people face impossible choices.",
      "\"Many will cut back on heating.",
      "\"The government must act now.\"",
      "Ministers said support was available.",
    ])
    #expect(
      texts == [
        ["Older people face impossible choices."], ["Many will cut back on heating."],
        ["The government must act now."], [],
      ])
  }

  @Test func anUnclosedQuoteDoesNotPairAcrossTheArticle() {
    let texts = quotedTexts([
      "Officials said the \"talks were continuing.",
      "The minister said talks would end on Friday.",
      "\"We are close,\" she added.",
    ])
    #expect(texts == [["talks were continuing."], [], ["We are close,"]])
  }

  /// The eight-bytes-at-a-time letter scan agrees with a scan of one byte at a time.
  @Test func scansLettersEightBytesAtATime() {
    let samples: [[UInt8]] = [
      Array("Blinken,".utf8), Array("U.S. aid".utf8), Array("abcdefgh".utf8),
      Array("KCNA (in".utf8), Array("x9Y-zZ@[".utf8), Array("Élysée  ".utf8),
      [0x60, 0x7B, 0x40, 0x5B, 0x2F, 0x3A, 0x41, 0x7A],
      [0x41, 0x5A, 0x61, 0x7A, 0x30, 0x39, 0xC3, 0x41],
    ]
    for bytes in samples {
      var x: UInt64 = 0
      for (i, b) in bytes.enumerated() { x |= UInt64(b) << UInt64(i * 8) }
      let run = Tokenizer.asciiRun(x)
      var length = 0
      var letters = 0
      var hasLower = false
      while length < 8 {
        let c = bytes[length]
        let isLetter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
        guard isLetter || (c >= 0x30 && c <= 0x39) else { break }
        if isLetter { letters += 1 }
        if c >= 0x61 && c <= 0x7A { hasLower = true }
        length += 1
      }
      #expect(run.length == length, "\(bytes)")
      #expect(run.letters.nonzeroBitCount == letters, "\(bytes)")
      #expect(run.hasLower == hasLower, "\(bytes)")
    }
  }

  /// The fast hash of ASCII words equals the general one, so word lists built from strings find
  /// the words of a text.
  @Test func hashesAsciiWordsLikeStrings() {
    for word in ["said", "Blinken", "U.S", "spokesperson", "co-founder", "1,200", "don't", "a"] {
      var text = word + " and more text after it"
      let fast = text.withUTF8 { WordHash.ascii($0, 0..<word.utf8.count) }
      #expect(fast == WordHash.hash(word), "\(word)")
    }
    for word in ["a", "said", "Blinken", "KCNA", "G7", "1200", "Trump"] {
      var packed: UInt64 = 0
      for (i, b) in word.utf8.enumerated() { packed |= UInt64(b) << UInt64(i * 8) }
      #expect(WordHash.short(packed, length: word.utf8.count) == WordHash.hash(word), "\(word)")
    }
    #expect(WordHash.hash("Biden’s") == WordHash.hash("biden's"))
    #expect(WordHash.hash("Mr.") == WordHash.hash("mr"))
  }

  /// A word the one-load path takes gets the same token as from the full scan, which a word
  /// alone at the end of a paragraph (fewer than eight bytes left) always takes.
  @Test(arguments: [
    "said", "Blinken,", "74", "U.S.", "aid", "KCNA:", "(in)", "1,200,", "3.5", "don't",
    "co-founder", "Biden's", "’90s", "NATO", "EU,", "UK's", "word.", "1,2", "G7;", "Mr.", "I",
  ])
  func tokenizesShortWordsAsTheFullScanDoes(_ word: String) {
    let tokenizer = Tokenizer(lexicon: .shared)
    var alone = word
    var followed = word + "        "
    let slow = alone.withUTF8 { tokenizer.tokens(of: $0) }
    let fast = followed.withUTF8 { tokenizer.tokens(of: $0) }
    #expect(fast.count == slow.count)
    for (a, b) in zip(fast, slow) {
      #expect(a.start == b.start && a.end == b.end && a.baseEnd == b.baseEnd)
      #expect(a.hash == b.hash && a.classes == b.classes)
      #expect(a.flags.rawValue == b.flags.rawValue)
    }
  }

  @Test func sentencesDoNotEndInsideQuotes() {
    var continuing = false
    var paragraph = "“Good news. Today we took out 74 Americans,” Biden said. He left."
    let count = paragraph.withUTF8 { bytes in
      QuotedParagraph(index: 0, bytes: bytes, continuing: &continuing, lexicon: Lexicon.shared)
        .sentences.count
    }
    #expect(count == 2)
  }

  /// Text without full stops is cut into sentences of bounded length at clause boundaries,
  /// and a quote in it keeps its speaker.
  @Test func runOnTextIsCutIntoBoundedSentences() {
    var continuing = false
    let clause = "the council met again in the town hall with the usual members present"
    var paragraph = Array(repeating: clause, count: 60).joined(separator: ", ")
    let ranges = paragraph.withUTF8 { bytes in
      QuotedParagraph(index: 0, bytes: bytes, continuing: &continuing, lexicon: Lexicon.shared)
        .sentences
    }
    #expect(ranges.count > 3)
    #expect(ranges.allSatisfy { $0.count <= 2 * QuotedParagraph.longSentence })
    let quoted = paragraph + ", and “we will not give up,” said Mayor Ann Lee, " + paragraph
    let quotes = QuoteExtractor().quotes(in: ArticleText(title: "T", paragraphs: [quoted]))
    #expect(quotes.map(\.speaker) == ["Ann Lee"])
  }
}
