/// Picks the one or two sentences that say what happened.
///
/// The lede is the first substantive sentence of the body: dateline paragraphs ("Thursday,
/// February 23, 2023"), bylines, captions, credits and very short paragraphs are skipped, a
/// wire dateline prefix ("WASHINGTON (Reuters) -") is stripped, and a sentence that opens with a
/// quotation or is a fragment is never chosen. A second sentence follows when the first is short,
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
      for (s, range) in paragraph.sentences.enumerated() {
        var sentence = paragraph.string(range)
        if first == nil, s == 0 { sentence = Self.strippingDatelinePrefix(sentence) }
        guard isSubstantive(sentence) else { continue }
        guard let lead = first else {
          first = (index, sentence)
          continue
        }
        if Self.wordCount(lead.sentence) < shortSentenceWords || Self.hasReactionCue(sentence) {
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
    if Self.wordCount(text) < 8 { return false }
    if FigureExtractor.isFurniture(paragraph.bytes) { return false }
    if paragraph.bytes.count < 80 {
      paragraph.bytes.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokens) }
      if dates.datelineDay(tokens) != nil { return false }
    }
    let lower = text.lowercased()
    if lower.hasPrefix("by "), Self.wordCount(text) < 14 { return false }
    for marker in Self.bylineMarkers where lower.contains(marker) { return false }
    if paragraph.sentences.count == 1,
      endsWithFullDate(paragraph, tokenizer: tokenizer, dates: dates, &tokens)
    {
      return false  // a caption: "X and Y during a meeting in Tel Aviv, Israel, November 3, 2023."
    }
    return true
  }

  private static let bylineMarkers = [
    "contributed to this report", "contributed reporting", "reporting by", "editing by",
    "writing by", "all rights reserved", "originally appeared on", "getty images",
    "via shutterstock", "via ap", "/ap", "/reuters", "/afp",
  ]

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
    guard Self.wordCount(sentence) >= 6, let firstByte = sentence.utf8.first else { return false }
    if firstByte == UInt8(ascii: "\"") || firstByte == UInt8(ascii: "'") { return false }
    if sentence.hasPrefix("“") || sentence.hasPrefix("‘") || sentence.hasPrefix("«")
      || sentence.hasPrefix("„")
    {
      return false
    }
    guard let last = sentence.utf8.last,
      last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
        || last == 0x9D || last == 0x99 || last == UInt8(ascii: "\"")
    else { return false }
    // "Moving into Gaza and strengthening efforts ... – laying out ..." has no subject.
    let firstWord = sentence.prefix { $0 != " " }
    if firstWord.hasSuffix("ing"), !sentence.contains(",") { return false }
    return true
  }

  /// Whether a sentence reports a reaction ("rejected", "warned", "welcomed").
  static func hasReactionCue(_ sentence: String) -> Bool {
    var word = ""
    for scalar in sentence.unicodeScalars {
      if scalar.properties.isAlphabetic {
        word.unicodeScalars.append(scalar)
      } else {
        if reactionCues.contains(word.lowercased()) { return true }
        word = ""
      }
    }
    return reactionCues.contains(word.lowercased())
  }

  private static let reactionCues: Set<String> = [
    "reject", "rejected", "rejects", "rejecting", "responded", "respond", "responds", "denied",
    "denies", "condemned", "condemns", "welcomed", "welcomes", "warned", "warns", "appeared",
    "criticised", "criticized", "dismissed", "dismisses", "vowed", "vows", "refused", "refuses",
    "agreed", "accused", "accuses", "insisted", "countered", "slammed", "praised", "demanded",
    "urged", "retaliated", "reacted",
  ]

  /// The sentence without a wire dateline: "WASHINGTON (Reuters) - ", "LONDON — ",
  /// "Evansville, Indiana, United States - ".
  static func strippingDatelinePrefix(_ sentence: String) -> String {
    let bytes = Array(sentence.utf8.prefix(120))
    var i = 0
    while i < bytes.count {
      // " - ", " — ", " – "
      var dashEnd = -1
      if bytes[i] == UInt8(ascii: " "), i + 2 < bytes.count {
        if bytes[i + 1] == UInt8(ascii: "-"), bytes[i + 2] == UInt8(ascii: " ") {
          dashEnd = i + 3
        } else if bytes[i + 1] == 0xE2, i + 4 < bytes.count, bytes[i + 2] == 0x80,
          bytes[i + 3] == 0x94 || bytes[i + 3] == 0x93, bytes[i + 4] == UInt8(ascii: " ")
        {
          dashEnd = i + 5
        }
      }
      if dashEnd > 0 {
        let prefix = String(decoding: bytes[0..<i], as: UTF8.self)
        guard isDatelinePrefix(prefix) else { return sentence }
        return String(decoding: Array(sentence.utf8).dropFirst(dashEnd), as: UTF8.self)
      }
      i += 1
    }
    return sentence
  }

  /// Whether text before a dash is a place and agency: every word capitalised or inside
  /// parentheses, at most eight words.
  private static func isDatelinePrefix(_ prefix: String) -> Bool {
    var inParens = false
    var words = 0
    for word in prefix.split(separator: " ") {
      words += 1
      if word.hasPrefix("(") { inParens = true }
      let letters = word.drop { !$0.isLetter && !$0.isNumber }
      if !inParens, let c = letters.first, c.isLetter, !c.isUppercase { return false }
      if word.hasSuffix(")") { inParens = false }
    }
    return words >= 1 && words <= 8
  }

  static func wordCount(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for b in text.utf8 {
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
