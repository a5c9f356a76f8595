/// Reads names, titles and noun phrases around a position of a tokenized paragraph.
///
/// Works on tokens only (capitalisation and word lists), so it is fast and makes no use of a
/// parser: a name is a run of capitalised words; a title or organisation word ("Secretary",
/// "Council") inside the run splits the title from the name ("US Secretary of State | Antony
/// Blinken", "CEO of the Refugee Council | Enver Solomon").
struct NameMention {
  /// The index of the paragraph in the article.
  let index: Int
  let tokens: Tokens
  let spans: [QuoteSpan]
  let sentences: [Range<Int>]
  let bytes: UnsafeBufferPointer<UInt8>

  init(paragraph: QuotedParagraph, bytes: UnsafeBufferPointer<UInt8>) {
    index = paragraph.index
    tokens = paragraph.tokens
    spans = paragraph.spans
    sentences = paragraph.sentences
    self.bytes = bytes
  }

  /// The quote whose opening or closing mark is token `k`.
  func spanMarked(by k: Int) -> Int? {
    guard tokens[k].isQuoteMark else { return nil }
    for (s, span) in spans.enumerated() where span.open == k || span.close == k { return s }
    return nil
  }

  // MARK: - Word classes

  @inline(__always) func hash(_ k: Int) -> UInt64 { tokens[k].hash }

  /// Whether token `k` opens its sentence (or a quotation).
  @inline(__always) func isSentenceInitial(_ k: Int) -> Bool {
    tokens[k].flags.contains(.sentenceInitial)
  }

  /// Whether token `k` can be part of a name: a capitalised word that is not a sentence-initial
  /// common word ("The", "Officials"), or a glued particle ("al-Amr").
  func isNameWord(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word else { return false }
    if t.flags.contains(.particleName) { return true }
    guard t.flags.contains(.capitalised), !t.flags.contains(.lowercaseAfterHyphen) else {
      return false
    }
    if t.end - t.start == 1 && bytes[Int(t.start)] == UInt8(ascii: "I") { return false }
    if t.has(.commonCapitalised) && isSentenceInitial(k) { return false }
    return true
  }

  func isTitle(_ k: Int) -> Bool { tokens[k].has(.title) }
  func isOrganisationWord(_ k: Int) -> Bool {
    tokens[k].isCapitalised && tokens[k].has(.organisation)
  }
  func isMarker(_ k: Int) -> Bool {
    let t = tokens[k]
    // "Organiser Jane Doyle said": a role noun capitalised because it opens the sentence.
    return t.has(.marker) || (t.has(.roleNoun) && isSentenceInitial(k)) || isUnlistedRole(k)
  }

  /// "Volcanologist Dave McGarvie said": a word no list knows, shaped like a role noun, before
  /// a given name at the start of a sentence.
  func isUnlistedRole(_ k: Int) -> Bool {
    isSentenceInitial(k) && k + 1 < tokens.count && tokens[k + 1].isCapitalised
      && NameWords.gender(ofGivenName: tokens[k].hash) == .unknown
      && NameWords.gender(ofGivenName: tokens[k + 1].hash) != .unknown && hasRoleSuffix(k)
  }

  /// "volcanologist", "campaigner", "historian", "grazier", "consultant": shaped like a noun for
  /// someone by what they do.
  private func hasRoleSuffix(_ k: Int) -> Bool {
    let t = tokens[k]
    let end = Int(t.baseEnd)
    guard end - Int(t.start) >= 6 else { return false }
    func ends(_ suffix: StaticString) -> Bool {
      let n = suffix.utf8CodeUnitCount
      guard end - n > Int(t.start) else { return false }
      for i in 0..<n where bytes[end - n + i] | 0x20 != suffix.utf8Start[i] { return false }
      return true
    }
    return ends("ist") || ends("ian") || ends("ier") || ends("ant") || ends("gner")
      || ends("ster") || ends("keeper") || ends("maker") || ends("worker") || ends("eur")
      || ends("grapher")
  }
  func isPronoun(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, t.has(.subjectPronoun) else { return false }
    if t.end - t.start == 1 { return bytes[Int(t.start)] == UInt8(ascii: "I") }
    return t.isLowercaseWord || isSentenceInitial(k)
  }
  /// A lowercase noun for a person by role, or for a speaking organisation or document.
  func isDescriptionHead(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, !t.isPossessive, t.has([.roleNoun, .speakingThing]) else {
      return false
    }
    // "Officials said", "Police say": a common noun capitalised only because it opens a sentence.
    return t.isLowercaseWord || (t.isCapitalised && isSentenceInitial(k) && !isNameWord(k))
  }
  func isRoleNoun(_ k: Int) -> Bool {
    tokens[k].isLowercaseWord && tokens[k].has(.roleNoun)
  }
  func isDeterminer(_ k: Int) -> Bool {
    tokens[k].kind == .word && tokens[k].has(.determiner)
  }
  func isConnector(_ k: Int) -> Bool {
    tokens[k].isLowercaseWord && tokens[k].has(.titleConnector)
  }
  func isCueWord(_ k: Int) -> Bool {
    return tokens[k].has(.cue)
  }
  /// A lowercase word that may modify a role noun ("immigration barrister", "senior researcher").
  func isModifier(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.isLowercaseWord else { return false }
    return !t.has([.function, .asideOpener, .cue, .possessivePronoun, .determiner])
  }

  // MARK: - Name runs

  /// The run of name words that ends at `end`, not reaching before `limit`.
  func runBackward(endingAt end: Int, limit: Int) -> Range<Int>? {
    guard end >= limit, isNameWord(end) else { return nil }
    var s = end
    while s - 1 >= limit {
      let j = s - 1
      let t = tokens[j]
      if t.isPossessive { break }
      if isNameWord(j) {
        s = j
        continue
      }
      // "von der Leyen": one or two particles between name words.
      if t.isLowercaseWord, t.has(.particle), j - 1 >= limit,
        isNameWord(j - 1)
          || (j - 2 >= limit && tokens[j - 1].isLowercaseWord && tokens[j - 1].has(.particle)
            && isNameWord(j - 2))
      {
        s = j
        continue
      }
      break
    }
    while s < end, tokens[s].has(.calendar), !isGivenNameMonth(s) { s += 1 }
    return s..<(end + 1)
  }

  /// "Jan Egeland": a month's short name that is a given name before a surname ("Jan 5" and
  /// "Monday Smith" are dates).
  func isGivenNameMonth(_ k: Int) -> Bool {
    tokens[k].hash == Self.jan && k + 1 < tokens.count && tokens[k + 1].kind == .word
      && tokens[k + 1].isCapitalised && !tokens[k + 1].has(.calendar)
  }

  private static let jan = WordHash.hash("jan")
  private static let first = WordHash.hash("first")

  /// The run of name words that starts at `start`, not reaching `limit`.
  func runForward(startingAt start: Int, limit: Int) -> Range<Int>? {
    guard start < limit, isNameWord(start) else { return nil }
    var e = start + 1
    if tokens[start].isPossessive { return start..<e }
    while e < limit {
      let t = tokens[e]
      if isNameWord(e) {
        e += 1
        if t.isPossessive { break }
        continue
      }
      if t.isLowercaseWord, t.has(.particle), e + 1 < limit,
        isNameWord(e + 1)
          || (e + 2 < limit && tokens[e + 1].isLowercaseWord && tokens[e + 1].has(.particle)
            && isNameWord(e + 2))
      {
        e += 1
        continue
      }
      break
    }
    return start..<e
  }

  /// Where the personal name inside a run of name words is, and whether it is a person's for
  /// sure (two or more words, or a title before a lone surname).
  func personName(in run: Range<Int>) -> (name: Range<Int>, isPerson: Bool)? {
    var s = run.lowerBound
    var e = run.upperBound
    // "Martin Luther King Jr": a generational suffix is no part of the name to look up.
    while e - 1 > s, tokens[e - 1].has(.afterName) { e -= 1 }
    guard e > s else { return nil }
    var lastMarker = -1
    var k = s
    while k < e {
      if isMarker(k) || (k == s && tokens[k].has(.calendar) && !isGivenNameMonth(k)) {
        lastMarker = k
      }
      k += 1
    }
    if lastMarker == e - 1 {
      // "Julie Bishop", "Theresa May": a title word as a surname after a given name.
      let isSurname =
        e - 1 > s && isTitle(e - 1) && !isOrganisationWord(e - 1) && !isMarker(e - 2)
        && !tokens[e - 1].has(.demonym)
      if !isSurname { return nil }
      lastMarker = -1
      k = s
      while k < e - 1 {
        if isMarker(k) { lastMarker = k }
        k += 1
      }
    }
    let titled = lastMarker >= s && isTitle(lastMarker) && !isOrganisationWord(lastMarker)
    if lastMarker >= s { s = lastMarker + 1 }
    if lastMarker < 0, s > 0 {
      // "Governor of Washington Chris Gregoire": the complement of a title comes first.
      var j = s - 1
      if j > 0, isDeterminer(j) { j -= 1 }
      if isConnector(j), j > 0, isTitle(j - 1) || isRoleNoun(j - 1) || isOrganisationWord(j - 1) {
        if e - s >= 3 { s = e - 2 } else { return nil }
      }
    }
    // Four words at most, particles aside ("Luiz Inácio Lula da Silva").
    var words = 0
    k = e - 1
    while k >= s {
      if !tokens[k].has(.particle) || tokens[k].isCapitalised { words += 1 }
      if words > 4 { break }
      k -= 1
    }
    if words > 4 { s = e - 2 }
    guard e > s else { return nil }
    var allCaps = true
    k = s
    while k < e {
      if !tokens[k].flags.contains(.allCaps) { allCaps = false }
      k += 1
    }
    if allCaps { return nil }
    return (s..<e, e - s >= 2 || titled)
  }

  // MARK: - Organisations

  /// Where the name of an organisation that ends with `run` starts, when the run is the tail of
  /// one: "Department of Health and Social Care" for "Social Care", "University of Reading" for
  /// "Reading". Runs are joined by "of" or "for" after an organisation word ("Ministry of",
  /// "Bank of"), and by "and" or "&" inside such a name; nil when the run is not such a tail.
  func organisationStart(endingWith run: Range<Int>, limit: Int) -> Int? {
    var s = run.lowerBound
    var found: Int? = nil
    while s - 2 >= limit {
      var j = s - 1
      if tokens[j].isLowercaseWord, tokens[j].has(.the), j - 1 >= limit, tokens[j - 1].has(.of) {
        j -= 1
      }
      let joinsName = tokens[j].isLowercaseWord && tokens[j].has([.of, .forWord])
      let joinsWords =
        (tokens[j].isLowercaseWord && tokens[j].has(.and))
        || (tokens[j].kind == .other && bytes[Int(tokens[j].start)] == UInt8(ascii: "&"))
      guard joinsName || joinsWords, j - 1 >= limit,
        let before = runBackward(endingAt: j - 1, limit: limit)
      else { break }
      var hasOrganisationWord = false
      var hasTitle = false
      for k in before {
        if isOrganisationWord(k) { hasOrganisationWord = true }
        if isTitle(k) && !isOrganisationWord(k) { hasTitle = true }
      }
      if hasTitle { break }
      if joinsName {
        // "Department of", "University of": the word before "of" heads the name.
        guard hasOrganisationWord else { break }
        found = before.lowerBound
      } else if found != nil {
        // "Pharmaceutical Research and Manufacturers of America": words joined to the head.
        found = before.lowerBound
      }
      s = before.lowerBound
    }
    return found
  }

  /// Whether the run reads as an organisation's name split by a word the lists know: "Network
  /// Rail", "National Grid", "Met Office" rather than a title and a surname ("Rail").
  func isOrganisationRun(_ run: Range<Int>, name: Range<Int>) -> Bool {
    if name.lowerBound == run.lowerBound || name.count != 1 { return false }
    let marker = name.lowerBound - 1
    return (isOrganisationWord(marker) || tokens[marker].has(.demonym)) && !isTitle(marker)
  }

  // MARK: - Noun phrases

  /// The noun phrase that ends at `end` ("US Secretary of State Antony Blinken", "the report's
  /// authors", "he"), not reaching before `limit`.
  func phraseBackward(endingAt end: Int, limit: Int, possessive: Bool = false) -> Range<Int>? {
    guard end >= limit, end < tokens.count else { return nil }
    let t = tokens[end]
    guard t.kind == .word, tokens[end].quote < 0 else {
      if t.kind == .closeBracket, let open = bracketStart(end, limit: limit), open > limit {
        if let inner = phraseBackward(endingAt: open - 1, limit: limit) {
          return inner.lowerBound..<(end + 1)
        }
      }
      return nil
    }
    if isPronoun(end) { return end..<(end + 1) }
    if t.isPossessive && !possessive { return nil }
    let lowerHead = isDescriptionHead(end)
    guard lowerHead || isNameWord(end) else { return nil }
    var s = end
    // "the Department of Health and Social Care said": the whole name.
    if !lowerHead, let run = runBackward(endingAt: end, limit: limit),
      let start = organisationStart(endingWith: run, limit: limit)
    {
      s = start
    }
    var hasLowerHead = lowerHead
    while s - 1 >= limit {
      let j = s - 1
      if tokens[j].quote >= 0 { break }
      let w = tokens[j]
      if w.kind == .closeBracket {
        if let open = bracketStart(j, limit: limit), open > limit, isNameWord(open - 1) {
          s = open
          continue
        }
        break
      }
      guard w.kind == .word else { break }
      if isNameWord(j) {
        s = j
        continue
      }
      // "Far-right leader Marine Le Pen": a hyphenated modifier before a role.
      if w.flags.contains(.lowercaseAfterHyphen), isDescriptionHead(s) || isTitle(s) {
        s = j
        continue
      }
      if w.isLowercaseWord, w.isPossessive, !w.has(.function) {
        s = j
        continue
      }
      // "Luis de la Fuente": one particle or two before a surname.
      if w.isLowercaseWord, w.has(.particle), j - 1 >= limit,
        isNameWord(j - 1)
          || (j - 2 >= limit && tokens[j - 1].isLowercaseWord && tokens[j - 1].has(.particle)
            && isNameWord(j - 2))
      {
        s = j
        continue
      }
      if isDeterminer(j) {
        s = j
        // "CEO of the Refugee Council", "Joint Council for the Welfare of Immigrants".
        if j - 2 >= limit, tokens[j].has(.the), isConnector(j - 1),
          isNameWord(j - 2) || isTitle(j - 2) || isRoleNoun(j - 2)
        {
          continue
        }
        break
      }
      if isConnector(j), j - 1 >= limit {
        let before = j - 1
        let after = s
        let tiesTitle =
          isNameWord(before) || isRoleNoun(before) || isTitle(before)
          || (tokens[before].isLowercaseWord && isDescriptionHead(before))
        let hasObject = isNameWord(after) || isDeterminer(after) || isDescriptionHead(after)
        let isTo = tokens[j].has(.to)
        if tiesTitle && hasObject && (!isTo || isTitle(before) || isRoleNoun(before)) {
          s = j
          continue
        }
        break
      }
      // "First Minister Humza Yousaf", "First Lady Jill Biden": "First" opens the title.
      if w.isCapitalised, w.hash == Self.first, isTitle(s) {
        s = j
        continue
      }
      // "Microsoft chairman and chief executive Satya Nadella": two roles joined.
      if w.isLowercaseWord, w.has(.and), j - 1 >= limit, tokens[s].isLowercaseWord,
        tokens[j - 1].isLowercaseWord, isRoleNoun(j - 1) || isTitle(j - 1)
      {
        s = j
        continue
      }
      if isDescriptionHead(j) {
        hasLowerHead = true
        s = j
        continue
      }
      if isModifier(j), isDescriptionHead(s) || isTitle(s) || (hasLowerHead && isModifier(s)) {
        s = j
        continue
      }
      // ", teammate Kevin De Bruyne said": a role word before a name at a phrase's start.
      if isModifier(j), isNameWord(s),
        j == limit || !tokens[j - 1].isWord
          || tokens[j - 1].has(.determiner) || isSentenceInitial(j)
      {
        s = j
        break
      }
      break
    }
    while s < end, isConnector(s) { s += 1 }
    return s..<(end + 1)
  }

  /// The noun phrase that starts at `start`, not reaching `limit`.
  func phraseForward(startingAt start: Int, limit: Int) -> Range<Int>? {
    guard start < limit else { return nil }
    if isPronoun(start) { return start..<(start + 1) }
    var k = start
    if isDeterminer(k) { k += 1 }
    var end = k
    var hasHead = false
    while k < limit {
      if tokens[k].quote >= 0 { break }
      let t = tokens[k]
      if t.kind == .openBracket, hasHead, let close = bracketEnd(k, limit: limit) {
        if close - k <= 6 {
          k = close + 1
          end = k
          continue
        }
        break
      }
      guard t.kind == .word else { break }
      if isNameWord(k) {
        hasHead = true
        k += 1
        end = k
        continue
      }
      if t.isLowercaseWord, t.isPossessive, !t.has(.function) {
        k += 1
        continue
      }
      if t.isLowercaseWord, t.has(.particle), hasHead, k + 1 < limit,
        isNameWord(k + 1)
      {
        k += 1
        continue
      }
      if isDescriptionHead(k) {
        hasHead = true
        k += 1
        end = k
        continue
      }
      if isConnector(k), hasHead, k + 1 < limit {
        let before = k - 1
        var after = k + 1
        if isDeterminer(after), after + 1 < limit { after += 1 }
        let tiesTitle = isTitle(before) || isRoleNoun(before) || isOrganisationWord(before)
        let isTo = tokens[k].has(.to)
        if tiesTitle && (isNameWord(after) || isDescriptionHead(after))
          && (!isTo || isTitle(before) || isRoleNoun(before))
        {
          k = after
          continue
        }
        break
      }
      if isModifier(k), modifiesHead(from: k, limit: limit) {
        k += 1
        continue
      }
      // "said Acme founder and chief executive Jane Roe": two roles joined.
      if t.isLowercaseWord, t.has(.and), hasHead, tokens[k - 1].isLowercaseWord,
        isRoleNoun(k - 1) || isTitle(k - 1), k + 1 < limit,
        isRoleNoun(k + 1) || isTitle(k + 1)
          || (isModifier(k + 1) && modifiesHead(from: k + 1, limit: limit))
      {
        k += 1
        continue
      }
      // "said teammate Kevin De Bruyne": a role word right before a name.
      if !hasHead, isModifier(k), k + 1 < limit, isNameWord(k + 1) {
        k += 1
        continue
      }
      break
    }
    return hasHead ? start..<end : nil
  }

  /// "the i", "the Post": a determiner and one word that no list knows, as a last resort for the
  /// subject right before a reporting verb.
  func definitePhrase(endingAt end: Int, limit: Int) -> Range<Int>? {
    guard end - 1 >= limit, tokens[end].kind == .word, tokens[end].quote < 0,
      !tokens[end].isPossessive, !tokens[end].has(.function),
      !tokens[end].has(.asideOpener), !isCueWord(end),
      isDeterminer(end - 1), tokens[end - 1].has(.the)
    else { return nil }
    return (end - 1)..<(end + 1)
  }

  /// Whether lowercase modifiers from `k` lead to a role or thing noun within three words.
  private func modifiesHead(from k: Int, limit: Int) -> Bool {
    var j = k + 1
    while j < limit, j <= k + 3 {
      if isDescriptionHead(j) || isTitle(j) { return true }
      if !isModifier(j) { return false }
      j += 1
    }
    return false
  }

  /// The opening bracket that token `close` closes, within a few tokens.
  func bracketStart(_ close: Int, limit: Int) -> Int? {
    var j = close - 1
    while j >= limit, j >= close - 8 {
      if tokens[j].kind == .openBracket { return j }
      if tokens[j].kind == .closeBracket { return nil }
      j -= 1
    }
    return nil
  }

  /// The closing bracket for the opening bracket `open`, within a few tokens.
  func bracketEnd(_ open: Int, limit: Int) -> Int? {
    var j = open + 1
    while j < limit, j <= open + 10 {
      if tokens[j].kind == .closeBracket { return j }
      if tokens[j].kind == .openBracket { return nil }
      j += 1
    }
    return nil
  }

  // MARK: - Text

  /// The text of tokens `range`, as written; a final possessive ’s is left out.
  func text(_ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    let start = Int(tokens[range.lowerBound].start)
    let last = tokens[range.upperBound - 1]
    let end = last.kind == .word ? Int(last.baseEnd) : Int(last.end)
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }

  /// The text of a role, with abbreviated titles written out ("Sen." -> "Senator", "Lt. Gov."
  /// -> "Lieutenant Governor").
  func roleText(_ range: Range<Int>) -> String {
    // "The Chancellor" is the role "Chancellor".
    var range = range
    if range.count > 1, isDeterminer(range.lowerBound) {
      range = (range.lowerBound + 1)..<range.upperBound
    }
    var expands = false
    for k in range where tokens[k].isCapitalised && tokens[k].has(.title) {
      if NameWords.titleAbbreviations[tokens[k].hash] != nil { expands = true }
    }
    guard expands else { return text(range) }
    var out = ""
    var previousEnd = -1
    for k in range {
      let t = tokens[k]
      if previousEnd >= 0, Int(t.start) > previousEnd { out += " " }
      if t.isCapitalised, let full = NameWords.titleAbbreviations[t.hash] {
        out += full
      } else {
        out += text(k..<(k + 1))
      }
      previousEnd = Int(t.end)
    }
    return out
  }

  /// The text of a noun phrase, with a common word that opens a sentence lowercased ("The
  /// report" -> "the report", "Officials" -> "officials").
  func phraseText(_ range: Range<Int>) -> String {
    var text = self.text(range)
    guard let first = range.first else { return text }
    let t = tokens[first]
    if t.isCapitalised, t.has([.determiner, .roleNoun, .speakingThing, .commonCapitalised]),
      !t.flags.contains(.allCaps), isSentenceInitial(first) || t.has(.determiner)
    {
      var bytes = Array(text.utf8)
      if let b = bytes.first, b >= UInt8(ascii: "A"), b <= UInt8(ascii: "Z") {
        bytes[0] = b | 0x20
        text = String(decoding: bytes, as: UTF8.self)
      }
    }
    return text
  }

  /// The bytes of word `k` without a possessive ’s, lowercased, for comparing surnames.
  func lowercasedBytes(of k: Int) -> [UInt8] {
    let token = tokens[k]
    var out: [UInt8] = []
    var i = Int(token.start)
    while i < Int(token.baseEnd) {
      let c = bytes[i]
      out.append(c >= 65 && c <= 90 ? c | 0x20 : c)
      i += 1
    }
    return out
  }

  /// The hashes of the words of `range`.
  func hashes(_ range: Range<Int>) -> [UInt64] {
    var out: [UInt64] = []
    for k in range where tokens[k].kind == .word { out.append(tokens[k].hash) }
    return out
  }
}
