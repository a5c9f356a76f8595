/// Attributes an article's quotes, paragraph by paragraph in reading order, and finds indirect
/// speech.
///
/// A quote takes, in order of preference:
/// 1. the attribution right after it (“...,” Blinken said / “...,” said Elham Fakhro, ...);
/// 2. the nearest reporting verb before it in its sentence (Kirby said: “...”; Blinken said
///    mitigating harm would be “very much on the agenda.”; with Boswell stating: “...”);
/// 3. a reporting verb after it in its sentence, or "according to X";
/// 4. for a quote that stands as its own sentence: the attribution of a quote right after it
///    (“...” “...,” Blinken said), else whoever last spoke or was the subject in the paragraph;
/// 5. for a quote that opens a paragraph: the speaker of the previous paragraph's closing quote
///    (a quote over several paragraphs, or a quote-only paragraph after an attributed quote).
struct QuoteAttributor {
  var resolver: SpeakerResolver
  private(set) var quotes: [KeyQuote] = []
  private var sentenceSerial = 0
  /// Who a paragraph that opens with a quote may inherit from the previous paragraph.
  private var previousTail: Attribution? = nil
  /// The speaker of the previous paragraph's last quote, for quotes that run on.
  private var previousLastQuote: Attribution? = nil

  struct Attribution {
    var speaker: Speaker?
    var cue: String?
  }

  init(resolver: SpeakerResolver) {
    self.resolver = resolver
  }

  /// Finds and attributes the quotes of one paragraph.
  mutating func attribute(_ paragraph: QuotedParagraph, bytes: UnsafeBufferPointer<UInt8>) {
    var pass = ParagraphPass(
      reader: NameMention(paragraph: paragraph, bytes: bytes), inventory: resolver.inventory,
      firstSerial: sentenceSerial)
    pass.run(
      resolver: &resolver, previousTail: previousTail, previousLastQuote: previousLastQuote,
      into: &quotes)
    sentenceSerial += paragraph.sentences.count
    previousTail = pass.tail
    previousLastQuote = pass.lastQuote ?? (paragraph.spans.isEmpty ? nil : previousLastQuote)
    if paragraph.spans.isEmpty && pass.tail == nil { previousLastQuote = nil }
  }
}

/// The attribution work on one paragraph.
private struct ParagraphPass {
  let reader: NameMention
  let firstSerial: Int
  let finder: CueFinder
  var cues: [[Cue]]
  /// Resolved cue speakers by cue token.
  var cueSpeakers: [Int: Speaker?] = [:]
  var subjects: [Speaker?]
  var tail: QuoteAttributor.Attribution? = nil
  var lastQuote: QuoteAttributor.Attribution? = nil
  /// Attribution of each quote of the paragraph, once known.
  var attributed: [QuoteAttributor.Attribution?]

  var paragraph: QuotedParagraph { reader.paragraph }
  var tokens: [TextToken] { reader.tokens }

  init(reader: NameMention, inventory: SpeakerInventory, firstSerial: Int) {
    self.reader = reader
    self.firstSerial = firstSerial
    finder = CueFinder(reader: reader, inventory: inventory)
    let count = reader.paragraph.sentences.count
    var cues: [[Cue]] = []
    cues.reserveCapacity(count)
    for s in 0..<count { cues.append(finder.cues(inSentence: s)) }
    self.cues = cues
    subjects = Array(repeating: nil, count: count)
    attributed = Array(repeating: nil, count: reader.paragraph.spans.count)
  }

  mutating func run(
    resolver: inout SpeakerResolver, previousTail: QuoteAttributor.Attribution?,
    previousLastQuote: QuoteAttributor.Attribution?, into quotes: inout [KeyQuote]
  ) {
    let spans = paragraph.spans
    var nextSpan = 0
    for s in paragraph.sentences.indices {
      let serial = firstSerial + s
      noteSubject(of: s, resolver: &resolver)
      for c in cues[s].indices {
        if let speaker = speaker(ofCue: s, c, resolver: &resolver) {
          let at = cues[s][c].phrase?.lowerBound ?? cues[s][c].token
          resolver.note(speaker, position: position(at), sentence: serial, weight: 2)
        }
      }
      let range = paragraph.sentences[s]
      var hasQuote = false
      while nextSpan < spans.count, max(spans[nextSpan].open, 0) < range.upperBound {
        hasQuote = true
        let q = nextSpan
        nextSpan += 1
        let attribution = attribute(
          q, sentence: s, resolver: &resolver, previousTail: previousTail,
          previousLastQuote: previousLastQuote)
        attributed[q] = attribution.attribution
        if let quote = keyQuote(q, attribution: attribution) {
          quotes.append(quote)
          if let speaker = quote.speaker.flatMap({ _ in attribution.attribution.speaker }) {
            resolver.note(
              speaker, position: position(max(spans[q].open, 0)), sentence: serial, weight: 2)
          }
        }
        lastQuote = attribution.attribution
      }
      if !hasQuote, let quote = indirect(in: s, resolver: &resolver) {
        quotes.append(quote)
      }
      if s == paragraph.sentences.count - 1 {
        tail = tailAttribution(lastSentence: s, hasQuote: hasQuote)
      }
    }
  }

  private func position(_ token: Int) -> Int {
    SpeakerInventory.position(paragraph.index, token)
  }

  // MARK: - Subjects and cues

  /// Notes the subject of sentence `s` ("Harry Kane won the award.") for later pronouns.
  private mutating func noteSubject(of s: Int, resolver: inout SpeakerResolver) {
    let range = paragraph.sentences[s]
    var k = range.lowerBound
    guard k < range.upperBound, tokens[k].kind == .word else { return }
    let serial = firstSerial + s
    if NameWords.adverbialOpeners.contains(tokens[k].hash) {
      let isFor = tokens[k].hash == NameWords.forWord
      var comma = k + 1
      while comma < range.upperBound, comma < k + 16, tokens[comma].kind != .comma,
        paragraph.quoteOf[comma] < 0
      {
        comma += 1
      }
      guard comma < range.upperBound, tokens[comma].kind == .comma else { return }
      // "For Kevin Allton, Warhol was also a legend": the name is a source.
      if isFor, let phrase = reader.phraseForward(startingAt: k + 1, limit: comma),
        phrase.upperBound == comma,
        let speaker = resolver.resolve(phrase, in: reader, sentence: serial),
        speaker.kind == .person
      {
        resolver.note(speaker, position: position(phrase.lowerBound), sentence: serial, weight: 2)
      }
      k = comma + 1
    }
    guard let phrase = reader.phraseForward(startingAt: k, limit: range.upperBound),
      phrase.upperBound < range.upperBound
    else { return }
    let next = tokens[phrase.upperBound]
    guard next.kind == .comma || next.isLowercaseWord else { return }
    if next.isLowercaseWord, NameWords.function.contains(next.hash),
      !ReportingVerbs.betweenSubjectAndVerb.contains(next.hash)
    {
      return
    }
    guard let speaker = resolver.resolve(phrase, in: reader, sentence: serial) else { return }
    subjects[s] = speaker
    resolver.note(speaker, position: position(phrase.lowerBound), sentence: serial, weight: 1)
  }

  /// The speaker of cue `c` of sentence `s`, resolved once.
  private mutating func speaker(ofCue s: Int, _ c: Int, resolver: inout SpeakerResolver) -> Speaker?
  {
    let cue = cues[s][c]
    if let cached = cueSpeakers[cue.token] { return cached }
    var speaker: Speaker? = nil
    if let phrase = cue.phrase {
      speaker = resolver.resolve(phrase, in: reader, sentence: firstSerial + s)
      if speaker?.role == nil, speaker?.kind == .person { speaker?.role = cue.role }
    } else if cue.inheritsSpeaker {
      speaker = mainSpeaker(of: s, before: cue.token, resolver: &resolver)
    }
    cueSpeakers[cue.token] = .some(speaker)
    return speaker
  }

  /// The sentence's main speaker before `token`: its first reporting verb's speaker, else its
  /// subject.
  private mutating func mainSpeaker(
    of s: Int, before token: Int, resolver: inout SpeakerResolver
  ) -> Speaker? {
    for c in cues[s].indices where cues[s][c].token < token && !cues[s][c].inheritsSpeaker {
      if let speaker = speaker(ofCue: s, c, resolver: &resolver) { return speaker }
    }
    if let subject = subjects[s], subject.kind != .unknown || cues[s].isEmpty == false {
      return subject
    }
    return nil
  }

  // MARK: - Quotes

  private struct Found {
    var attribution: QuoteAttributor.Attribution
    /// Whether a reporting verb in the quote's own sentence names the speaker.
    var hasCue: Bool
  }

  private mutating func attribute(
    _ q: Int, sentence s: Int, resolver: inout SpeakerResolver,
    previousTail: QuoteAttributor.Attribution?, previousLastQuote: QuoteAttributor.Attribution?
  ) -> Found {
    let span = paragraph.spans[q]
    if let (cs, c) = ownCue(q, home: s) {
      let speaker = self.speaker(ofCue: cs, c, resolver: &resolver)
      return Found(
        attribution: .init(speaker: speaker, cue: cues[cs][c].text), hasCue: speaker != nil)
    }
    if span.continuesPrevious, let previousLastQuote {
      return Found(attribution: previousLastQuote, hasCue: true)
    }
    let opensSentence = max(span.open, 0) == paragraph.sentences[s].lowerBound
    guard opensSentence else { return Found(attribution: .init(), hasCue: false) }
    // “A number of questions...” “Pauses ...,” Blinken said.
    if span.close >= 0, q + 1 < paragraph.spans.count, paragraph.spans[q + 1].open == span.close + 1,
      let (cs, c) = postCue(q + 1)
    {
      let speaker = self.speaker(ofCue: cs, c, resolver: &resolver)
      return Found(attribution: .init(speaker: speaker, cue: cues[cs][c].text), hasCue: true)
    }
    if let speaker = resolver.recentSpeaker(
      inParagraph: paragraph.index, before: position(max(span.open, 0)), weight: 1)
    {
      return Found(attribution: .init(speaker: speaker, cue: nil), hasCue: true)
    }
    if span.open <= 0, let previousTail {
      return Found(attribution: previousTail, hasCue: true)
    }
    return Found(attribution: .init(), hasCue: false)
  }

  /// The cue of a quote in its own sentence.
  private func ownCue(_ q: Int, home: Int) -> (Int, Int)? {
    if let post = postCue(q) { return post }
    let span = paragraph.spans[q]
    let list = cues[home]
    if let c = list.firstIndex(where: { $0.kind == .sourcing }) { return (home, c) }
    let open = max(span.open, 0)
    if let c = list.lastIndex(where: { $0.token < open && hasSpeaker($0) }) { return (home, c) }
    if span.close >= 0 {
      if let c = list.firstIndex(where: { $0.token > span.close && hasSpeaker($0) }) {
        return (home, c)
      }
    }
    return nil
  }

  private func hasSpeaker(_ cue: Cue) -> Bool { cue.phrase != nil || cue.inheritsSpeaker }

  /// The attribution right after a quote: “...,” Blinken said / said Blinken.
  private func postCue(_ q: Int) -> (Int, Int)? {
    let span = paragraph.spans[q]
    guard span.close >= 0 else { return nil }
    var a = span.close + 1
    while a < tokens.count, tokens[a].kind == .comma || tokens[a].kind == .dash { a += 1 }
    guard a < tokens.count, paragraph.quoteOf[a] < 0, !tokens[a].isQuoteMark else { return nil }
    let s = Int(paragraph.sentenceOf[a])
    for (c, cue) in cues[s].enumerated() where cue.token >= a {
      if cue.isInverted, cue.kind == .finite, cue.token == a { return (s, c) }
      if !cue.isInverted, cue.phrase != nil, cue.consumedFrom == a { return (s, c) }
      return nil
    }
    return nil
  }

  /// The speaker a paragraph that opens with a quote may inherit from this one.
  private func tailAttribution(lastSentence s: Int, hasQuote: Bool) -> QuoteAttributor.Attribution?
  {
    if hasQuote, let last = attributed.last, let last { return last.speaker == nil ? nil : last }
    let range = paragraph.sentences[s]
    let endsWithColon = range.upperBound > 0 && tokens[range.upperBound - 1].kind == .colon
    if let speaker = cueSpeakers.values.compactMap({ $0 }).first, !cues[s].isEmpty || endsWithColon
    {
      return .init(speaker: speaker, cue: nil)
    }
    return nil
  }

  // MARK: - Building quotes

  private func keyQuote(_ q: Int, attribution found: Found) -> KeyQuote? {
    let span = paragraph.spans[q]
    let innerStart = span.firstInner
    let innerEnd = span.innerEnd(tokenCount: tokens.count)
    var words = 0
    var capitalised = 0
    var small = 0
    var k = innerStart
    while k < innerEnd {
      let t = tokens[k]
      if t.kind == .word {
        words += 1
        if t.isCapitalised || t.flags.contains(.number) {
          capitalised += 1
        } else if Self.titleSmallWords.contains(t.hash) {
          small += 1
        }
      }
      k += 1
    }
    guard words > 0 else { return nil }
    // Titles of works, names and nicknames: "Better Idea of Afghan Girls", "Robogee".
    if capitalised > 0, capitalised + small == words, words <= 8, !found.hasCue || words <= 4 {
      return nil
    }
    // Scare quotes: a short fragment no reporting verb introduces.
    if words <= 4, !found.hasCue { return nil }
    let text = quoteText(span)
    guard !text.isEmpty else { return nil }
    let kind = self.kind(of: span, words: words)
    let speaker = found.attribution.speaker
    return KeyQuote(
      text: text, speaker: speaker?.name, role: speaker?.role, cue: found.attribution.cue,
      kind: kind, paragraph: paragraph.index)
  }

  static let titleSmallWords = WordHash.set([
    "of", "and", "the", "a", "an", "in", "on", "for", "to", "at", "by", "with", "from", "or", "de",
    "la", "le", "du", "von", "van", "&",
  ])

  /// A whole statement is direct; a few words woven into the reporter's sentence are partial.
  private func kind(of span: QuoteSpan, words: Int) -> KeyQuote.Kind {
    if span.open <= 0 || span.continuesPrevious { return .direct }
    let before = span.open - 1
    let first = tokens[span.firstInner]
    let startsLower = first.isLowercaseWord
    let prev = tokens[before]
    if prev.kind == .colon || prev.kind == .comma { return words <= 3 ? .partial : .direct }
    if prev.kind == .word {
      let isCue =
        ReportingVerbs.finite.contains(prev.hash) || ReportingVerbs.participle.contains(prev.hash)
      if isCue && words > 3 { return .direct }
      return .partial
    }
    if words <= 3 || startsLower { return .partial }
    return .direct
  }

  /// The words inside the marks, trimmed, without a trailing comma.
  private func quoteText(_ span: QuoteSpan) -> String {
    let bytes = reader.bytes
    var start = span.open < 0 ? 0 : Int(tokens[span.open].end)
    var end = span.close < 0 ? bytes.count : Int(tokens[span.close].start)
    while start < end, isSpace(bytes[start]) { start += 1 }
    while end > start, isSpace(bytes[end - 1]) || bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }

  private func isSpace(_ c: UInt8) -> Bool {
    c == UInt8(ascii: " ") || c == 0x0A || c == 0x09 || c == 0x0D
  }

  // MARK: - Indirect speech

  /// Verbs that report speech reliably enough for indirect quotes.
  static let indirectVerbs = WordHash.set([
    "said", "says", "told", "tells", "added", "adds", "explained", "explains", "warned", "warns",
    "argued", "argues", "insisted", "insists", "stated", "announced", "announces", "noted",
    "claimed", "claims", "confirmed", "confirms", "denied", "denies", "acknowledged", "admitted",
    "stressed", "emphasised", "emphasized", "wrote", "writes", "predicted", "predicts",
    "estimated", "believes", "maintained", "maintains", "reported", "suggested", "suggests",
  ])

  /// "Blinken said that the pause was necessary ..." or "The pause was necessary, Blinken said."
  private mutating func indirect(in s: Int, resolver: inout SpeakerResolver) -> KeyQuote? {
    let range = paragraph.sentences[s]
    for (c, cue) in cues[s].enumerated() {
      guard cue.kind == .finite, let phrase = cue.phrase, !cue.isInverted,
        Self.indirectVerbs.contains(tokens[cue.token].hash)
      else { continue }
      let clauseStart = cue.consumedFrom == range.lowerBound
        || (cue.consumedFrom > range.lowerBound && tokens[cue.consumedFrom - 1].kind == .comma)
      guard clauseStart, let speaker = speaker(ofCue: s, c, resolver: &resolver),
        speaker.kind != .unknown || phrase.count > 1
      else { continue }
      var end = range.upperBound
      while end > range.lowerBound, !tokens[end - 1].isWord { end -= 1 }
      // "The pause was necessary, Blinken said."
      if cue.consumedFrom > range.lowerBound {
        var after = cue.token + 1
        while after < range.upperBound, tokens[after].isWord || tokens[after].kind == .comma {
          after += 1
          if after > cue.token + 5 { break }
        }
        guard after >= range.upperBound - 1 || tokens[after].isTerminal else { continue }
        return indirectQuote(range.lowerBound..<(cue.consumedFrom - 1), speaker: speaker, cue: cue)
      }
      var k = cue.token + 1
      if ReportingVerbs.withAudience.contains(tokens[cue.token].hash) {
        guard let audience = reader.phraseForward(startingAt: k, limit: range.upperBound) else {
          continue
        }
        k = audience.upperBound
      }
      // "... said on Friday that ..."
      var j = k
      while j < range.upperBound, j < k + 6, tokens[j].isWord {
        if tokens[j].hash == Self.that {
          k = j + 1
          break
        }
        j += 1
      }
      guard k < end, tokens[k].isWord, !Self.notClauseOpeners.contains(tokens[k].hash) else {
        continue
      }
      return indirectQuote(k..<end, speaker: speaker, cue: cue)
    }
    return nil
  }

  static let that = WordHash.hash("that")
  static let notClauseOpeners = WordHash.set([
    "to", "so", "nothing", "yes", "no", "in", "on", "at", "by", "with", "of", "for", "from", "as",
    "about", "goodbye", "hello", "sorry", "thanks", "it", "this",
  ])

  private func indirectQuote(_ range: Range<Int>, speaker: Speaker, cue: Cue) -> KeyQuote? {
    var words = 0
    for k in range where tokens[k].isWord { words += 1 }
    guard words >= 6, !range.isEmpty else { return nil }
    let text = reader.text(range.lowerBound..<range.upperBound)
    return KeyQuote(
      text: text, speaker: speaker.name, role: speaker.role, cue: cue.text, kind: .indirect,
      paragraph: paragraph.index)
  }
}
