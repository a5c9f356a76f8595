/// A reporting verb in a paragraph, with the words that name who is speaking.
struct Cue: Sendable {
  enum Kind: UInt8, Sendable {
    /// "said", "told", "adds", "reads".
    case finite
    /// "saying", "stating": its subject may be the sentence's speaker (", saying ...").
    case participle
    /// "according to X".
    case according
    /// "quoting X", "citing X": X is the source even after "according to".
    case sourcing
  }

  /// The verb's token.
  var token: Int
  var kind: Kind
  /// The noun phrase naming the speaker, when the verb has one.
  var phrase: Range<Int>?
  /// The first token the speaker's words take up (with asides), to tell whether the cue sits
  /// right after a quote.
  var consumedFrom: Int
  /// Whether the verb comes before its speaker ("said Blinken").
  var isInverted: Bool
  /// The role an appositive gives ("Khaled Al-Maeena, editor at large at the Saudi Gazette,").
  var role: String?
  /// Where the verb as written, with its audience ("told Sky News"), stands.
  var textRange: Range<Int>
  /// Whether the speaker is the sentence's (", saying", ", and said").
  var inheritsSpeaker: Bool
  /// A second person speaking with the first ("John Smith and Mary Jones said"), before
  /// `phrase` when the verb follows its subjects, after it when the verb comes first.
  var partner: Range<Int>? = nil

  /// The verb as written, with its audience.
  func text(_ reader: NameMention) -> String { reader.text(textRange) }
}

/// Finds the reporting verbs of a paragraph and who each one's speaker is, from the words
/// around it: before it ("Blinken said", "Khaled Al-Maeena, editor at large ..., said",
/// "Sir Vince Cable, who replaced Tim Farron as leader in July, said"), after it ("said Elham
/// Fakhro, an associate fellow at ..."), "according to X", "with Boswell stating".
struct CueFinder {
  let reader: NameMention
  let inventory: SpeakerInventory

  let tokens: Tokens
  let sentences: [Range<Int>]
  let spans: [QuoteSpan]

  init(reader: NameMention, inventory: SpeakerInventory) {
    self.reader = reader
    self.inventory = inventory
    tokens = reader.tokens
    sentences = reader.sentences
    spans = reader.spans
  }

  /// Appends the cues of sentence `sentence`, in order, to `out`.
  func appendCues(inSentence sentence: Int, to out: inout [Cue]) {
    let range = sentences[sentence]
    var k = range.lowerBound
    while k < range.upperBound {
      defer { k += 1 }
      let t = tokens[k]
      guard t.kind == .word, tokens[k].quote < 0 else { continue }
      guard t.isLowercaseWord || (t.has(.according) && t.flags.contains(.sentenceInitial)) else {
        continue
      }
      if t.has(.according), k + 1 < range.upperBound, tokens[k + 1].has(.to) {
        let phrase =
          reader.phraseForward(startingAt: k + 2, limit: range.upperBound)
          ?? definiteNoun(at: k + 2, limit: range.upperBound)
        out.append(
          Cue(
            token: k, kind: .according, phrase: phrase, consumedFrom: k, isInverted: true,
            role: phrase.flatMap { appositive(after: $0, limit: range.upperBound) },
            textRange: k..<(k + 2), inheritsSpeaker: false))
        continue
      }
      if t.has(.sourcing) {
        if let phrase = reader.phraseForward(startingAt: k + 1, limit: range.upperBound) {
          out.append(
            Cue(
              token: k, kind: .sourcing, phrase: phrase, consumedFrom: k, isInverted: true,
              role: nil, textRange: k..<(k + 1), inheritsSpeaker: false))
        }
        continue
      }
      if t.has(.finiteCue) {
        // "one resident, who asked not to be named, told the BBC": a verb in a relative clause
        // reports nothing of the sentence's quote when the sentence's own verb follows.
        if k > range.lowerBound, tokens[k - 1].isLowercaseWord, tokens[k - 1].has(.relative),
          !tokens[k - 1].has(.that),
          ((k + 1)..<range.upperBound).contains(where: { tokens[$0].has(.finiteCue) })
        {
          continue
        }
        if let cue = finiteCue(at: k, in: range) { out.append(cue) }
        continue
      }
      if t.has(.participleCue), !isNounUse(k, start: range.lowerBound) {
        out.append(participleCue(at: k, in: range))
      }
    }
  }

  /// "the forecaster", "the broadcaster's website": a definite noun phrase no list knows,
  /// ending at a comma or quotation mark, as the source after "according to".
  private func definiteNoun(at k: Int, limit: Int) -> Range<Int>? {
    guard k + 1 < limit, tokens[k].kind == .word, tokens[k].has(.the) else { return nil }
    var j = k + 1
    while j < limit, j <= k + 3, tokens[j].isLowercaseWord,
      !tokens[j].has([.function, .asideOpener, .cue])
    {
      j += 1
    }
    guard j > k + 1, j == limit || tokens[j].kind == .comma || tokens[j].isQuoteMark else {
      return nil
    }
    return k..<j
  }

  private func finiteCue(at k: Int, in range: Range<Int>) -> Cue? {
    let start = range.lowerBound
    // A passive: "was told", "is said to"; "being told by a senior editor that": the agent
    // speaks.
    if k - 1 >= start, tokens[k - 1].isLowercaseWord, tokens[k - 1].has(.be) {
      guard k + 2 < range.upperBound, tokens[k + 1].isLowercaseWord, tokens[k + 1].has(.by),
        let agent = reader.phraseForward(startingAt: k + 2, limit: range.upperBound),
        !reader.isPronoun(agent.lowerBound)
      else { return nil }
      return Cue(
        token: k, kind: .finite, phrase: agent, consumedFrom: k, isInverted: true, role: nil,
        textRange: k..<(k + 2), inheritsSpeaker: false)
    }
    if k + 1 < range.upperBound, tokens[k + 1].has(.to) {
      // "said to be", "asked to leave".
      if !tokens[k].has(.withAudience) { return nil }
    }
    let text = cueRange(k, limit: range.upperBound)
    // Inverted after a quote: “...,” said Blinken.
    var b = k - 1
    while b >= start, tokens[b].kind == .comma || tokens[b].kind == .dash { b -= 1 }
    if b >= start, tokens[b].isQuoteMark, let s = reader.spanMarked(by: b),
      spans[s].close == b
    {
      // "said its UK director, Will McCallum": past an owner's pronoun.
      var first = k + 1
      if first + 1 < range.upperBound, tokens[first].isLowercaseWord,
        tokens[first].has(.possessivePronoun), !tokens[first].has(.determiner)
      {
        first += 1
      }
      if let phrase = reader.phraseForward(startingAt: first, limit: range.upperBound) {
        if let name = namedAppositive(after: phrase, limit: range.upperBound) {
          return Cue(
            token: k, kind: .finite, phrase: name, consumedFrom: k, isInverted: true,
            role: reader.roleText(phrase), textRange: text, inheritsSpeaker: false)
        }
        return Cue(
          token: k, kind: .finite, phrase: phrase, consumedFrom: k, isInverted: true,
          role: appositive(after: phrase, limit: range.upperBound), textRange: text,
          inheritsSpeaker: false, partner: partner(after: phrase, limit: range.upperBound))
      }
    }
    if let subject = subject(before: k, start: start) {
      var cue = Cue(
        token: k, kind: .finite, phrase: subject.phrase, consumedFrom: subject.consumedFrom,
        isInverted: false, role: subject.role, textRange: text, inheritsSpeaker: false)
      if subject.consumedFrom == subject.phrase.lowerBound,
        let partner = partner(before: subject.phrase, start: start)
      {
        cue.partner = partner
        cue.consumedFrom = partner.lowerBound
      }
      return cue
    }
    if tokens[k].has(.nounLikeCue) { return nil }
    // "said Mohib" inside a sentence, or a verb without a subject (", and said").
    if k - 1 >= start, tokens[k - 1].kind == .comma,
      let phrase = reader.phraseForward(startingAt: k + 1, limit: range.upperBound),
      reader.isNameWord(phrase.lowerBound),
      phrase.upperBound == range.upperBound || tokens[phrase.upperBound].kind == .comma
        || tokens[phrase.upperBound].isTerminal
    {
      return Cue(
        token: k, kind: .finite, phrase: phrase, consumedFrom: k, isInverted: true,
        role: appositive(after: phrase, limit: range.upperBound), textRange: text,
        inheritsSpeaker: false)
    }
    return Cue(
      token: k, kind: .finite, phrase: nil, consumedFrom: k, isInverted: false, role: nil,
      textRange: text, inheritsSpeaker: true)
  }

  /// The name in an appositive after a description of a person: "the group's UK director,
  /// Mike Childs".
  private func namedAppositive(after phrase: Range<Int>, limit: Int) -> Range<Int>? {
    let head = phrase.upperBound - 1
    guard reader.isDescriptionHead(head), tokens[head].has(.roleNoun) || reader.isTitle(head),
      phrase.upperBound + 1 < limit, tokens[phrase.upperBound].kind == .comma,
      let name = reader.phraseForward(startingAt: phrase.upperBound + 1, limit: limit),
      reader.isNameWord(name.lowerBound),
      name.upperBound == limit || tokens[name.upperBound].kind == .comma
        || tokens[name.upperBound].isTerminal,
      let found = reader.personName(in: name),
      found.isPerson
        || name.count == 1
          && NameWords.gender(ofGivenName: tokens[name.lowerBound].hash) != .unknown
    else { return nil }
    return name
  }

  /// "its warning system", "an amber warning", "the saying": a participle used as a noun.
  private func isNounUse(_ k: Int, start: Int) -> Bool {
    guard k > start, tokens[k - 1].kind == .word else { return false }
    let p = tokens[k - 1]
    if p.has([.determiner, .possessivePronoun]) || p.isPossessive { return true }
    return p.isLowercaseWord && !p.has([.function, .asideOpener, .and, .subjectPronoun])
      && !p.has(.betweenSubjectAndVerb) && !reader.isDescriptionHead(k - 1)
  }

  private func participleCue(at k: Int, in range: Range<Int>) -> Cue {
    let start = range.lowerBound
    let text = cueRange(k, limit: range.upperBound)
    var j = k - 1
    // "was quoted as saying"
    if j - 1 >= start, tokens[j].has(.asWord), tokens[j - 1].has(.quoted) {
      j -= 2
      while j >= start, tokens[j].isLowercaseWord, tokens[j].has(.be) {
        j -= 1
      }
      if let subject = subject(before: j + 1, start: start) {
        return Cue(
          token: k, kind: .finite, phrase: subject.phrase, consumedFrom: subject.consumedFrom,
          isInverted: false, role: subject.role, textRange: text, inheritsSpeaker: false)
      }
    }
    if j >= start, tokens[j].kind == .word, tokens[j].quote < 0,
      let phrase = reader.phraseBackward(endingAt: j, limit: start)
        ?? reader.definitePhrase(endingAt: j, limit: start)
    {
      return Cue(
        token: k, kind: .participle, phrase: phrase, consumedFrom: phrase.lowerBound,
        isInverted: false, role: nil, textRange: text, inheritsSpeaker: false)
    }
    return Cue(
      token: k, kind: .participle, phrase: nil, consumedFrom: k, isInverted: false, role: nil,
      textRange: text, inheritsSpeaker: true)
  }

  /// The verb as written; "told" keeps a short audience ("told reporters", "told Sky News"),
  /// without what follows it ("told Sky News the government was", "told the court Marsh had",
  /// "told reporters at the White House").
  private func cueRange(_ k: Int, limit: Int) -> Range<Int> {
    guard tokens[k].has(.withAudience),
      let phrase = reader.phraseForward(startingAt: k + 1, limit: limit),
      !reader.isPronoun(phrase.lowerBound)
    else { return k..<(k + 1) }
    var end = phrase.upperBound
    var j = phrase.lowerBound + 1
    while j < end {
      let t = tokens[j]
      if reader.isConnector(j) { end = j }
      if reader.isNameWord(j), tokens[j - 1].isLowercaseWord, !tokens[j - 1].has(.determiner),
        !reader.isConnector(j - 1), !reader.isModifier(j - 1) || reader.isDescriptionHead(j - 1)
      {
        end = j
      }
      if t.kind == .word, t.has(.determiner), j > phrase.lowerBound { end = j }
      j += 1
    }
    guard end - phrase.lowerBound <= 4 else { return k..<(k + 1) }
    if end == limit || !tokens[end].isLowercaseWord
      || tokens[end].has([.that, .function, .determiner]) || end < phrase.upperBound
    {
      return k..<end
    }
    return k..<(k + 1)
  }

  // MARK: - Subjects

  /// The speaker before a verb: the phrase right before it, or, past a comma, the name before
  /// appositives and asides.
  func subject(before k: Int, start: Int) -> (phrase: Range<Int>, consumedFrom: Int, role: String?)?
  {
    if let person = unnamedPerson(before: k, start: start) {
      return (person, person.lowerBound, nil)
    }
    var j = k - 1
    while j >= start, tokens[j].quote < 0, tokens[j].isLowercaseWord,
      tokens[j].has(.betweenSubjectAndVerb)
    {
      j -= 1
    }
    // "Martin Luther King Jr. said"
    if j - 1 >= start, tokens[j].kind == .period, tokens[j - 1].has(.nameSuffix) { j -= 1 }
    // "on Friday", "on Thursday evening".
    if j - 1 >= start, tokens[j].has(.calendar),
      tokens[j - 1].has(.on)
    {
      j -= 2
    }
    guard j >= start, tokens[j].quote < 0 else { return nil }
    // "Emmanuel Macron, who said ...": the relative pronoun stands for the name before it.
    if j - 2 >= start, tokens[j].isLowercaseWord, tokens[j].has(.relative),
      !tokens[j].has(.that), tokens[j - 1].kind == .comma,
      let phrase = reader.phraseBackward(endingAt: j - 2, limit: start), namesSpeaker(phrase)
    {
      return (phrase, phrase.lowerBound, nil)
    }
    if tokens[j].kind != .comma {
      guard
        var phrase = reader.phraseBackward(endingAt: j, limit: start)
          ?? reader.definitePhrase(endingAt: j, limit: start)
      else { return nil }
      // "A leaked letter seen by Sky News says": the agent of a participle is not the subject.
      let by = phrase.lowerBound - 1
      if by - 1 >= start, tokens[by].isLowercaseWord, tokens[by].has(.by),
        isPastParticiple(by - 1), let head = reader.phraseBackward(endingAt: by - 2, limit: start)
      {
        phrase = head
      }
      return (phrase, phrase.lowerBound, nil)
    }
    if let owner = relativeClauseOwner(endingAt: j, start: start) {
      return (owner, owner.lowerBound, nil)
    }
    var chunkEnd = j
    var role: String? = nil
    var fallback: Range<Int>? = nil
    for _ in 0..<4 {
      var b = chunkEnd - 1
      while b >= start, !isChunkBoundary(b) { b -= 1 }
      let chunk = (b + 1)..<chunkEnd
      guard !chunk.isEmpty else { break }
      // "Ferdinand Marcos Jr., whose ...": the name ends before its suffix's period.
      var last = chunkEnd - 1
      if last > chunk.lowerBound, tokens[last].kind == .period, tokens[last - 1].has(.nameSuffix) {
        last -= 1
      }
      let phrase = reader.phraseBackward(endingAt: last, limit: chunk.lowerBound)
      let covers = phrase.map { $0.lowerBound == chunk.lowerBound } ?? false
      let aside = isAside(chunk)
      if !aside, let phrase, covers, namesSpeaker(phrase) {
        return (phrase, chunk.lowerBound, role)
      }
      // "Former prime minister Rishi Sunak, now leader of the opposition, told": the chunk that
      // opens the sentence ends in the name, after words the phrase leaves out.
      if !aside, b < start, let phrase, !covers, phrase.count >= 2, namesSpeaker(phrase) {
        return (phrase, chunk.lowerBound, role)
      }
      // "A spokeswoman for the Pharmaceutical Research and Manufacturers of America, the
      // industry's main lobbying group, said": the opening phrase speaks, not the description.
      if !aside, b < start, !covers, chunk.count >= 3, reader.isDeterminer(chunk.lowerBound),
        tokens[chunk.lowerBound + 1].has(.spokesperson),
        let whole = reader.phraseForward(startingAt: chunk.lowerBound, limit: chunkEnd),
        whole.upperBound == chunkEnd
      {
        return (whole, chunk.lowerBound, role)
      }
      if aside {
        // who replaced Tim Farron as leader in July / in remarks to al-Ikhbariya television
      } else if let chunkRole = SpeakerInventory.appositiveRole(chunk, reader: reader) {
        if role == nil { role = chunkRole }
        if covers { fallback = phrase }
      } else if covers {
        fallback = phrase
      } else if !(tokens[chunk.lowerBound].kind == .word
        && (reader.isDeterminer(chunk.lowerBound)
          || tokens[chunk.lowerBound].has(.possessivePronoun)))
      {
        // A description ("the committee's ranking Republican") describes the name before it;
        // anything else ends the search.
        break
      }
      guard b >= start, tokens[b].kind == .comma else { break }
      chunkEnd = b
    }
    if let fallback { return (fallback, fallback.lowerBound, role) }
    return nil
  }

  /// "Local MP Sarah Whitby, who has written to the Health Secretary, Wes Streeting, said": the
  /// name a relative clause follows, when the clause runs over commas to the verb; names inside
  /// the clause are its objects, not the subject.
  private func relativeClauseOwner(endingAt comma: Int, start: Int) -> Range<Int>? {
    var b = comma - 1
    var clauses = 0
    while b >= start, clauses < 4 {
      let end = b + 1
      while b >= start, !isChunkBoundary(b) { b -= 1 }
      let first = b + 1
      guard first < end, b >= start, tokens[b].kind == .comma else { return nil }
      clauses += 1
      // Only a clause that needs more than one chunk: with one, the loop in `subject` already
      // steps over it as an aside.
      if clauses >= 2, tokens[first].isLowercaseWord, tokens[first].has(.relative),
        !tokens[first].has(.that), let owner = reader.phraseBackward(endingAt: b - 1, limit: start),
        namesSpeaker(owner)
      {
        return owner
      }
      b -= 1
    }
    return nil
  }

  /// "John Smith and Mary Jones said": the first of two people named as one subject.
  private func partner(before phrase: Range<Int>, start: Int) -> Range<Int>? {
    let and = phrase.lowerBound - 1
    guard and - 1 >= start, tokens[and].isLowercaseWord, tokens[and].has(.and),
      isPersonName(phrase), let other = reader.phraseBackward(endingAt: and - 1, limit: start),
      isPersonName(other)
    else { return nil }
    return other
  }

  /// "said John Smith and Mary Jones": the second of two people named after the verb.
  private func partner(after phrase: Range<Int>, limit: Int) -> Range<Int>? {
    let and = phrase.upperBound
    guard and + 1 < limit, tokens[and].isLowercaseWord, tokens[and].has(.and),
      isPersonName(phrase), let other = reader.phraseForward(startingAt: and + 1, limit: limit),
      isPersonName(other)
    else { return nil }
    return other
  }

  /// Whether a phrase ends in a person's name of two words or more.
  private func isPersonName(_ phrase: Range<Int>) -> Bool {
    guard let run = reader.runBackward(endingAt: phrase.upperBound - 1, limit: phrase.lowerBound),
      let found = reader.personName(in: run)
    else { return false }
    return found.isPerson && found.name.count >= 2
  }

  /// "A nurse at the hospital said", "One nurse, who asked not to be named, said": a person
  /// the article does not name, opening the sentence, with where they are and asides between
  /// them and the verb; the range up to the role noun.
  private func unnamedPerson(before k: Int, start: Int) -> Range<Int>? {
    let s = start
    guard s + 1 < k, tokens[s].kind == .word, tokens[s].quote < 0,
      (reader.isDeterminer(s) && !tokens[s].has(.the))
        || NameWords.countingWords.contains(tokens[s].hash)
    else { return nil }
    var head = s + 1
    while head < k, head <= s + 3, !reader.isRoleNoun(head), reader.isModifier(head) { head += 1 }
    guard head < k, reader.isRoleNoun(head), !tokens[head].has([.pluralGroup, .spokesperson])
    else { return nil }
    // Where they are: "at St Thomas' Hospital in London", up to a comma or the verb.
    var m = head + 1
    if m < k, tokens[m].isLowercaseWord, Self.places.contains(tokens[m].hash) {
      while m < k, tokens[m].kind != .comma, tokens[m].quote < 0, !tokens[m].has(.cue) { m += 1 }
    }
    // Asides: ", who asked not to be named,".
    while m < k, tokens[m].kind == .comma {
      var e = m + 1
      while e < k, tokens[e].kind != .comma { e += 1 }
      guard e < k, e > m + 1, isAside((m + 1)..<e) else { break }
      m = e + 1
    }
    while m < k, tokens[m].isLowercaseWord, tokens[m].has(.betweenSubjectAndVerb) { m += 1 }
    return m == k ? s..<(head + 1) : nil
  }

  /// Prepositions that say where an unnamed person is from: "a nurse at the hospital".
  private static let places: Set<UInt64> = Set(
    ["at", "in", "from", "of", "with", "on", "near", "outside", "inside"].map(WordHash.hash))

  private func isPastParticiple(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.isLowercaseWord else { return false }
    if t.has(.agentParticiple) { return true }
    let n = Int(t.end - t.start)
    return n > 3 && reader.bytes[Int(t.end) - 2] == UInt8(ascii: "e")
      && reader.bytes[Int(t.end) - 1] == UInt8(ascii: "d")
  }

  private func isChunkBoundary(_ b: Int) -> Bool {
    let t = tokens[b]
    switch t.kind {
    case .period:
      // "Sen. Mark Delaney", "Ferdinand Marcos Jr.,": the period of an abbreviated title or
      // suffix is inside the phrase.
      return t.quote < 0
        && !(b > 0
          && ((tokens[b - 1].has(.abbreviation) && reader.isTitle(b - 1))
            || tokens[b - 1].has(.nameSuffix)))
    case .comma, .colon, .semicolon, .question, .exclamation, .doubleMark, .singleMark:
      return tokens[b].quote < 0
    default:
      return false
    }
  }

  /// Whether a phrase between commas names the speaker rather than adding to a role: a
  /// person's name, an organisation, a surname the article knows; not "Panama coach" (a role)
  /// nor "Fayetteville" (a place finishing the appositive before it).
  private func namesSpeaker(_ phrase: Range<Int>) -> Bool {
    if phrase.count == 1 && reader.isPronoun(phrase.lowerBound) { return true }
    // "a Texas Democrat", "an analyst": an indefinite phrase describes, it does not name.
    if tokens[phrase.lowerBound].has(.determiner), !tokens[phrase.lowerBound].has(.the) {
      return false
    }
    let last = phrase.upperBound - 1
    guard reader.isNameWord(last) else { return false }
    guard let run = reader.runBackward(endingAt: last, limit: phrase.lowerBound) else {
      return false
    }
    if let found = reader.personName(in: run), found.isPerson { return true }
    // "Sen. Mark Delaney of Wyoming": a person from a place.
    if run.lowerBound - 2 >= phrase.lowerBound, tokens[run.lowerBound - 1].has(.of),
      reader.isConnector(run.lowerBound - 1),
      let person = reader.runBackward(endingAt: run.lowerBound - 2, limit: phrase.lowerBound),
      let found = reader.personName(in: person), found.isPerson
    {
      return true
    }
    // "advocacy manager at the NRC": a role held at an organisation describes the person named
    // before it.
    var k = run.lowerBound - 1
    if k > phrase.lowerBound, tokens[k].has(.the) { k -= 1 }
    if k > phrase.lowerBound, reader.isConnector(k),
      reader.isRoleNoun(k - 1) || (reader.isTitle(k - 1) && tokens[k - 1].isLowercaseWord)
    {
      return false
    }
    for k in run where reader.isOrganisationWord(k) || tokens[k].flags.contains(.allCaps) {
      return true
    }
    return inventory.hasSurname(tokens[last].hash)
  }

  private func isAside(_ chunk: Range<Int>) -> Bool {
    // ", 45," ", D-N.Y.," ", R-Ky.,": an age or a party and state tag.
    if chunk.count <= 6, !chunk.contains(where: { tokens[$0].isLowercaseWord }),
      chunk.contains(where: { isAgeOrParty($0) })
    {
      return true
    }
    let first = tokens[chunk.lowerBound]
    guard first.kind == .word else { return first.kind == .openBracket }
    if first.isLowercaseWord, first.has(.asideOpener) { return true }
    // "speaking to reporters", "citing privacy rules"
    let length = Int(first.baseEnd - first.start)
    if first.isLowercaseWord, length > 4,
      reader.bytes[Int(first.baseEnd) - 3] == UInt8(ascii: "i"),
      reader.bytes[Int(first.baseEnd) - 2] == UInt8(ascii: "n"),
      reader.bytes[Int(first.baseEnd) - 1] == UInt8(ascii: "g")
    {
      return true
    }
    return false
  }

  /// "45", "-", "D-N.Y.", "R-Ky.": an age, or a party initial and a state.
  private func isAgeOrParty(_ k: Int) -> Bool {
    let t = tokens[k]
    if t.kind == .dash || t.flags.contains(.number) { return true }
    return t.kind == .word && t.end - t.start >= 3 && t.isCapitalised
      && reader.bytes[Int(t.start) + 1] == UInt8(ascii: "-")
  }

  /// The role an appositive after a name gives: "said Elham Fakhro, an associate fellow at ...".
  func appositive(after phrase: Range<Int>, limit: Int) -> String? {
    var k = phrase.upperBound
    guard k + 1 < limit, tokens[k].kind == .comma else { return nil }
    k += 1
    let start = k
    while k < limit, k - start < 24 {
      let kind = tokens[k].kind
      if kind == .comma || kind == .period || kind == .semicolon || kind == .colon
        || tokens[k].isQuoteMark
      {
        break
      }
      k += 1
    }
    return SpeakerInventory.appositiveRole(start..<k, reader: reader)
  }
}
