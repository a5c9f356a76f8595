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
  /// How many paragraphs the article has, for the salience of a quote's position.
  let paragraphCount: Int
  private(set) var quotes: [KeyQuote] = []
  private var sentenceSerial = 0
  /// Who a paragraph that opens with a quote may inherit from the previous paragraph.
  private var previousTail: Attribution? = nil
  /// The speaker of the previous paragraph's last quote, for quotes that run on.
  private var previousLastQuote: Attribution? = nil
  /// Quotes without a speaker that run on into the next paragraph (an opening mark and no
  /// closing one), waiting for the speaker a later paragraph of the same quote names.
  private var unattributedRun: [Int] = []

  struct Attribution {
    var speaker: Speaker?
    var cue: String?
  }

  init(resolver: SpeakerResolver, paragraphCount: Int) {
    self.resolver = resolver
    self.paragraphCount = paragraphCount
  }

  /// Finds and attributes the quotes of one paragraph, whose text starts after a wire dateline
  /// at `datelineEnd`.
  mutating func attribute(
    _ paragraph: QuotedParagraph, bytes: UnsafeBufferPointer<UInt8>, datelineEnd: Int = 0
  ) {
    let mayCue =
      paragraph.hasMarks
      || !paragraph.classes.intersection([.finiteCue, .participleCue, .according, .sourcing])
        .isEmpty
    var pass = ParagraphPass(
      reader: NameMention(paragraph: paragraph, bytes: bytes), inventory: resolver.inventory,
      firstSerial: sentenceSerial, paragraphCount: paragraphCount, mayCue: mayCue)
    pass.datelineEnd = datelineEnd
    let first = quotes.count
    pass.run(
      resolver: &resolver, previousTail: previousTail, previousLastQuote: previousLastQuote,
      into: &quotes)
    attributeRunningQuote(paragraph, from: first)
    sentenceSerial += paragraph.sentences.count
    previousTail = pass.tail
    previousLastQuote = pass.lastQuote ?? (paragraph.spans.isEmpty ? nil : previousLastQuote)
    if paragraph.spans.isEmpty && pass.tail == nil { previousLastQuote = nil }
  }
}

extension QuoteAttributor {
  /// “We have worked on this for ten years. ¶ “But today it works,” said Dr Gonzalez: a quote
  /// that runs over paragraphs takes, in its earlier paragraphs, the speaker a later one names.
  fileprivate mutating func attributeRunningQuote(_ paragraph: QuotedParagraph, from first: Int) {
    let continues = paragraph.spans.first?.continuesPrevious ?? false
    if !continues { unattributedRun.removeAll() }
    if continues, first < quotes.count, let speaker = quotes[first].speaker {
      for index in unattributedRun where quotes[index].speaker == nil {
        quotes[index].speaker = speaker
        quotes[index].role = quotes[first].role
        quotes[index].cue = quotes[first].cue
        quotes[index].salience = QuoteRanker().salience(
          of: quotes[index], paragraphCount: paragraphCount)
      }
      unattributedRun.removeAll()
    }
    if let last = paragraph.spans.last, last.close < 0, quotes.count > first,
      quotes[quotes.count - 1].speaker == nil
    {
      unattributedRun.append(quotes.count - 1)
    }
  }
}

/// The attribution work on one paragraph.
private struct ParagraphPass {
  let reader: NameMention
  let tokens: Tokens
  let spans: [QuoteSpan]
  let sentences: [Range<Int>]
  let firstSerial: Int
  let paragraphCount: Int
  /// The cues of all sentences in order; those of sentence `s` are `cueStart[s]..<cueStart[s+1]`.
  let cues: [Cue]
  let cueStart: [Int]
  /// Resolved cue speakers, aligned with `cues` (nil: not resolved yet).
  /// Speakers resolved in this paragraph; `cueSpeakers` and `subjects` index into it.
  var speakers: [Speaker] = []
  /// For each cue: its speaker's index in `speakers`, -1 for none, -2 while unresolved.
  var cueSpeakers: [Int32]
  /// For each sentence: its subject's index in `speakers`, or -1.
  var subjects: [Int32]
  var tail: QuoteAttributor.Attribution? = nil
  var lastQuote: QuoteAttributor.Attribution? = nil
  /// Attribution of each quote of the paragraph, once known.
  var lastAttribution: QuoteAttributor.Attribution? = nil
  /// Where the paragraph's text starts after a wire dateline.
  var datelineEnd = 0

  /// `mayCue` says whether the paragraph has a quotation mark or a reporting verb; without
  /// either, only its subjects are noted.
  init(
    reader: NameMention, inventory: SpeakerInventory, firstSerial: Int, paragraphCount: Int,
    mayCue: Bool
  ) {
    self.reader = reader
    self.paragraphCount = paragraphCount
    tokens = reader.tokens
    spans = reader.spans
    sentences = reader.sentences
    self.firstSerial = firstSerial
    let count = reader.sentences.count
    var cues: [Cue] = []
    var cueStart: [Int] = []
    if mayCue {
      let finder = CueFinder(reader: reader, inventory: inventory)
      cueStart.reserveCapacity(count + 1)
      for s in 0..<count {
        cueStart.append(cues.count)
        finder.appendCues(inSentence: s, to: &cues)
      }
      cueStart.append(cues.count)
    }
    self.cues = cues
    self.cueStart = cueStart
    cueSpeakers = Array(repeating: -2, count: cues.count)
    subjects = Array(repeating: -1, count: count)
  }

  /// The indices of the cues of sentence `s`.
  private func cues(of s: Int) -> Range<Int> {
    cueStart.isEmpty ? 0..<0 : cueStart[s]..<cueStart[s + 1]
  }

  mutating func run(
    resolver: inout SpeakerResolver, previousTail: QuoteAttributor.Attribution?,
    previousLastQuote: QuoteAttributor.Attribution?, into quotes: inout [KeyQuote]
  ) {
    if spans.isEmpty, let quote = transcriptLine(resolver: &resolver) {
      quotes.append(quote)
      return
    }
    var nextSpan = 0
    for s in sentences.indices {
      let serial = firstSerial + s
      noteSubject(of: s, resolver: &resolver)
      for c in cues(of: s) {
        if let speaker = speaker(ofCue: c, resolver: &resolver) {
          let at = cues[c].phrase?.lowerBound ?? cues[c].token
          resolver.note(speaker, position: position(at), sentence: serial, weight: 2)
        }
      }
      let range = sentences[s]
      var hasQuote = false
      while nextSpan < spans.count, max(spans[nextSpan].open, 0) < range.upperBound {
        hasQuote = true
        let q = nextSpan
        nextSpan += 1
        let attribution = attribute(
          q, sentence: s, resolver: &resolver, previousTail: previousTail,
          previousLastQuote: previousLastQuote)
        lastAttribution = attribution.attribution
        if let quote = keyQuote(q, attribution: attribution) {
          quotes.append(quote)
          if let speaker = attribution.attribution.speaker {
            resolver.note(
              speaker, position: position(max(spans[q].open, 0)), sentence: serial, weight: 2)
          }
        }
        lastQuote = attribution.attribution
      }
      if !hasQuote, let quote = indirect(in: s, resolver: &resolver) {
        quotes.append(quote)
      }
      if s == sentences.count - 1 {
        tail = tailAttribution(lastSentence: s, hasQuote: hasQuote)
      }
    }
  }

  private func position(_ token: Int) -> Int {
    SpeakerInventory.position(reader.index, token)
  }

  /// "Jane Doe: I have lived in this city for 30 years.": a line of an interview's transcript,
  /// a person's name and a colon before their words, is a direct quote.
  private mutating func transcriptLine(resolver: inout SpeakerResolver) -> KeyQuote? {
    var colon = 0
    while colon < tokens.count, colon < 5, reader.isNameWord(colon) { colon += 1 }
    guard colon >= 1, colon < 5, colon + 1 < tokens.count, tokens[colon].kind == .colon,
      let found = reader.personName(in: 0..<colon), found.name.upperBound == colon,
      let speaker = resolver.resolve(0..<colon, in: reader, sentence: firstSerial),
      speaker.kind == .person, found.isPerson || speaker.person != nil
    else { return nil }
    var words = 0
    for k in (colon + 1)..<tokens.count where tokens[k].kind == .word { words += 1 }
    guard words >= 4 else { return nil }
    var quote = KeyQuote(
      text: reader.text((colon + 1)..<tokens.count), speaker: speaker.name, role: speaker.role,
      cue: nil, kind: .direct, paragraph: reader.index)
    quote.salience = QuoteRanker().salience(
      of: quote, words: words, paragraphCount: paragraphCount)
    resolver.note(speaker, position: position(0), sentence: firstSerial, weight: 2)
    return quote
  }

  // MARK: - Subjects and cues

  /// Notes the subject of sentence `s` ("Harry Kane won the award.") for later pronouns.
  private mutating func noteSubject(of s: Int, resolver: inout SpeakerResolver) {
    let range = sentences[s]
    var k = range.lowerBound
    guard k < range.upperBound, tokens[k].kind == .word else { return }
    if s == 0 {
      let body = datelineEnd
      while k < range.upperBound, Int(tokens[k].start) < body { k += 1 }
      guard k < range.upperBound else { return }
    }
    // "Former England defender Gary Neville was scathing": the name phrase follows the
    // qualifier (which the role keeps).
    if k + 1 < range.upperBound, SpeakerInventory.roleQualifiers.contains(tokens[k].hash) {
      k += 1
    } else if k + 2 < range.upperBound, tokens[k].has(.commonCapitalised),
      !tokens[k].has([.determiner, .subjectPronoun]), tokens[k + 1].isLowercaseWord,
      tokens[k + 1].has([.roleNoun, .title]), reader.isNameWord(k + 2)
    {
      // "Local councillor Tom Briggs was furious": a common adjective before a role and name.
      k += 1
    }
    let serial = firstSerial + s
    if tokens[k].has(.adverbialOpener) {
      let isFor = tokens[k].has(.forWord)
      var comma = k + 1
      while comma < range.upperBound, comma < k + 16, tokens[comma].kind != .comma,
        tokens[comma].quote < 0
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
    // "Her neighbour, retired teacher John Perry, was ...": past a possessive, a role noun.
    let possessive =
      tokens[k].kind == .word && tokens[k].has(.possessivePronoun) && !tokens[k].has(.determiner)
    if possessive { k += 1 }
    guard k < range.upperBound,
      let phrase = reader.phraseForward(startingAt: k, limit: range.upperBound),
      phrase.upperBound < range.upperBound
    else { return }
    let next = tokens[phrase.upperBound]
    guard next.kind == .comma || next.isLowercaseWord else { return }
    // "The education secretary, Gillian Keegan, hit back": the appositive names the subject.
    if next.kind == .comma,
      let name = appositiveName(after: phrase, limit: range.upperBound),
      var speaker = resolver.resolve(name, in: reader, sentence: serial)
    {
      if speaker.kind == .unknown, reader.isDescriptionHead(phrase.upperBound - 1) {
        speaker.kind = .person
      }
      if speaker.kind == .person, speaker.role == nil {
        speaker.role = reader.roleText(phrase)
      }
      subjects[s] = Int32(speakers.count)
      speakers.append(speaker)
      resolver.note(speaker, position: position(name.lowerBound), sentence: serial, weight: 1)
      return
    }
    if possessive { return }
    // "Biden and Kirby", "the leader of ...": the phrase is not the whole subject.
    if next.isLowercaseWord,
      next.has([.titleConnector, .and, .that])
        || (next.has(.asideOpener) && !next.has(.betweenSubjectAndVerb))
    {
      return
    }
    if let speaker = resolver.resolve(phrase, in: reader, sentence: serial) {
      subjects[s] = Int32(speakers.count)
      speakers.append(speaker)
      resolver.note(speaker, position: position(phrase.lowerBound), sentence: serial, weight: 1)
    }
    noteInterviewee(after: phrase, limit: range.upperBound, sentence: serial, resolver: &resolver)
  }

  /// Notes the person a subject "spoke to" or "interviewed" as a source: in "The BBC spoke to
  /// Ahmed Ali, a taxi driver. “It's terrible,” he said." Ahmed Ali says it.
  private mutating func noteInterviewee(
    after phrase: Range<Int>, limit: Int, sentence serial: Int, resolver: inout SpeakerResolver
  ) {
    var k = phrase.upperBound
    guard k + 1 < limit, tokens[k].isLowercaseWord, Self.interviewVerbs.contains(tokens[k].hash)
    else { return }
    k += 1
    if tokens[k].isLowercaseWord, Self.interviewLinks.contains(tokens[k].hash) { k += 1 }
    guard let object = reader.phraseForward(startingAt: k, limit: limit),
      let speaker = resolver.resolve(object, in: reader, sentence: serial),
      speaker.kind == .person
    else { return }
    resolver.note(speaker, position: position(object.lowerBound), sentence: serial, weight: 2)
  }

  private static let interviewVerbs: Set<UInt64> = WordHash.set([
    "spoke", "spoken", "talked", "interviewed",
  ])
  private static let interviewLinks: Set<UInt64> = WordHash.set(["to", "with"])

  /// The name in an appositive right after `phrase`, when a verb follows it: ", retired teacher
  /// John Perry, was", ", Gillian Keegan, hit back".
  private func appositiveName(after phrase: Range<Int>, limit: Int) -> Range<Int>? {
    let start = phrase.upperBound + 1
    guard start < limit,
      let name = reader.phraseForward(startingAt: start, limit: limit),
      name.upperBound + 1 < limit, tokens[name.upperBound].kind == .comma
    else { return nil }
    // "Her husband, Piotr Kowalski, a former miner, nods": past a second appositive.
    var verb = name.upperBound + 1
    if tokens[verb].isLowercaseWord, tokens[verb].has(.determiner), !tokens[verb].has(.the) {
      var comma = verb + 1
      while comma < limit, comma < verb + 12, tokens[comma].kind == .word { comma += 1 }
      if comma + 1 < limit, tokens[comma].kind == .comma { verb = comma + 1 }
    }
    guard tokens[verb].isLowercaseWord,
      !tokens[verb].has([.asideOpener, .and, .determiner, .relative])
        || tokens[verb].has(.betweenSubjectAndVerb),
      reader.isNameWord(name.upperBound - 1),
      let run = reader.runBackward(endingAt: name.upperBound - 1, limit: name.lowerBound),
      let found = reader.personName(in: run)
    else { return nil }
    return found.isPerson || reader.isDescriptionHead(phrase.upperBound - 1)
      ? name : nil
  }

  /// The speaker of cue `c`, resolved once.
  private mutating func speaker(ofCue c: Int, resolver: inout SpeakerResolver) -> Speaker? {
    let cached = cueSpeakers[c]
    if cached >= 0 { return speakers[Int(cached)] }
    if cached == -1 { return nil }
    let cue = cues[c]
    let s = Int(tokens[cue.token].sentence)
    var speaker: Speaker? = nil
    if let phrase = cue.phrase {
      speaker = resolver.resolve(phrase, in: reader, sentence: firstSerial + s)
      if speaker?.role == nil, speaker?.kind == .person, cue.role != speaker?.name {
        speaker?.role = cue.role
      }
      // "John Smith and Mary Jones said": both, in the order written.
      if let partner = cue.partner, let first = speaker, first.kind == .person,
        let second = resolver.resolve(partner, in: reader, sentence: firstSerial + s),
        second.kind == .person, second.name != first.name
      {
        let names = partner.lowerBound < phrase.lowerBound ? (second, first) : (first, second)
        speaker = Speaker(
          name: names.0.name + " and " + names.1.name, role: nil, kind: .group, person: nil)
      }
    } else if cue.inheritsSpeaker {
      speaker = mainSpeaker(of: s, before: cue.token, resolver: &resolver)
    }
    if let speaker {
      cueSpeakers[c] = Int32(speakers.count)
      speakers.append(speaker)
    } else {
      cueSpeakers[c] = -1
    }
    return speaker
  }

  /// The sentence's main speaker before `token`: its first reporting verb's speaker, else its
  /// subject.
  private mutating func mainSpeaker(
    of s: Int, before token: Int, resolver: inout SpeakerResolver
  ) -> Speaker? {
    for c in cues(of: s) where cues[c].token < token && !cues[c].inheritsSpeaker {
      if let speaker = speaker(ofCue: c, resolver: &resolver) { return speaker }
    }
    if subjects[s] >= 0, case let subject = speakers[Int(subjects[s])],
      subject.kind != .unknown || !cues(of: s).isEmpty
    {
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
    let span = spans[q]
    if let c = ownCue(q, home: s) {
      let speaker = self.speaker(ofCue: c, resolver: &resolver)
      // A reporting verb right after the quote makes it a quote even when its speaker is unknown.
      return Found(
        attribution: .init(speaker: speaker, cue: cues[c].text(reader)),
        hasCue: speaker != nil || postCue(q) == c)
    }
    if span.continuesPrevious, let previousLastQuote {
      return Found(attribution: previousLastQuote, hasCue: true)
    }
    // "Asked about the title race, Guardiola was cautious: “There are ...”": the subject of the
    // clause the colon ends speaks.
    if span.open > 0, tokens[span.open - 1].kind == .colon, subjects[s] >= 0 {
      let subject = speakers[Int(subjects[s])]
      if subject.kind != .document, subject.kind != .unknown || subject.name.utf8.count > 2 {
        return Found(attribution: .init(speaker: subject, cue: nil), hasCue: true)
      }
    }
    let opensSentence = max(span.open, 0) == sentences[s].lowerBound
    guard opensSentence else { return Found(attribution: .init(), hasCue: false) }
    // “A number of questions...” “Pauses ...,” Blinken said.
    if span.close >= 0, q + 1 < spans.count, spans[q + 1].open == span.close + 1,
      let c = postCue(q + 1)
    {
      let speaker = self.speaker(ofCue: c, resolver: &resolver)
      return Found(attribution: .init(speaker: speaker, cue: cues[c].text(reader)), hasCue: true)
    }
    if let speaker = resolver.recentSpeaker(
      inParagraph: reader.index, before: position(max(span.open, 0)), weight: 1)
    {
      return Found(attribution: .init(speaker: speaker, cue: nil), hasCue: true)
    }
    if span.open <= 0, let previousTail {
      return Found(attribution: previousTail, hasCue: true)
    }
    return Found(attribution: .init(), hasCue: false)
  }

  /// The cue of a quote in its own sentence.
  private func ownCue(_ q: Int, home: Int) -> Int? {
    if let post = postCue(q) { return post }
    let span = spans[q]
    let list = cues(of: home)
    if let c = list.first(where: { cues[$0].kind == .sourcing }) { return c }
    let open = max(span.open, 0)
    if let c = list.last(where: { cues[$0].token < open && hasSpeaker(cues[$0]) }) { return c }
    if span.close >= 0 {
      if let c = list.first(where: { cues[$0].token > span.close && hasSpeaker(cues[$0]) }) {
        return c
      }
    }
    return nil
  }

  private func hasSpeaker(_ cue: Cue) -> Bool { cue.phrase != nil || cue.inheritsSpeaker }

  /// The attribution right after a quote: “...,” Blinken said / said Blinken.
  private func postCue(_ q: Int) -> Int? {
    let span = spans[q]
    guard span.close >= 0 else { return nil }
    var a = span.close + 1
    while a < tokens.count, tokens[a].kind == .comma || tokens[a].kind == .dash { a += 1 }
    guard a < tokens.count, tokens[a].quote < 0, !tokens[a].isQuoteMark else { return nil }
    let sentence = Int(tokens[a].sentence)
    if sentence != Int(tokens[span.close].sentence) {
      // “...the pause.” Blinken said. — but not “...sense.” He added: “...”, nor after a quote
      // woven into its sentence: warned that it was “a danger.” Lobo said the result ...
      let range = sentences[sentence]
      if spans.contains(where: { range.contains(max($0.open, 0)) }) { return nil }
      let open = max(span.open, 0)
      if open != sentences[Int(tokens[open].sentence)].lowerBound { return nil }
    }
    for c in cues(of: sentence) where cues[c].token >= a {
      let cue = cues[c]
      if cue.isInverted, cue.kind == .finite, cue.token == a { return c }
      if !cue.isInverted, cue.phrase != nil, cue.consumedFrom == a { return c }
      return nil
    }
    return nil
  }

  /// The speaker a paragraph that opens with a quote may inherit from this one: the speaker of
  /// its last quote when the last sentence holds one, else the speaker of a reporting verb in
  /// the last sentence.
  private func tailAttribution(lastSentence s: Int, hasQuote: Bool) -> QuoteAttributor.Attribution?
  {
    if hasQuote, let last = lastAttribution { return last.speaker == nil ? nil : last }
    for c in cues(of: s).reversed() {
      if cueSpeakers[c] >= 0 { return .init(speaker: speakers[Int(cueSpeakers[c])], cue: nil) }
    }
    return nil
  }

  // MARK: - Building quotes

  private func keyQuote(_ q: Int, attribution found: Found) -> KeyQuote? {
    let span = spans[q]
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
        } else if t.has(.titleSmallWord) {
          small += 1
        }
      }
      k += 1
    }
    guard words > 0 else { return nil }
    // Titles of works, names and nicknames: "Better Idea of Afghan Girls", "Robogee".
    if capitalised > 0, capitalised + small == words, words <= 8,
      !(found.hasCue && postCue(q) != nil && endsInPunctuation(span))
    {
      return nil
    }
    // "dubbed “the voice of a generation”", "known as “the Iron Lady”": a name.
    if isNamed(span), postCue(q) == nil { return nil }
    // Scare quotes: a short fragment no reporting verb introduces, or a word or two set inside
    // a noun phrase ("the “temporary” fence").
    if words <= 4, !found.hasCue { return nil }
    if words <= 2, isInsideNounPhrase(span) { return nil }
    let text = quoteText(span)
    guard !text.isEmpty else { return nil }
    let kind = self.kind(of: span, words: words)
    let speaker = found.attribution.speaker
    var quote = KeyQuote(
      text: text, speaker: speaker?.name, role: speaker?.role, cue: found.attribution.cue,
      kind: kind, paragraph: reader.index)
    quote.salience = QuoteRanker().salience(
      of: quote, words: words, paragraphCount: paragraphCount)
    return quote
  }

  /// Whether the marks stand between an article and a lowercase word, like a modifier of a noun
  /// ("the “temporary” fence", "a “robust” response").
  private func isInsideNounPhrase(_ span: QuoteSpan) -> Bool {
    let before = span.open - 1
    let after = span.close + 1
    guard span.close >= 0, before >= 0, after < tokens.count else { return false }
    return tokens[before].kind == .word && tokens[before].isLowercaseWord
      && tokens[before].has(.determiner) && tokens[after].kind == .word
      && tokens[after].isLowercaseWord && !tokens[after].has([.function, .cue])
  }

  /// Whether a word that gives a name stands right before the quote ("dubbed", "known as").
  private func isNamed(_ span: QuoteSpan) -> Bool {
    var k = span.open - 1
    guard k >= 0, tokens[k].kind == .word else { return false }
    // "known to researchers as the “Manching treasure”"
    if tokens[k].isLowercaseWord, tokens[k].has(.the), k > 0 { k -= 1 }
    if tokens[k].has(.asWord) {
      var j = k - 1
      while j >= 0, j >= k - 4, tokens[j].kind == .word {
        if tokens[j].isLowercaseWord, tokens[j].has(.naming) { return true }
        j -= 1
      }
      return false
    }
    return tokens[k].isLowercaseWord && tokens[k].has(.naming)
  }

  /// Whether token `k` opens its sentence.
  private func isSentenceStart(_ k: Int) -> Bool {
    sentences[Int(tokens[k].sentence)].lowerBound == k
  }

  /// Whether the words inside the marks end with punctuation (“Yes,” he said.).
  private func endsInPunctuation(_ span: QuoteSpan) -> Bool {
    let last = span.innerEnd(tokenCount: tokens.count) - 1
    guard last > span.open else { return false }
    let kind = tokens[last].kind
    return kind == .comma || tokens[last].isTerminal
  }

  /// A whole statement is direct; a few words woven into the reporter's sentence are partial.
  private func kind(of span: QuoteSpan, words: Int) -> KeyQuote.Kind {
    if span.open <= 0 || span.continuesPrevious { return .direct }
    if tokens[span.open].flags.contains(.sentenceInitial) || isSentenceStart(span.open) {
      return .direct
    }
    let before = span.open - 1
    let first = tokens[span.firstInner]
    let startsLower = first.isLowercaseWord
    let prev = tokens[before]
    if prev.kind == .colon || prev.kind == .comma { return words <= 3 ? .partial : .direct }
    // "“...,” he said — “but she has made the right decision.”": the statement goes on.
    if prev.kind == .dash, before >= 1, tokens[before - 1].kind == .word,
      tokens[before - 1].has(.finiteCue) || tokens[before - 1].has(.participleCue)
    {
      return words <= 3 ? .partial : .direct
    }
    if prev.kind == .word {
      let isCue =
        prev.has(.finiteCue) || prev.has(.participleCue)
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

  /// "Blinken said that the pause was necessary ..." or "The pause was necessary, Blinken said."
  private mutating func indirect(in s: Int, resolver: inout SpeakerResolver) -> KeyQuote? {
    var range = sentences[s]
    // "KABUL, Afghanistan (AP) — About 300 people ..., officials said": past the dateline.
    while datelineEnd > 0, range.lowerBound < range.upperBound,
      Int(tokens[range.lowerBound].start) < datelineEnd
    {
      range = (range.lowerBound + 1)..<range.upperBound
    }
    for c in cues(of: s) {
      let cue = cues[c]
      guard cue.kind == .finite, let phrase = cue.phrase, !cue.isInverted,
        tokens[cue.token].has(.indirectCue)
      else { continue }
      let clauseStart =
        cue.consumedFrom == range.lowerBound
        || (cue.consumedFrom > range.lowerBound && tokens[cue.consumedFrom - 1].kind == .comma)
      guard clauseStart, let speaker = speaker(ofCue: c, resolver: &resolver),
        speaker.kind != .unknown || phrase.count > 1
      else { continue }
      var end = range.upperBound
      while end > range.lowerBound, !tokens[end - 1].isWord { end -= 1 }
      // "The pause was necessary, Blinken said."; not "..., Marcus Ellery, who said the cause
      // was heart failure.", whose speech follows the verb.
      let afterRelative =
        cue.token - 1 >= range.lowerBound && tokens[cue.token - 1].isLowercaseWord
        && tokens[cue.token - 1].has(.relative) && !tokens[cue.token - 1].has(.that)
      if cue.consumedFrom > range.lowerBound, !afterRelative {
        var after = cue.token + 1
        while after < range.upperBound, tokens[after].isWord || tokens[after].kind == .comma {
          after += 1
          if after > cue.token + 5 { break }
        }
        guard after >= range.upperBound - 1 || tokens[after].isTerminal else { continue }
        return indirectQuote(range.lowerBound..<(cue.consumedFrom - 1), speaker: speaker, cue: cue)
      }
      var k = cue.token + 1
      if tokens[cue.token].has(.withAudience) {
        guard cue.textRange.count > 1 else { continue }
        k = cue.textRange.upperBound
      }
      // "... said on Friday that ..."
      var j = k
      while j < range.upperBound, j < k + 6, tokens[j].isWord {
        if tokens[j].has(.that) {
          k = j + 1
          break
        }
        j += 1
      }
      // "admitted 12 counts of bribery": a number opens an object, not a clause.
      guard k < end, tokens[k].isWord, !tokens[k].has(.notClauseOpener),
        !tokens[k].flags.contains(.number)
      else {
        continue
      }
      // "Organisers estimated that ... on Sunday; police put the figure at 240,000": the speech
      // ends at a semicolon.
      if let semicolon = (k..<end).first(where: { tokens[$0].kind == .semicolon }) {
        end = semicolon
      }
      return indirectQuote(k..<end, speaker: speaker, cue: cue)
    }
    return nil
  }

  private func indirectQuote(_ range: Range<Int>, speaker: Speaker, cue: Cue) -> KeyQuote? {
    var words = 0
    for k in range where tokens[k].isWord { words += 1 }
    guard words >= 6, !range.isEmpty else { return nil }
    let text = reader.text(range.lowerBound..<range.upperBound)
    var quote = KeyQuote(
      text: text, speaker: speaker.name, role: speaker.role, cue: cue.text(reader),
      kind: .indirect, paragraph: reader.index)
    quote.salience = QuoteRanker().salience(
      of: quote, words: words, paragraphCount: paragraphCount)
    return quote
  }
}
