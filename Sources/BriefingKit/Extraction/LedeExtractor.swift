/// Picks the one or two sentences that say what happened.
///
/// The lede is the first substantive sentence of the body: dateline paragraphs ("Thursday,
/// February 23, 2023"), bylines, captions, credits and very short paragraphs are skipped, the
/// wire dateline the story opens with ("WASHINGTON (Reuters) -", found by `ArticleText`) is left
/// out, and a sentence that opens with a quotation or is a fragment is never chosen. A second sentence follows when the first is short,
/// or when the next substantive sentence carries the key reaction ("Netanyahu appeared to reject
/// ...").
public struct LedeExtractor: Sendable {
  /// Below this many words a first sentence is too weak to stand alone.
  public var shortSentenceWords: Int
  /// How many paragraphs after the first sentence the second may come from.
  public var reachParagraphs: Int

  /// Creates the lede rule.
  public init(shortSentenceWords: Int = 20, reachParagraphs: Int = 6) {
    self.shortSentenceWords = shortSentenceWords
    self.reachParagraphs = reachParagraphs
  }

  /// The lede sentences of an article.
  public func lede(of text: ArticleText) -> [String] {
    let tokenizer = FigureTokenizer()
    let dates = DateScanner()
    var tokens: [FigureToken] = []
    var first: (paragraph: Int, sentence: String)?
    for (index, paragraph) in text.paragraphs.enumerated() {
      if let f = first, index - f.paragraph > reachParagraphs { break }
      guard isBodyParagraph(paragraph, index: index, tokenizer: tokenizer, dates: dates, &tokens)
      else { continue }
      for range in paragraph.sentences where range.upperBound > paragraph.datelineEnd {
        // A wire dateline says where the story was filed, not what happened.
        let sentence = paragraph.string(
          max(range.lowerBound, paragraph.datelineEnd)..<range.upperBound)
        guard isSubstantive(sentence) else { continue }
        guard let lead = first else {
          first = (index, sentence)
          continue
        }
        if Self.wordCount(lead.sentence, atMost: shortSentenceWords) < shortSentenceWords
          || Self.hasReactionCue(sentence)
        {
          return [lead.sentence, sentence]
        }
        return [lead.sentence]
      }
    }
    return first.map { [$0.sentence] } ?? []
  }

  // MARK: - Paragraphs

  /// Whether a paragraph is body text: not a dateline, byline, caption, credit or scrap.
  private func isBodyParagraph(
    _ paragraph: ArticleText.Paragraph, index: Int, tokenizer: FigureTokenizer,
    dates: DateScanner, _ tokens: inout [FigureToken]
  ) -> Bool {
    let text = paragraph.text
    if Self.wordCount(text, atMost: 8) < 8 { return false }
    if FigureExtractor.isFurniture(paragraph.bytes) { return false }
    if paragraph.bytes.count < 80 {
      paragraph.bytes.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokens) }
      if dates.datelineDay(tokens) != nil { return false }
    }
    // Bylines, credits and sign-offs are short.
    let bytes = paragraph.bytes
    if bytes.count < 400 {
      if Self.hasPrefix(bytes, "by "), Self.wordCount(text, atMost: 14) < 14 { return false }
      if Self.containsBylineMarker(bytes) { return false }
    }
    if paragraph.sentences.count == 1, Self.endsWithYear(paragraph.bytes),
      endsWithFullDate(paragraph, tokenizer: tokenizer, dates: dates, &tokens)
    {
      return false  // a caption: "X and Y during a meeting in Tel Aviv, Israel, November 3, 2023."
    }
    return true
  }

  private static let bylineMarkers: [[UInt8]] = [
    "contributed to this report", "contributed reporting", "reporting by", "editing by",
    "writing by", "all rights reserved", "originally appeared on", "getty images",
    "via shutterstock", "via ap", "/ap", "/reuters", "/afp",
  ].map { Array($0.utf8) }

  /// Whether `bytes` start with the lowercase ASCII `prefix`, ignoring case.
  /// For each lower-cased byte, the byline markers (bits of their indices) that start with it.
  private static let bylineMarkerStarts: [UInt16] = {
    var starts = [UInt16](repeating: 0, count: 256)
    for (index, marker) in bylineMarkers.enumerated() {
      if let first = marker.first { starts[Int(first)] |= 1 << UInt16(index) }
    }
    return starts
  }()

  /// Whether `bytes` hold a byline marker, in any case: one pass over the bytes, comparing only
  /// the markers that start with each byte (the same answer as `contains` for every marker).
  static func containsBylineMarker(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { text in
      bylineMarkerStarts.withUnsafeBufferPointer { starts in
        let count = text.count
        var i = 0
        while i < count {
          var candidates = starts[Int(lower(text[i]))]
          while candidates != 0 {
            let marker = bylineMarkers[candidates.trailingZeroBitCount]
            candidates &= candidates &- 1
            guard marker.count <= count - i else { continue }
            var k = 1
            while k < marker.count, lower(text[i + k]) == marker[k] { k += 1 }
            if k == marker.count { return true }
          }
          i += 1
        }
        return false
      }
    }
  }

  static func hasPrefix(_ bytes: [UInt8], _ prefix: String) -> Bool {
    var i = 0
    for b in prefix.utf8 {
      guard i < bytes.count, lower(bytes[i]) == b else { return false }
      i += 1
    }
    return true
  }

  /// Whether `bytes` hold the lowercase ASCII `needle`, ignoring case.
  static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, needle.count <= bytes.count else { return false }
    var i = 0
    let last = bytes.count - needle.count
    while i <= last {
      if lower(bytes[i]) == first {
        var k = 1
        while k < needle.count, lower(bytes[i + k]) == needle[k] { k += 1 }
        if k == needle.count { return true }
      }
      i += 1
    }
    return false
  }

  @inline(__always) static func lower(_ b: UInt8) -> UInt8 {
    b >= 65 && b <= 90 ? b | 0x20 : b
  }

  /// Whether the bytes end with four digits and a period or nothing ("..., 2023.").
  static func endsWithYear(_ bytes: [UInt8]) -> Bool {
    var end = bytes.count
    while end > 0, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: " ") {
      end -= 1
    }
    guard end >= 5 else { return false }
    return bytes[(end - 4)..<end].allSatisfy { $0 &- 48 < 10 }
  }

  /// Whether a one-sentence paragraph ends with ", <full date>." as captions do.
  private func endsWithFullDate(
    _ paragraph: ArticleText.Paragraph, tokenizer: FigureTokenizer, dates: DateScanner,
    _ tokens: inout [FigureToken]
  ) -> Bool {
    paragraph.bytes.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokens) }
    var end = tokens.count
    while end > 0, tokens[end - 1].symbol == .period { end -= 1 }
    // A full date is "Month D, YYYY" (4 tokens) or "D Month YYYY" (3 tokens).
    for length in [4, 3] where end - length >= 1 {
      let start = end - length
      guard tokens[start - 1].symbol == .comma else { continue }
      let m =
        dates.monthFirst(tokens, at: start, reference: nil)
        ?? dates.dayFirst(tokens, at: start, reference: nil)
      if let m, m.last == end - 1, m.resolved?.count == 10 { return true }
    }
    return false
  }

  // MARK: - Sentences

  /// Whether a sentence can be a lede: long enough, not opening with a quotation, not a
  /// fragment that starts with a gerund and has no clause of its own.
  private func isSubstantive(_ sentence: String) -> Bool {
    guard Self.wordCount(sentence, atMost: 6) >= 6, let firstByte = sentence.utf8.first else {
      return false
    }
    if firstByte == UInt8(ascii: "\"") || firstByte == UInt8(ascii: "'") { return false }
    if sentence.hasPrefix("“") || sentence.hasPrefix("‘") || sentence.hasPrefix("«")
      || sentence.hasPrefix("„")
    {
      return false
    }
    // `We wanted to be right," chief executive Aino Lehtonen said.`: the end of a quote the
    // sentence splitter cut in two.
    var marks = 0
    var bytes = sentence.utf8.makeIterator()
    while let c = bytes.next() {
      if c == UInt8(ascii: "\"") { marks += 1 }
      if c == 0xE2, bytes.next() == 0x80, let third = bytes.next(), third == 0x9C || third == 0x9D {
        marks += 1
      }
    }
    if marks % 2 == 1 { return false }
    guard let last = sentence.utf8.last,
      last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
        || last == 0x9D || last == 0x99 || last == UInt8(ascii: "\"")
    else { return false }
    // "Moving into Gaza and strengthening efforts ... – laying out ..." has no subject.
    let utf8 = Array(sentence.utf8)
    let space = utf8.firstIndex(of: UInt8(ascii: " ")) ?? utf8.count
    if space >= 4, Self.lower(utf8[space - 3]) == UInt8(ascii: "i"),
      utf8[space - 2] == UInt8(ascii: "n"), utf8[space - 1] == UInt8(ascii: "g"),
      !utf8.contains(UInt8(ascii: ",")), !Self.startsWithName(utf8, secondWordAt: space + 1)
    {
      return false
    }
    return true
  }

  /// Whether a sentence opening with an "-ing" word is a name at work rather than a participle
  /// phrase: "Erling Haaland scored", "Beijing said", but not "Moving into Gaza ...".
  static func startsWithName(_ utf8: [UInt8], secondWordAt start: Int) -> Bool {
    guard start < utf8.count else { return false }
    if utf8[start] &- 65 < 26 { return true }  // a capitalised second word: a full name
    var end = start
    while end < utf8.count, (utf8[end] | 0x20) &- 97 < 26 { end += 1 }
    return finiteVerbs.contains(String(decoding: utf8[start..<end], as: UTF8.self))
  }

  /// Verbs that follow a subject, so an "-ing" word before them is a name ("Beijing has").
  static let finiteVerbs: Set<String> = [
    "said", "says", "has", "had", "have", "is", "was", "were", "are", "will", "would", "could",
    "can", "may", "might", "must", "should", "announced", "reported", "confirmed", "denied",
    "accused", "warned", "urged", "agreed", "rejected", "launched", "scored", "won", "lost",
    "beat", "signed", "plans", "wants", "did", "does",
  ]

  /// Whether a sentence reports a reaction ("rejected", "warned", "welcomed").
  static func hasReactionCue(_ sentence: String) -> Bool {
    var lo: UInt64 = 0
    var hi: UInt64 = 0
    var length = 0
    for b in sentence.utf8 {
      if (b | 0x20) &- 97 < 26 {
        let c = UInt64(b | 0x20)
        if length < 8 {
          lo |= c << (8 * UInt64(length))
        } else if length < 16 {
          hi |= c << (8 * UInt64(length - 8))
        }
        length += 1
        continue
      }
      if length > 0, length <= 16, reactionKeys.contains(WordKey(lo: lo, hi: hi)) { return true }
      lo = 0
      hi = 0
      length = 0
    }
    return length > 0 && length <= 16 && reactionKeys.contains(WordKey(lo: lo, hi: hi))
  }

  private static let reactionKeys: Set<WordKey> = Set(reactionCues.compactMap { WordKey($0) })

  private static let reactionCues: Set<String> = [
    "reject", "rejected", "rejects", "rejecting", "responded", "respond", "responds", "denied",
    "denies", "condemned", "condemns", "welcomed", "welcomes", "warned", "warns", "appeared",
    "criticised", "criticized", "dismissed", "dismisses", "vowed", "vows", "refused", "refuses",
    "agreed", "accused", "accuses", "insisted", "countered", "slammed", "praised", "demanded",
    "urged", "retaliated", "reacted",
  ]

  /// The number of words in `text`, counting no further than `limit`.
  static func wordCount(_ text: String, atMost limit: Int = .max) -> Int {
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      var inWord = false
      for b in bytes {
        if count >= limit { return count }
        if b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\t") {
          inWord = false
        } else if !inWord {
          inWord = true
          count += 1
        }
      }
      return count
    }
  }

}
