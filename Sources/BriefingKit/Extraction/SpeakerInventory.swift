/// Everyone and everything an article names, gathered in one pass before attribution, so a later
/// "Blinken", "Ambassador Mohib" or "KCNA" finds the fullest name the article gives.
struct SpeakerInventory: Sendable {
  /// A person the article names.
  struct Person: Sendable {
    /// The word hashes of the fullest name.
    var hashes: [UInt64]
    /// The fullest name as written.
    var name: String
    /// The surname as lowercase bytes, for forgiving typos ("Bauchtman" for "Buchtmann").
    var surname: [UInt8]
    /// The role from the first mention that gives one.
    var role: String?
    var gender: Speaker.Gender
    /// Where it is first mentioned (paragraph << 20 | token).
    var position: Int
    var surnameHash: UInt64 { hashes.last ?? 0 }
  }

  /// A named organisation ("Municipality of Livorno", "the White House").
  struct Organisation: Sendable {
    var hashes: [UInt64]
    var name: String
    var position: Int
  }

  /// A noun phrase naming a thing that can speak ("the Home Office letter").
  struct Description: Sendable {
    var name: String
    var position: Int
    /// Whether a proper name or possessive modifies it ("the Home Office letter", "the report's
    /// authors").
    var isProper: Bool
    var words: Int
  }

  var persons: [Person] = []

  /// Whether someone has the surname that hashes to `hash`.
  func hasSurname(_ hash: UInt64) -> Bool {
    persons.contains { $0.surnameHash == hash }
  }

  /// Acronyms the article spells out: "KCNA" -> "Korean Central News Agency".
  var acronyms: [UInt64: String] = [:]
  var organisations: [Organisation] = []
  /// Descriptions by the hash of their head noun.
  var descriptions: [UInt64: [Description]] = [:]

  static func position(_ paragraph: Int, _ token: Int) -> Int { paragraph << 20 | token }

  // MARK: - Building

  /// Adds the names of one paragraph.
  mutating func add(_ paragraph: QuotedParagraph, bytes: UnsafeBufferPointer<UInt8>) {
    let reader = NameMention(paragraph: paragraph, bytes: bytes)
    let tokens = paragraph.tokens
    let count = tokens.count
    var k = 0
    while k < count {
      let t = tokens[k]
      guard t.kind == .word else {
        k += 1
        continue
      }
      if t.has(.determiner) {
        addDescription(startingAt: k, reader: reader, paragraph: paragraph.index)
      }
      guard t.flags.contains(.capitalised) || t.flags.contains(.particleName),
        let run = reader.runForward(startingAt: k, limit: count)
      else {
        k += 1
        continue
      }
      addRun(run, reader: reader, paragraph: paragraph.index)
      k = run.upperBound
    }
  }

  private mutating func addRun(_ run: Range<Int>, reader: NameMention, paragraph: Int) {
    let tokens = reader.tokens
    let end = run.upperBound
    // "Korean Central News Agency (KCNA)" and "CEI (Italian Episcopal Conference)".
    if end + 2 < tokens.count, tokens[end].kind == .openBracket {
      if tokens[end + 2].kind == .closeBracket, tokens[end + 1].flags.contains(.allCaps) {
        let organisation = organisationExtent(run, reader: reader)
        if initialsMatch(tokens[end + 1], organisation, reader: reader) {
          acronyms[tokens[end + 1].hash] = reader.text(organisation)
        }
      } else if run.count == 1, tokens[run.lowerBound].flags.contains(.allCaps),
        let inner = reader.runForward(startingAt: end + 1, limit: tokens.count),
        inner.upperBound < tokens.count, tokens[inner.upperBound].kind == .closeBracket,
        initialsMatch(tokens[run.lowerBound], inner, reader: reader)
      {
        acronyms[tokens[run.lowerBound].hash] = reader.text(inner)
      }
    }
    var isOrganisation = false
    for j in run where reader.isOrganisationWord(j) { isOrganisation = true }
    // "Social Care" in "Department of Health and Social Care" names no one.
    if reader.organisationStart(endingWith: run, limit: 0) != nil,
      let found = reader.personName(in: run), found.name.lowerBound == run.lowerBound
    {
      return
    }
    if isOrganisation {
      let extent = organisationExtent(run, reader: reader)
      var findable = false
      for j in extent where tokens[j].has(.synonymTarget) { findable = true }
      guard findable else { return addPerson(in: run, reader: reader, paragraph: paragraph) }
      var name = reader.text(extent)
      if extent.lowerBound > 0, reader.isDeterminer(extent.lowerBound - 1),
        reader.tokens[extent.lowerBound - 1].has(.the)
      {
        name = "the " + name
      }
      organisations.append(
        Organisation(
          hashes: reader.hashes(extent), name: name,
          position: Self.position(paragraph, run.lowerBound)))
    }
    addPerson(in: run, reader: reader, paragraph: paragraph)
  }

  private mutating func addPerson(in run: Range<Int>, reader: NameMention, paragraph: Int) {
    let tokens = reader.tokens
    guard let found = reader.personName(in: run), found.isPerson else { return }
    // "Born Margaret Louise Ellery", "née Jones": a birth name is no one new.
    if run.lowerBound > 0, Self.birthNameMarkers.contains(tokens[run.lowerBound - 1].hash) {
      return
    }
    // A name seen before, with its role known or no role here: nothing to add.
    let lastHash = tokens[found.name.upperBound - 1].hash
    let before = run.lowerBound - 1
    let mayGiveRole =
      found.name.lowerBound > run.lowerBound
      || (found.name.upperBound < tokens.count && tokens[found.name.upperBound].kind == .comma)
      || (before >= 0 && tokens[before].isLowercaseWord
        && !tokens[before].has([.function, .determiner, .possessivePronoun, .asideOpener]))
    var seen = -1
    for (index, person) in persons.enumerated()
    where person.surnameHash == lastHash && person.hashes.count >= found.name.count {
      var same = true
      var k = found.name.upperBound - 1
      var h = person.hashes.count - 1
      while k >= found.name.lowerBound {
        if person.hashes[h] != tokens[k].hash {
          same = false
          break
        }
        k -= 1
        h -= 1
      }
      if same {
        if person.role != nil || !mayGiveRole { return }
        seen = index
        break
      }
    }
    var gender = Speaker.Gender.unknown
    var j = run.lowerBound
    while j < found.name.lowerBound {
      if tokens[j].has(.male) { gender = .male }
      if tokens[j].has(.female) { gender = .female }
      j += 1
    }
    // "Dmitry Peskov", "Kamala Harris": a given name that tells.
    if gender == .unknown, found.name.count >= 2 {
      gender = NameWords.gender(ofGivenName: tokens[found.name.lowerBound].hash)
    }
    let role = Self.role(of: found.name, reader: reader)
    // "His daughter, Sumayah Jamal": a role that tells.
    if gender == .unknown, let role { gender = NameWords.gender(ofRole: role) }
    // "Marcus Ellery", "Margarita Levieva": a given name no list knows, by its ending.
    if gender == .unknown, found.name.count >= 2 {
      let given = found.name.lowerBound
      gender = NameWords.gender(
        guessingFrom: reader.lowercasedBytes(of: given), hash: tokens[given].hash)
    }
    // Seen before, and this mention adds neither a role nor a gender.
    if seen >= 0, role == nil, gender == .unknown || persons[seen].gender != .unknown { return }
    register(
      hashes: reader.hashes(found.name), name: displayName(found.name, run: run, reader: reader),
      surname: reader.lowercasedBytes(of: found.name.upperBound - 1), role: role,
      gender: gender, position: Self.position(paragraph, found.name.lowerBound))
  }

  /// The name to show: a lone surname keeps its honorific ("Mr. Toccafondi").
  private func displayName(_ name: Range<Int>, run: Range<Int>, reader: NameMention) -> String {
    if name.count == 1, name.lowerBound > run.lowerBound,
      reader.tokens[name.lowerBound - 1].has(.honorific)
    {
      return reader.text((name.lowerBound - 1)..<name.upperBound)
    }
    // "Ferdinand Marcos Jr.", "Martin Luther King Jr.": a generational suffix is part of the
    // name as written (an honour such as "KC" is not).
    let tokens = reader.tokens
    var end = name.upperBound
    if end < run.upperBound, tokens[end].has(.nameSuffix) {
      end += 1
      if end < tokens.count, tokens[end].kind == .period, tokens[end].start == tokens[end - 1].end {
        end += 1
      }
      return reader.text(name.lowerBound..<end)
    }
    return reader.text(name)
  }

  /// A person's role from the words before the name ("White House spokesman") or an appositive
  /// after it (", an associate fellow at ...").
  static func role(of name: Range<Int>, reader: NameMention) -> String? {
    let tokens = reader.tokens
    if let phrase = reader.phraseBackward(
      endingAt: name.upperBound - 1, limit: 0, possessive: true),
      phrase.lowerBound < name.lowerBound
    {
      var s = phrase.lowerBound
      while s < name.lowerBound, reader.isDeterminer(s) { s += 1 }
      // "Former prime minister Rishi Sunak": the words that say a role is no longer held, or
      // not for good, belong to it.
      while s > 0, tokens[s - 1].kind == .word, Self.roleQualifiers.contains(tokens[s - 1].hash) {
        s -= 1
      }
      var e = name.lowerBound
      while e > s, reader.tokens[e - 1].has(.honorific) { e -= 1 }
      var hasRole = false
      for j in s..<e
      where reader.isTitle(j) || tokens[j].has(.roleNoun) || reader.isUnlistedRole(j) {
        hasRole = true
      }
      if hasRole, e > s {
        // "Councillor Jenny Atwell, Devon County Council's cabinet member for highways,": a bare
        // title gives way to the appositive that says more.
        if e - s == 1, reader.isTitle(s) || tokens[s].has(.roleNoun),
          let fuller = appositiveRole(after: name, reader: reader),
          fuller.utf8.count(where: { $0 == 0x20 }) >= 2
        {
          return fuller
        }
        let role = reader.roleText(s..<e)
        // "Former prime minister" opening a sentence is a "former prime minister".
        guard Self.roleQualifiers.contains(tokens[s].hash), let first = role.first else {
          return role
        }
        return first.lowercased() + role.dropFirst()
      }
    }
    if let role = ofTitle(before: name, reader: reader) { return role }
    // "The secretary general of CEI, Nunzio Galantino, has called ...", "The UN special envoy,
    // Dr. Amara Nwosu, said": past an honorific before the name.
    var opening = name.lowerBound
    while opening >= 2,
      tokens[opening - 1].has(.honorific)
        || (tokens[opening - 1].kind == .period && tokens[opening - 2].has(.honorific))
    {
      opening -= 1
    }
    if opening >= 2, tokens[opening - 1].kind == .comma {
      var b = opening - 2
      while b > 0, !isBoundary(tokens[b - 1]) { b -= 1 }
      // "But the head of the CBI, Rain Newton-Smith, said"
      if b < opening - 2, tokens[b].has(.and) || tokens[b].hash == Self.but { b += 1 }
      // "Pfizer's chief executive, Albert Bourla, said": an owner's name opens the role.
      let owner =
        (tokens[b].isPossessive && tokens[b].isCapitalised) || tokens[b].has(.possessivePronoun)
      if b <= opening - 2, b == 0 || tokens[b - 1].kind != .comma,
        reader.isDeterminer(b) || reader.isTitle(b)
          || NameWords.countingWords.contains(tokens[b].hash)
          || owner,
        let role = appositiveRole(b..<(opening - 1), reader: reader)
      {
        return role
      }
    }
    return appositiveRole(after: name, reader: reader)
  }

  /// The role an appositive right after a name gives: "Raj Patel, 34, a shopkeeper in Leicester".
  private static func appositiveRole(after name: Range<Int>, reader: NameMention) -> String? {
    let tokens = reader.tokens
    var k = name.upperBound
    guard k + 1 < tokens.count, tokens[k].kind == .comma else { return nil }
    // "Raj Patel, 34, a shopkeeper in Leicester": past the age.
    if k + 3 < tokens.count, tokens[k + 1].flags.contains(.number), tokens[k + 2].kind == .comma {
      k += 2
    }
    k += 1
    let start = k
    while k < tokens.count, k - start < 20 {
      let kind = tokens[k].kind
      if kind == .comma || kind == .period || kind == .semicolon || kind == .colon
        || tokens[k].isQuoteMark || kind == .dash
      {
        break
      }
      k += 1
    }
    return appositiveRole(start..<k, reader: reader)
  }

  /// A title in lower case joined by "of" right before a name: "White House deputy chief of
  /// staff Bruce Reed", "director of public health Jane Roe".
  private static func ofTitle(before name: Range<Int>, reader: NameMention) -> String? {
    let tokens = reader.tokens
    var k = name.lowerBound - 1
    var tail = 0
    while k >= 0, tail < 2, tokens[k].isLowercaseWord, !reader.isConnector(k),
      !reader.isDeterminer(k), !tokens[k].has(.function)
    {
      k -= 1
      tail += 1
    }
    guard tail > 0, k >= 1, reader.isConnector(k), tokens[k].quote < 0,
      reader.isTitle(k - 1) || tokens[k - 1].has(.roleNoun)
    else { return nil }
    var s = k - 1
    while s - 1 >= 0, name.lowerBound - s < 8, tokens[s - 1].kind == .word, tokens[s - 1].quote < 0,
      !reader.isDeterminer(s - 1),
      reader.isTitle(s - 1) || tokens[s - 1].has(.roleNoun) || tokens[s - 1].isCapitalised
    {
      s -= 1
    }
    return reader.roleText(s..<name.lowerBound)
  }

  private static let but = WordHash.hash("but")

  /// Words before a birth name: "born", "née".
  private static let birthNameMarkers: Set<UInt64> = WordHash.set(["born", "née", "nee"])

  /// Words before a title that change what it says: "former", "acting", "interim".
  static let roleQualifiers: Set<UInt64> = Set(
    ["former", "acting", "interim", "outgoing", "incoming", "late", "then", "ex", "caretaker"].map(
      WordHash.hash))

  private static func isBoundary(_ t: TextToken) -> Bool {
    switch t.kind {
    case .comma, .colon, .semicolon, .period, .question, .exclamation, .doubleMark, .singleMark,
      .dash:
      return true
    default:
      return false
    }
  }

  /// The role an appositive gives ("an associate fellow at X" -> "associate fellow at X"), or nil
  /// when the words are not a role.
  static func appositiveRole(_ range: Range<Int>, reader: NameMention) -> String? {
    guard !range.isEmpty else { return nil }
    var s = range.lowerBound
    if reader.tokens[s].isLowercaseWord, reader.tokens[s].has(.and) { s += 1 }
    guard s < range.upperBound else { return nil }
    let first = reader.tokens[s]
    // "Fernando Cheung, told the BBC that police ...": a verb opens no role.
    guard first.kind == .word, !first.has(.asideOpener), !first.has(.cue) else { return nil }
    // "an astronomer at the University of Hertfordshire": a noun phrase opened by "a" or "an"
    // after a name says what the person is.
    var hasRole =
      first.isLowercaseWord && first.has(.determiner) && !first.has(.the)
      && range.count <= 16
    var k = s
    while !hasRole, k < min(range.upperBound, s + 7) {
      if reader.isTitle(k) || reader.isRoleNoun(k) { hasRole = true }
      // "Ardern, 42, became the world's youngest head of government": a verb and its object,
      // not a role; a role's noun comes before any article or preposition.
      if k > s, reader.isDeterminer(k) || reader.isConnector(k) { break }
      k += 1
    }
    guard hasRole else { return nil }
    // "a farmer", "one farmer", "another lawmaker": the role is "farmer".
    if reader.isDeterminer(s) || NameWords.countingWords.contains(reader.tokens[s].hash) { s += 1 }
    guard s < range.upperBound else { return nil }
    // "His daughter" opening a sentence is "his daughter".
    let lowercaseFirst = reader.tokens[s].has(.possessivePronoun) && reader.tokens[s].isCapitalised
    // "a nutrition scientist at the University of Reading who was not involved": the role ends
    // where a relative clause starts.
    var e = s + 1
    while e < range.upperBound {
      let t = reader.tokens[e]
      if t.isLowercaseWord, t.has(.relative) { break }
      e += 1
    }
    let role = reader.roleText(s..<e)
    guard lowercaseFirst, let first = role.first else { return role }
    return first.lowercased() + role.dropFirst()
  }

  private mutating func register(
    hashes: [UInt64], name: String, surname: [UInt8], role: String?, gender: Speaker.Gender,
    position: Int
  ) {
    guard let last = hashes.last else { return }
    for index in persons.indices where persons[index].surnameHash == last {
      var person = persons[index]
      let same: Bool
      if hashes.count == 1 || person.hashes.count == 1 {
        same = true
      } else {
        same =
          hashes.first == person.hashes.first || hashes.ends(with: person.hashes)
          || person.hashes.ends(with: hashes)
      }
      guard same else { continue }
      if hashes.count > person.hashes.count {
        person.hashes = hashes
        person.name = name
      }
      if person.role == nil { person.role = role }
      if person.gender == .unknown { person.gender = gender }
      persons[index] = person
      return
    }
    persons.append(
      Person(
        hashes: hashes, name: name, surname: surname, role: role, gender: gender,
        position: position))
  }

  /// "Municipality of Livorno", "Union of Rationalist Atheists and Agnostics": a run joined to
  /// the runs before it by "of", "for", "and" or "the".
  private func organisationExtent(_ run: Range<Int>, reader: NameMention) -> Range<Int> {
    var s = run.lowerBound
    while s >= 3 {
      var j = s - 1
      if reader.tokens[j].has(.the), reader.tokens[j].isLowercaseWord { j -= 1 }
      guard reader.tokens[j].isLowercaseWord, reader.tokens[j].has([.of, .forWord, .and]),
        let before = reader.runBackward(endingAt: j - 1, limit: 0)
      else { break }
      s = before.lowerBound
    }
    var e = run.upperBound
    while e + 1 < reader.tokens.count {
      var j = e
      guard reader.tokens[j].isLowercaseWord, reader.tokens[j].has([.of, .forWord]) else {
        break
      }
      j += 1
      if reader.tokens[j].has(.the), reader.tokens[j].isLowercaseWord { j += 1 }
      guard let after = reader.runForward(startingAt: j, limit: reader.tokens.count) else { break }
      e = after.upperBound
    }
    return s..<e
  }

  private func initialsMatch(_ acronym: TextToken, _ name: Range<Int>, reader: NameMention) -> Bool
  {
    let letters = Int(acronym.end - acronym.start)
    var capitals = 0
    var first: UInt8 = 0
    for k in name where reader.tokens[k].isCapitalised {
      if capitals == 0 { first = reader.bytes[Int(reader.tokens[k].start)] }
      capitals += 1
    }
    return capitals >= 2 && abs(capitals - letters) <= 2
      && first == reader.bytes[Int(acronym.start)]
  }

  private mutating func addDescription(startingAt k: Int, reader: NameMention, paragraph: Int) {
    let tokens = reader.tokens
    var j = k + 1
    var isProper = false
    while j < tokens.count, j <= k + 6 {
      let t = tokens[j]
      guard t.kind == .word, reader.tokens[j].quote == reader.tokens[k].quote else {
        return
      }
      if t.isLowercaseWord, !t.isPossessive, t.has(.speakingThing) {
        // Only descriptions a proper name or a speaker's possessive modifies ("the Home Office
        // letter", "the report's authors", not "the world's largest company") can make another
        // one fuller.
        guard isProper else { return }
        descriptions[t.hash, default: []].append(
          Description(
            name: "the" + " " + reader.text((k + 1)..<(j + 1)),
            position: Self.position(paragraph, k),
            isProper: isProper, words: j - k))
        return
      }
      if t.isCapitalised || (t.isPossessive && t.has([.speakingThing, .roleNoun])) {
        isProper = true
      } else if !t.isPossessive, !reader.isModifier(j) {
        return
      }
      j += 1
    }
  }

  // MARK: - Lookup

  /// The person a name refers to: by surname, else by a near-miss surname (a typo), else by
  /// given name; the nearest mention before `position` wins a tie.
  func person(named hashes: [UInt64], surname: [UInt8], near position: Int) -> Int? {
    var unique = false
    return person(named: hashes, surname: surname, near: position, unique: &unique)
  }

  /// The person a name refers to; `unique` tells whether the answer is the same wherever the
  /// name stands (one candidate at most), so a caller may keep it.
  func person(named hashes: [UInt64], surname: [UInt8], near position: Int, unique: inout Bool)
    -> Int?
  {
    guard let last = hashes.last else { return nil }
    var candidates = 0
    var exact: Int? = nil
    var matching: Int? = nil
    for index in persons.indices where persons[index].surnameHash == last {
      candidates += 1
      exact = nearer(exact, index, to: position)
      let other = persons[index].hashes
      if hashes.count == 1 || other.count == 1 || other.first == hashes.first
        || other.ends(with: hashes) || hashes.ends(with: other)
      {
        matching = nearer(matching, index, to: position)
      }
    }
    unique = candidates <= 1
    // "Li" after "Zhang Li" and "Li Guoping": a family name written first is as good a match
    // as a surname; the one named nearer before wins.
    if hashes.count == 1, let best = matching {
      var nearest = best
      for index in persons.indices
      where index != best && persons[index].hashes.count > 1 && persons[index].hashes.first == last
      {
        unique = false
        nearest = nearer(nearest, index, to: position)
      }
      if nearest != best { return nearest }
    }
    if let best = matching, persons[best].hashes.count > 1 || hashes.count > 1 {
      return best
    }
    if hashes.count == 1 {
      if surname.count >= 5 {
        var near: Int? = nil
        for index in persons.indices {
          let other = persons[index].surname
          guard other.first == surname.first, persons[index].hashes.count > 1 else { continue }
          let limit = max(surname.count, other.count) >= 7 ? 2 : 1
          if Self.editDistance(surname, other, limit: limit) <= limit {
            near = nearer(near, index, to: position)
          }
        }
        if let near { return near }
      }
      if exact == nil {
        // "Kim" for "Kim Jong Un" (a family name written first); with two such people the
        // answer depends on where the name stands.
        var given: Int? = nil
        var count = 0
        for index in persons.indices
        where persons[index].hashes.count > 1 && persons[index].hashes.first == last {
          given = nearer(given, index, to: position)
          count += 1
        }
        if let given {
          unique = count == 1
          return given
        }
        // "Lula" for "Luiz Inácio Lula da Silva": a middle name people go by.
        var middle: Int? = nil
        for index in persons.indices
        where persons[index].hashes.count > 2 && persons[index].hashes.contains(last) {
          middle = nearer(middle, index, to: position)
          count += 1
        }
        if let middle {
          unique = count == 1
          return middle
        }
      }
    }
    return exact
  }

  /// Of two people, the one mentioned last before `position`, else the one mentioned first.
  private func nearer(_ best: Int?, _ index: Int, to position: Int) -> Int {
    guard let best else { return index }
    let a = persons[best].position
    let b = persons[index].position
    switch (a <= position, b <= position) {
    case (true, false): return best
    case (false, true): return index
    case (true, true): return b > a ? index : best
    case (false, false): return b < a ? index : best
    }
  }

  /// The organisation a common noun refers to ("the city" -> "the Municipality of Livorno"):
  /// the last one named before `position` whose name holds a word the noun stands for.
  func organisation(for head: UInt64, near position: Int) -> String? {
    guard let words = NameWords.organisationSynonyms[head] else { return nil }
    var best: Organisation? = nil
    for organisation in organisations where organisation.position <= position {
      if organisation.hashes.contains(where: words.contains) { best = organisation }
    }
    return best?.name
  }

  /// The person first named within the next two paragraphs after `position` with a role whose
  /// last word is `head` ("leader" -> "council leader Anna Price").
  func nextHolder(of head: UInt64, after position: Int) -> Int? {
    let limit = position + 3 << 20
    var best: Int? = nil
    for (index, person) in persons.enumerated()
    where person.position > position && person.position < limit
      && person.position < (best.map { persons[$0].position } ?? Int.max)
    {
      guard let role = person.role, let last = role.split(separator: " ").last,
        WordHash.hash(last.lowercased()) == head
      else { continue }
      best = index
    }
    return best
  }

  /// The fullest description with the same head noun ("a leaked letter" -> "the Home Office
  /// letter"), preferring one modified by a proper name.
  func fullestDescription(head: UInt64, near position: Int) -> String? {
    guard let list = descriptions[head] else { return nil }
    let proper = list.filter(\.isProper)
    guard !proper.isEmpty else { return nil }
    let before = proper.filter { $0.position <= position }
    if let best = before.max(by: { $0.words < $1.words }) { return best.name }
    return proper.max(by: { $0.words < $1.words })?.name
  }

  /// Damerau-Levenshtein distance, giving up past `limit`.
  static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    let n = a.count
    let m = b.count
    if n == 0 || m == 0 { return max(n, m) }
    // Three rows on the stack: no allocation per comparison.
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { rows in
      var previous2 = 0
      var previous = m + 1
      var current = 2 * (m + 1)
      for j in 0...m {
        rows[previous2 + j] = 0
        rows[previous + j] = j
      }
      for i in 1...n {
        rows[current] = i
        var rowMin = i
        for j in 1...m {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          var value = min(
            rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
            value = min(value, rows[previous2 + j - 2] + 1)
          }
          rows[current + j] = value
          rowMin = min(rowMin, value)
        }
        if rowMin > limit { return limit + 1 }
        (previous2, previous, current) = (previous, current, previous2)
      }
      return rows[previous + m]
    }
  }
}

extension Array where Element: Equatable {
  /// Whether the array ends with `suffix`.
  fileprivate func ends(with suffix: [Element]) -> Bool {
    suffix.count <= count && Array(self[(count - suffix.count)...]) == suffix
  }
}
