/// Turns the words that name a speaker into the fullest name the article gives: a surname, a
/// title ("Ambassador Mohib", "the secretary"), an acronym or a pronoun resolves to the person or
/// organisation it stands for.
struct SpeakerResolver: Sendable {
  /// A mention of a speaker, kept in reading order so pronouns find their antecedent.
  struct Mention: Sendable {
    var speaker: Speaker
    /// Paragraph << 20 | token.
    var position: Int
    /// The article-wide serial number of its sentence.
    var sentence: Int
    /// 2: someone who speaks (a reporting verb's subject, "according to X", a quote's speaker);
    /// 1: a sentence's subject; 0: any other mention.
    var weight: Int
  }

  var inventory: SpeakerInventory
  private(set) var mentions: [Mention] = []
  /// People already looked up by name, by the hash of the name's words (-1: nobody).
  private var known: [UInt64: Int] = [:]

  init(inventory: SpeakerInventory) {
    self.inventory = inventory
  }

  /// Records a mention for later pronouns.
  mutating func note(_ speaker: Speaker, position: Int, sentence: Int, weight: Int) {
    if let last = mentions.last, last.position == position, last.speaker == speaker {
      mentions[mentions.count - 1].weight = max(last.weight, weight)
      return
    }
    mentions.append(
      Mention(speaker: speaker, position: position, sentence: sentence, weight: weight))
    if mentions.count > 256 { mentions.removeFirst(128) }
  }

  /// The most recent speaker noted in paragraph `paragraph` before `position` with at least
  /// `weight`.
  func recentSpeaker(inParagraph paragraph: Int, before position: Int, weight: Int) -> Speaker? {
    for mention in mentions.reversed() {
      guard mention.position >> 20 == paragraph else {
        if mention.position >> 20 < paragraph { break }
        continue
      }
      if mention.position < position, mention.weight >= weight,
        mention.speaker.kind != .unknown || mention.weight >= 2
      {
        return mention.speaker
      }
    }
    return nil
  }

  // MARK: - Resolving

  /// The speaker a noun phrase names, or nil when it names nobody the rules trust.
  mutating func resolve(_ phrase: Range<Int>, in reader: NameMention, sentence: Int) -> Speaker? {
    let tokens = reader.tokens
    let position = SpeakerInventory.position(reader.index, phrase.lowerBound)
    if phrase.count == 1, reader.isPronoun(phrase.lowerBound) {
      let pronoun = tokens[phrase.lowerBound].classes
      if let object = objectAntecedent(
        of: pronoun, at: phrase.lowerBound, in: reader, position: position, sentence: sentence)
      {
        return object
      }
      return antecedent(of: pronoun, position: position, sentence: sentence)
    }
    if let speaker = spokesperson(phrase, reader: reader, sentence: sentence) { return speaker }
    // "Zaki was gracious. “He deserved it,” the Texan said": a nationality right after a person
    // in the same paragraph is that person; otherwise it is the story's protagonist, the first
    // person its opening paragraphs name ("Max Verstappen won ... “...,” said the Dutchman").
    if phrase.count == 2, tokens[phrase.lowerBound].has(.the),
      tokens[phrase.lowerBound + 1].isCapitalised, tokens[phrase.lowerBound + 1].has(.demonym)
    {
      return epithetHolder(before: position, sentence: sentence)
        ?? Speaker(name: reader.phraseText(phrase), role: nil, kind: .person, person: nil)
    }
    var first: Range<Int>? = nil
    var last: Range<Int>? = nil
    var k = phrase.lowerBound
    while k < phrase.upperBound {
      if let run = reader.runForward(startingAt: k, limit: phrase.upperBound) {
        // "Political scientist Marina Costa Lobo of the University of Lisbon": the person before
        // "of" is the first run that counts.
        if first == nil
          || (last.map { !isPersonRun($0, reader: reader) } ?? false)
            && run.upperBound < phrase.upperBound && reader.isConnector(run.upperBound)
            && isPersonRun(run, reader: reader)
        {
          first = run
        }
        last = run
        k = run.upperBound
      } else {
        k += 1
      }
    }
    let head = phrase.upperBound - 1
    let headIsNoun = reader.isDescriptionHead(head)
    // "her family said": the family of the woman just written about.
    if headIsNoun, tokens[head].has(.roleNoun), phrase.lowerBound > 0,
      tokens[phrase.lowerBound - 1].has([.his, .her]), tokens[phrase.lowerBound].isLowercaseWord
    {
      let pronoun: WordClass = tokens[phrase.lowerBound - 1].has(.his) ? .he : .she
      if let owner = antecedent(of: pronoun, position: position, sentence: sentence),
        owner.kind == .person, owner.person != nil
      {
        let role = reader.text(phrase)
        let kind: Speaker.Kind = tokens[head].has(.pluralGroup) ? .group : .person
        return Speaker(name: owner.name + "’s " + role, role: role, kind: kind, person: nil)
      }
    }
    if let last, let run = chooseRun(first: first ?? last, last: last, in: phrase, reader: reader) {
      if headIsNoun {
        // "Cornyn's statement" is Cornyn's; "the Home Office letter" is the letter's.
        if tokens[run.upperBound - 1].isPossessive, run.upperBound == head,
          tokens[head].has(.speakingThing),
          !tokens[head].has(.roleNoun),
          let person = self.person(in: run, reader: reader, position: position),
          person.kind == .person
        {
          return person
        }
        return description(phrase, reader: reader, position: position, sentence: sentence)
      }
      if let organisation = organisationNamed(by: run, phrase: phrase, reader: reader) {
        return organisation
      }
      if var person = self.person(in: run, reader: reader, position: position) {
        // "the Treasury", "the Kremlin": a name after "the" that is nobody the article knows.
        if person.kind == .unknown, tokens[phrase.lowerBound].has(.the),
          run.lowerBound == phrase.lowerBound + 1
        {
          person.kind = .organisation
          person.name = reader.phraseText(phrase)
          return person
        }
        if person.role == nil, person.kind == .person {
          var speaker = person
          speaker.role = localRole(phrase, name: run, reader: reader)
          return speaker
        }
        return person
      }
      return organisation(run, phrase: phrase, reader: reader, position: position)
    }
    guard headIsNoun else {
      // "the 23-year-old said": an epithet for the person just written about.
      if phrase.count == 2, tokens[phrase.lowerBound].has(.the),
        tokens[head].flags.contains(.number), reader.text(head..<(head + 1)).hasSuffix("year-old")
      {
        return epithetHolder(before: position, sentence: sentence)
      }
      // "the i reporting": a name the lists do not know, after "the".
      if phrase.count == 2, reader.isDeterminer(phrase.lowerBound) {
        return Speaker(
          name: reader.phraseText(phrase), role: nil, kind: .organisation, person: nil)
      }
      return nil
    }
    return description(phrase, reader: reader, position: position, sentence: sentence)
  }

  /// Someone who speaks for a named person or organisation: "a spokesperson for National Grid"
  /// and "a National Grid spokesperson" are "National Grid spokesperson"; "a spokesman for Mr
  /// Smith" is "John Smith's spokesman". The role is the noun ("spokesperson").
  private mutating func spokesperson(_ phrase: Range<Int>, reader: NameMention, sentence: Int)
    -> Speaker?
  {
    let tokens = reader.tokens
    var head = phrase.lowerBound
    while head < phrase.upperBound, !tokens[head].has(.spokesperson) { head += 1 }
    guard head < phrase.upperBound, tokens[head].isLowercaseWord else { return nil }
    let role = reader.text(head..<(head + 1))
    var base: String
    if head + 2 < phrase.upperBound, tokens[head + 1].has(.forWord) {
      let principal = (head + 2)..<phrase.upperBound
      let speaker = resolve(principal, in: reader, sentence: sentence)
      if let speaker, speaker.kind == .person {
        base = speaker.name + "’s"
      } else {
        base = speaker?.name ?? reader.phraseText(principal)
      }
    } else if head == phrase.upperBound - 1 {
      var s = phrase.lowerBound
      while s < head, reader.isDeterminer(s) { s += 1 }
      var proper = false
      for k in s..<head where tokens[k].isCapitalised { proper = true }
      if proper, s < head, tokens[head - 1].isPossessive,
        let owner = resolve(s..<head, in: reader, sentence: sentence), owner.kind == .person,
        owner.person != nil
      {
        // "Doyle's spokesman" speaks for Karen Doyle.
        base = owner.name + "’s"
      } else if proper {
        base = reader.phraseText(s..<head)
      } else if s == head,
        let organisation = recentOrganisation(
          before: SpeakerInventory.position(reader.index, phrase.lowerBound),
          since: sentence - 1)
      {
        // "Network Rail said 30 lines were closed. “...,” a spokesperson said."
        base = organisation.name
      } else if s == head,
        let police = mentions.last(where: {
          $0.position < SpeakerInventory.position(reader.index, phrase.lowerBound)
            && $0.sentence >= sentence - 1 && $0.weight >= 1
        })?.speaker, police.kind == .group, police.name.lowercased().hasSuffix("police")
      {
        // "Police said a man had been arrested. “...,” a spokesperson added."
        base = police.name
      } else {
        return nil
      }
    } else {
      return nil
    }
    if base.hasPrefix("the ") { base.removeFirst(4) }
    return Speaker(name: base + " " + role, role: role, kind: .person, person: nil)
  }

  /// The run that names the speaker: "Lydia Buchtmann" in "Lydia Buchtmann for Food Standards
  /// Australia", the last one otherwise ("Secretary of State Antony Blinken").
  private func isPersonRun(_ run: Range<Int>, reader: NameMention) -> Bool {
    guard let found = reader.personName(in: run) else { return false }
    return found.isPerson && found.name.upperBound == run.upperBound
  }

  private func chooseRun(
    first: Range<Int>, last: Range<Int>, in phrase: Range<Int>, reader: NameMention
  ) -> Range<Int>? {
    if first != last, first.upperBound < phrase.upperBound,
      reader.isConnector(first.upperBound),
      let found = reader.personName(in: first), found.isPerson,
      found.name.upperBound == first.upperBound
    {
      return first
    }
    // "the Home Office letter": the run is a modifier, the noun is the head.
    return last
  }

  /// The person a run of name words names, with the fullest name the article gives.
  private mutating func person(in run: Range<Int>, reader: NameMention, position: Int)
    -> Speaker?
  {
    guard let found = reader.personName(in: run) else { return nil }
    let tokens = reader.tokens
    var key = WordHash.seed
    for k in found.name { key = (key ^ tokens[k].hash) &* WordHash.prime }
    var index = known[key]
    if index == nil {
      let surname =
        found.name.count == 1 ? reader.lowercasedBytes(of: found.name.upperBound - 1) : []
      var unique = false
      let found = inventory.person(
        named: reader.hashes(found.name), surname: surname, near: position, unique: &unique)
      index = found ?? -1
      if unique { known[key] = index }
    }
    if let index, index >= 0 {
      let person = inventory.persons[index]
      return Speaker(name: person.name, role: person.role, kind: .person, person: index)
    }
    if found.isPerson {
      var start = found.name.lowerBound
      if found.name.count == 1, start > run.lowerBound,
        reader.tokens[start - 1].has(.honorific)
      {
        start -= 1
      }
      return Speaker(
        name: reader.text(start..<found.name.upperBound), role: nil, kind: .person, person: nil)
    }
    if found.name.count == 1, tokens[found.name.lowerBound].flags.contains(.allCaps) {
      return nil
    }
    // "His wife, Sue, said": a given name alone is a person the article names no further.
    let kind: Speaker.Kind =
      found.name.count == 1
        && NameWords.gender(ofGivenName: tokens[found.name.lowerBound].hash) != .unknown
      ? .person : .unknown
    return Speaker(name: reader.text(found.name), role: nil, kind: kind, person: nil)
  }

  /// An organisation whose name the lists split like a title and a name: "Network Rail",
  /// "National Grid", or the tail of a longer name ("Social Care" in "the Department of Health
  /// and Social Care"); nil for a person ("Bank of England Governor Andrew Bailey").
  private func organisationNamed(by run: Range<Int>, phrase: Range<Int>, reader: NameMention)
    -> Speaker?
  {
    let found = reader.personName(in: run)
    let tokens = reader.tokens
    if let found, found.isPerson, inventory.hasSurname(tokens[found.name.upperBound - 1].hash) {
      return nil
    }
    var start: Int
    if found.map({ $0.name.lowerBound == run.lowerBound }) ?? true,
      let s = reader.organisationStart(endingWith: run, limit: phrase.lowerBound)
    {
      start = s
    } else if let found, reader.isOrganisationRun(run, name: found.name),
      !inventory.hasSurname(tokens[found.name.upperBound - 1].hash)
    {
      start = run.lowerBound
    } else {
      return nil
    }
    if start > phrase.lowerBound, tokens[start - 1].has(.the), tokens[start - 1].kind == .word {
      start -= 1
    }
    return Speaker(
      name: reader.phraseText(start..<run.upperBound), role: nil, kind: .organisation,
      person: nil)
  }

  /// An organisation: an acronym the article spells out, or the name as written.
  private func organisation(
    _ run: Range<Int>, phrase: Range<Int>, reader: NameMention, position: Int
  ) -> Speaker? {
    let tokens = reader.tokens
    if run.count == 1, tokens[run.lowerBound].flags.contains(.allCaps) {
      let name = inventory.acronyms[tokens[run.lowerBound].hash] ?? reader.text(run)
      return Speaker(name: name, role: nil, kind: .organisation, person: nil)
    }
    var allTitles = true
    for k in run where !reader.isTitle(k) && !reader.tokens[k].has(.demonym) {
      allTitles = false
    }
    if allTitles {
      // "The President", "the Secretary": the person who holds the title.
      if let speaker = holder(of: run, reader: reader) { return speaker }
      // "the Spaniard said": an epithet for the person just written about.
      if run.count == 1, tokens[run.lowerBound].has(.demonym),
        phrase.lowerBound < run.lowerBound, tokens[phrase.lowerBound].has(.the)
      {
        return recentPerson(before: position)
      }
      return nil
    }
    var start = run.lowerBound
    if start > phrase.lowerBound, tokens[start - 1].has(.the), tokens[start - 1].kind == .word {
      start -= 1
    }
    let name = reader.phraseText(start..<run.upperBound)
    return Speaker(name: name, role: nil, kind: .organisation, person: nil)
  }

  /// The person last mentioned whose role holds one of the title words in `range`.
  private func holder(of range: Range<Int>, reader: NameMention) -> Speaker? {
    var words = Set<UInt64>()
    for k in range where reader.isTitle(k) || reader.isRoleNoun(k) { words.insert(reader.hash(k)) }
    guard !words.isEmpty else { return nil }
    for mention in mentions.reversed() {
      guard mention.speaker.kind == .person, let role = mention.speaker.role else { continue }
      if WordHash.set(role.split(separator: " ").map(String.init)).isSuperset(of: words) {
        return mention.speaker
      }
    }
    return nil
  }

  /// A speaker named by a common noun: a role holder ("the secretary"), a group ("officials"),
  /// an organisation ("the city") or a document ("the report").
  private func description(
    _ phrase: Range<Int>, reader: NameMention, position: Int, sentence: Int
  ) -> Speaker? {
    let tokens = reader.tokens
    let head = phrase.upperBound - 1
    let h = tokens[head].hash
    let headClasses = tokens[head].classes
    let definite = tokens[phrase.lowerBound].has(.the)
    var hasProper = false
    for k in phrase
    where tokens[k].isCapitalised && k != phrase.lowerBound || tokens[k].isPossessive {
      hasProper = true
    }
    let text = reader.phraseText(phrase)
    if headClasses.contains(.roleNoun) && !headClasses.contains(.speakingThing) {
      if headClasses.contains(.pluralGroup) {
        return Speaker(name: text, role: nil, kind: .group, person: nil)
      }
      if definite, phrase.count <= 3, let holder = holder(of: head..<(head + 1), reader: reader) {
        return holder
      }
      // "in what its leader called a “landmark moment” ... council leader Anna Price": the
      // person the next paragraphs name with that role.
      let opener = phrase.count == 1 ? phrase.lowerBound - 1 : phrase.lowerBound
      if phrase.count <= 2, opener >= 0, opener + 1 == head, tokens[opener].kind == .word,
        tokens[opener].has([.the, .possessivePronoun]),
        let index = inventory.nextHolder(of: h, after: position)
      {
        let person = inventory.persons[index]
        return Speaker(name: person.name, role: person.role, kind: .person, person: index)
      }
      // "Leclerc said ... “…,” the Ferrari driver said": an epithet with a modifier, right after
      // a person without a role, or with a role of the same noun, is that person.
      if definite, phrase.count == 3 || phrase.count == 4,
        let person = recentPerson(before: position, since: sentence - 1, named: true),
        person.role.map({ WordHash.set($0.split(separator: " ").map(String.init)).contains(h) })
          ?? true
      {
        return person
      }
      return Speaker(name: text, role: nil, kind: .person, person: nil)
    }
    if headClasses.contains(.pluralGroup) {
      if !hasProper, let fuller = inventory.fullestDescription(head: h, near: position) {
        return Speaker(name: fuller, role: nil, kind: .group, person: nil)
      }
      return Speaker(name: text, role: nil, kind: .group, person: nil)
    }
    if !hasProper {
      if let organisation = inventory.organisation(for: h, near: position) {
        return Speaker(name: organisation, role: nil, kind: .organisation, person: nil)
      }
      // "The Met Office issued a warning. According to the forecaster, ...": the organisation
      // just written about.
      if definite, phrase.count == 2, headClasses.contains(.organisationNoun),
        let organisation = recentOrganisation(
          before: position, acceptingNames: true, outside: sentence)
          ?? organisationThatSpoke(before: position)
      {
        return organisation
      }
      if let fuller = inventory.fullestDescription(head: h, near: position) {
        return Speaker(name: fuller, role: nil, kind: .document, person: nil)
      }
    }
    var name = text
    if !definite, reader.isDeterminer(phrase.lowerBound) {
      name = "the " + reader.text((phrase.lowerBound + 1)..<phrase.upperBound)
    }
    return Speaker(name: name, role: nil, kind: .document, person: nil)
  }

  /// The role the words before a name give ("White House spokesman John Kirby").
  private func localRole(_ phrase: Range<Int>, name: Range<Int>, reader: NameMention) -> String? {
    guard let found = reader.personName(in: name) else { return nil }
    var s = phrase.lowerBound
    while s < found.name.lowerBound, reader.isDeterminer(s) { s += 1 }
    var e = found.name.lowerBound
    while e > s, reader.tokens[e - 1].has(.honorific) { e -= 1 }
    guard e > s else { return nil }
    var hasRole = e - s == 1 && reader.isModifier(s)
    for k in s..<e where reader.isTitle(k) || reader.tokens[k].has(.roleNoun) { hasRole = true }
    return hasRole ? reader.roleText(s..<e) : nil
  }

  // MARK: - Pronouns

  /// The speaker a pronoun stands for: for "he" and "she" the most recent person who spoke in
  /// this or the previous sentence, else the most recent person who was a sentence's subject;
  /// for "it" an organisation or document; for "they" a group or organisation.
  mutating func antecedent(of pronoun: WordClass, position: Int, sentence: Int) -> Speaker? {
    if pronoun.contains(.he) || pronoun.contains(.she) {
      let gender: Speaker.Gender = pronoun.contains(.he) ? .male : .female
      // "Lehtonen announced price cuts, which she said were ...": a named person who is the
      // subject or speaker of the pronoun's own sentence comes first.
      var found = mentions.last {
        $0.position < position && $0.sentence == sentence && $0.weight >= 1
          && $0.speaker.person != nil && compatible($0.speaker, gender)
      }?.speaker
      for mention in mentions.reversed()
      where found == nil && mention.position < position && mention.sentence >= sentence - 1
        && mention.weight >= 2 && isPerson(mention, weight: 2)
        && compatible(mention.speaker, gender)
      {
        found = mention.speaker
        break
      }
      // "She described one pupil asking ... “...,” she recalled": a named person known to be a
      // woman is a better antecedent for "she" than an unnamed one.
      if let speaker = found, speaker.person == nil,
        !(speaker.name.utf8.first.map(isUpper) ?? false)
      {
        for mention in mentions.reversed()
        where mention.position < position && mention.sentence >= sentence - 3
          && mention.weight >= 1
        {
          guard let index = mention.speaker.person else { continue }
          if inventory.persons[index].gender == gender { found = mention.speaker }
          break
        }
      }
      // "The Treasury said ... He said:": right after an organisation spoke, "he" is someone
      // the article does not name, not a person from paragraphs before.
      let organisationJustSpoke =
        mentions.last {
          $0.position < position && $0.sentence >= sentence - 1 && $0.weight >= 2
        }?.speaker.kind == .organisation
      if found == nil, !organisationJustSpoke {
        for mention in mentions.reversed()
        where mention.position < position && mention.sentence >= sentence - 8
          && mention.weight >= 1 && isPerson(mention, weight: mention.weight)
          && compatible(mention.speaker, gender)
        {
          found = mention.speaker
          break
        }
      }
      // An obituary's or a profile's "she said", far from anyone else of her gender: the
      // story's protagonist, when she is a woman ("he": a man).
      if found == nil, !organisationJustSpoke, let protagonist = protagonist(before: position),
        let index = protagonist.person, inventory.persons[index].gender == gender
      {
        found = protagonist
      }
      if let index = found?.person, inventory.persons[index].gender == .unknown {
        inventory.persons[index].gender = gender
      }
      return found
    }
    if pronoun.contains(.it) {
      for mention in mentions.reversed()
      where mention.position < position && mention.sentence >= sentence - 3 && mention.weight >= 1 {
        switch mention.speaker.kind {
        case .organisation, .document: return mention.speaker
        case .person, .group: return nil
        case .unknown:
          // "Spotify welcomed the ruling. “...,” it said": a name "it" stands for is an
          // organisation's.
          guard let organisation = organisation(namedBy: mention) else { continue }
          return organisation
        }
      }
      return nil
    }
    if pronoun.contains(.they) {
      for mention in mentions.reversed()
      where mention.position < position && mention.sentence >= sentence - 4 && mention.weight >= 1 {
        switch mention.speaker.kind {
        case .group, .organisation: return mention.speaker
        case .person: return nil
        default: continue
        }
      }
    }
    return nil
  }

  /// The organisation most recently named as a subject or speaker, within three sentences, when
  /// no person or group came between.
  /// With `acceptingNames`, a name the lists do not know ("Lufthansa cancelled ...") counts
  /// too: a common noun for an organisation ("the airline") does not stand for a person; but not
  /// one in sentence `outside`, the quote's own.
  private func recentOrganisation(
    before position: Int, since: Int? = nil, acceptingNames: Bool = false, outside: Int? = nil
  ) -> Speaker? {
    guard let sentence = mentions.last(where: { $0.position < position })?.sentence else {
      return nil
    }
    let first = since ?? sentence - 3
    for mention in mentions.reversed()
    where mention.position < position && mention.sentence >= first && mention.weight >= 1 {
      switch mention.speaker.kind {
      case .organisation:
        return isProperName(mention.speaker.name) ? mention.speaker : nil
      case .person, .group: return nil
      // "Revenue slipped 4.5 percent, the company said": not a word of the quote's own
      // sentence.
      case .unknown where acceptingNames && mention.sentence != outside:
        guard let organisation = organisation(namedBy: mention) else { continue }
        return organisation
      default: continue
      }
    }
    return nil
  }

  /// Whom an epithet ("the Dutchman", "the 23-year-old") stands for: the person named just
  /// before in its paragraph, else the story's protagonist, the first person its opening
  /// paragraphs name.
  private func epithetHolder(before position: Int, sentence: Int) -> Speaker? {
    if let mention = mentions.last(where: {
      $0.position < position && $0.position >> 20 == position >> 20
        && $0.sentence >= sentence - 1 && $0.weight >= 1 && $0.speaker.kind == .person
    }) {
      return mention.speaker
    }
    return protagonist(before: position)
  }

  /// The story's protagonist: the first person its opening paragraphs name, before `position`.
  private func protagonist(before position: Int) -> Speaker? {
    guard
      let index = inventory.persons.firstIndex(where: {
        $0.position >> 20 <= 1 && $0.position < position
      })
    else { return nil }
    let person = inventory.persons[index]
    return Speaker(name: person.name, role: person.role, kind: .person, person: index)
  }

  /// "Microsoft said on Tuesday ... the company said": the organisation that last spoke in the
  /// article, however far back, when no other organisation spoke since.
  private func organisationThatSpoke(before position: Int) -> Speaker? {
    for mention in mentions.reversed() where mention.position < position && mention.weight >= 2 {
      if let organisation = organisation(namedBy: mention) { return organisation }
    }
    return nil
  }

  /// The organisation a mention names: an organisation's or a name no list knows as a person's
  /// ("Lufthansa", "the White House"), or nil.
  private func organisation(namedBy mention: Mention) -> Speaker? {
    let speaker = mention.speaker
    guard speaker.person == nil, speaker.kind == .organisation || speaker.kind == .unknown,
      isProperName(speaker.name)
    else { return nil }
    var organisation = speaker
    organisation.kind = .organisation
    return organisation
  }

  /// The person most recently named as a subject or speaker: in sentence `since` or later, or
  /// else within a few sentences of the last mention; `named` asks for someone the article
  /// names in full.
  private func recentPerson(before position: Int, since: Int? = nil, named: Bool = false)
    -> Speaker?
  {
    guard
      let first = since
        ?? mentions.last(where: { $0.position < position }).map({ $0.sentence - 3 })
    else { return nil }
    return mentions.last {
      $0.position < position && $0.sentence >= first && $0.weight >= 1
        && $0.speaker.kind == .person && (!named || $0.speaker.person != nil)
    }?.speaker
  }

  private func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }

  /// "Microsoft", "the White House": a name, not a description ("the company").
  private func isProperName(_ name: String) -> Bool {
    let first = name.hasPrefix("the ") ? name.utf8.dropFirst(4).first : name.utf8.first
    return first.map(isUpper) ?? false
  }

  /// For "he" or "she" when no person spoke or was the subject in this sentence or the one
  /// before: the last person the paragraph named before the pronoun in those sentences, as an
  /// object ("The BBC spoke to Ahmed Ali, a taxi driver.", "John Smith and his wife, Mary, run
  /// a bakery.").
  private mutating func objectAntecedent(
    of pronoun: WordClass, at token: Int, in reader: NameMention, position: Int, sentence: Int
  ) -> Speaker? {
    guard pronoun.contains(.he) || pronoun.contains(.she) else { return nil }
    let gender: Speaker.Gender = pronoun.contains(.he) ? .male : .female
    for mention in mentions.reversed() where mention.position < position {
      guard mention.sentence >= sentence - 1 else { break }
      if mention.weight >= 1, isPerson(mention, weight: mention.weight),
        compatible(mention.speaker, gender)
      {
        return nil
      }
    }
    let tokens = reader.tokens
    let local = Int(tokens[token].sentence)
    var k = 0
    while k < token, Int(tokens[k].sentence) < local - 1 { k += 1 }
    var found: Speaker? = nil
    while k < token {
      guard tokens[k].quote < 0, reader.isNameWord(k),
        let run = reader.runForward(startingAt: k, limit: token)
      else {
        k += 1
        continue
      }
      if let person = person(in: run, reader: reader, position: position),
        person.kind == .person, person.person != nil, compatible(person, gender)
      {
        found = person
      } else if run.count == 1, NameWords.gender(ofGivenName: tokens[k].hash) == gender {
        // "his wife, Mary,": a given name alone that tells the gender.
        found = Speaker(name: reader.text(run), role: nil, kind: .person, person: nil)
      }
      k = run.upperBound
    }
    return found
  }

  private func isPerson(_ mention: Mention, weight: Int) -> Bool {
    mention.speaker.kind == .person || (mention.speaker.kind == .unknown && weight >= 2)
  }

  private func compatible(_ speaker: Speaker, _ gender: Speaker.Gender) -> Bool {
    guard let index = speaker.person else { return true }
    let known = inventory.persons[index].gender
    return known == .unknown || known == gender
  }

}
