/// What the word lists say about a word, as bits; the tokenizer looks each word up once and
/// keeps the bits on the token, so the rules test bits instead of hashing words again.
struct WordClass: OptionSet, Sendable, Hashable {
  let rawValue: UInt64

  static let title = WordClass(rawValue: 1 << 0)
  static let male = WordClass(rawValue: 1 << 1)
  static let female = WordClass(rawValue: 1 << 2)
  static let honorific = WordClass(rawValue: 1 << 3)
  static let organisation = WordClass(rawValue: 1 << 4)
  static let demonym = WordClass(rawValue: 1 << 5)
  static let calendar = WordClass(rawValue: 1 << 6)
  static let commonCapitalised = WordClass(rawValue: 1 << 7)
  static let roleNoun = WordClass(rawValue: 1 << 8)
  static let speakingThing = WordClass(rawValue: 1 << 9)
  static let pluralGroup = WordClass(rawValue: 1 << 10)
  static let particle = WordClass(rawValue: 1 << 11)
  static let subjectPronoun = WordClass(rawValue: 1 << 12)
  static let determiner = WordClass(rawValue: 1 << 13)
  static let possessivePronoun = WordClass(rawValue: 1 << 14)
  static let asideOpener = WordClass(rawValue: 1 << 15)
  static let titleConnector = WordClass(rawValue: 1 << 16)
  static let function = WordClass(rawValue: 1 << 17)
  static let adverbialOpener = WordClass(rawValue: 1 << 18)
  static let finiteCue = WordClass(rawValue: 1 << 19)
  static let participleCue = WordClass(rawValue: 1 << 20)
  static let nounLikeCue = WordClass(rawValue: 1 << 21)
  static let naming = WordClass(rawValue: 1 << 22)
  static let betweenSubjectAndVerb = WordClass(rawValue: 1 << 23)
  static let be = WordClass(rawValue: 1 << 24)
  static let withAudience = WordClass(rawValue: 1 << 25)
  static let sourcing = WordClass(rawValue: 1 << 26)
  static let abbreviation = WordClass(rawValue: 1 << 27)
  static let sentenceFinalAbbreviation = WordClass(rawValue: 1 << 28)
  static let sentenceOpener = WordClass(rawValue: 1 << 29)
  static let indirectCue = WordClass(rawValue: 1 << 30)
  static let notClauseOpener = WordClass(rawValue: 1 << 31)
  static let titleSmallWord = WordClass(rawValue: 1 << 32)
  static let agentParticiple = WordClass(rawValue: 1 << 33)
  static let elision = WordClass(rawValue: 1 << 34)
  /// A word that a common noun may find an organisation by ("Municipality" for "the city").
  static let synonymTarget = WordClass(rawValue: 1 << 35)
  /// "Jr", "Sr", "III".
  static let nameSuffix = WordClass(rawValue: 1 << 36)
  /// "who", "which", "whose", "that", "where": a relative clause opens.
  static let relative = WordClass(rawValue: 1 << 37)
  /// "spokesman", "spokeswoman", "spokesperson": speaks for someone named with "for".
  static let spokesperson = WordClass(rawValue: 1 << 38)
  /// A common noun for an organisation ("the group", "the forecaster", "the regulator").
  static let organisationNoun = WordClass(rawValue: 1 << 39)
  // Single words the rules name.
  static let the = WordClass(rawValue: 1 << 40)
  static let of = WordClass(rawValue: 1 << 41)
  static let forWord = WordClass(rawValue: 1 << 42)
  static let and = WordClass(rawValue: 1 << 43)
  static let to = WordClass(rawValue: 1 << 44)
  static let asWord = WordClass(rawValue: 1 << 45)
  static let quoted = WordClass(rawValue: 1 << 46)
  static let on = WordClass(rawValue: 1 << 47)
  static let by = WordClass(rawValue: 1 << 48)
  static let that = WordClass(rawValue: 1 << 49)
  static let according = WordClass(rawValue: 1 << 50)
  static let he = WordClass(rawValue: 1 << 51)
  static let she = WordClass(rawValue: 1 << 52)
  static let it = WordClass(rawValue: 1 << 53)
  static let they = WordClass(rawValue: 1 << 54)
  static let his = WordClass(rawValue: 1 << 55)
  static let her = WordClass(rawValue: 1 << 56)
  /// "KC", "OBE": an honour written after a name, no part of it.
  static let honour = WordClass(rawValue: 1 << 57)
  /// What may follow a name without being looked up as part of it: a generation or an honour.
  static let afterName: WordClass = [.nameSuffix, .honour]

  /// Any reporting verb.
  static let cue: WordClass = [.finiteCue, .participleCue]
  /// Any word that marks a title, an organisation or a nationality inside a run of names.
  static let marker: WordClass = [.title, .organisation, .demonym]
}

/// An open-addressing hash table from word hashes to word classes: keys and values side by side
/// in one small array (32 KB), so a lookup touches one cache line; no allocation, no re-hashing
/// (the keys are already FNV hashes).
struct WordTable: Sendable {
  private struct Slot: Sendable {
    var key: UInt64
    var value: WordClass
  }

  private var slots: [Slot]
  private let mask: Int
  /// One bit per hash bucket of a 32,768-bit filter (4 KB): a word whose bit is clear is in no
  /// list, without touching the 64 KB table, which keeps most of the text's words out of it.
  private var filter: [UInt64]

  init(_ entries: [(UInt64, WordClass)]) {
    var size = 64
    while size * 2 < entries.count * 3 { size <<= 1 }
    mask = size - 1
    slots = Array(repeating: Slot(key: 0, value: []), count: size)
    filter = Array(repeating: 0, count: 512)
    for (key, value) in entries {
      let bit = Int(truncatingIfNeeded: key >> 40) & 32767
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
      let key = key == 0 ? 1 : key
      var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
      while slots[i].key != 0 && slots[i].key != key { i = (i + 1) & mask }
      slots[i].key = key
      slots[i].value.formUnion(value)
    }
  }

  /// The classes of the word with hash `key` (empty when no list holds it).
  @inline(__always)
  func classes(of key: UInt64) -> WordClass {
    let bit = Int(truncatingIfNeeded: key >> 40) & 32767
    let passes = filter.withUnsafeBufferPointer { $0[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
    guard passes else { return [] }
    let key = key == 0 ? 1 : key
    var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let slot = slots[i]
        if slot.key == key { return slot.value }
        if slot.key == 0 { return [] }
        i = (i + 1) & mask
      }
    }
  }
}

/// All the word lists of the quote rules in one table.
final class Lexicon: Sendable {
  /// The one lexicon, built on first use.
  static let shared = Lexicon()

  let table: WordTable

  private init() {
    var entries: [(UInt64, WordClass)] = []
    func add(_ words: [String], _ wordClass: WordClass) {
      for word in words { entries.append((WordHash.hash(word), wordClass)) }
    }
    add(NameWords.titles, .title)
    add(NameWords.male, .male)
    add(NameWords.female, .female)
    add(NameWords.honorifics, .honorific)
    add(NameWords.organisation, .organisation)
    add(NameWords.demonyms, .demonym)
    add(NameWords.calendar, .calendar)
    add(NameWords.commonCapitalised, .commonCapitalised)
    add(NameWords.roleNouns, .roleNoun)
    add(NameWords.speakingThings, .speakingThing)
    add(NameWords.pluralGroups, .pluralGroup)
    add(NameWords.particles, .particle)
    add(NameWords.subjectPronouns, .subjectPronoun)
    add(NameWords.determiners, .determiner)
    add(NameWords.possessivePronouns, .possessivePronoun)
    add(NameWords.asideOpeners, .asideOpener)
    add(NameWords.titleConnectors, .titleConnector)
    add(NameWords.function, .function)
    add(NameWords.adverbialOpeners, .adverbialOpener)
    add(NameWords.titleSmallWords, .titleSmallWord)
    add(ReportingVerbs.finite, .finiteCue)
    add(ReportingVerbs.participle, .participleCue)
    add(ReportingVerbs.nounLike, .nounLikeCue)
    add(ReportingVerbs.naming, .naming)
    add(ReportingVerbs.betweenSubjectAndVerb, .betweenSubjectAndVerb)
    add(ReportingVerbs.be, .be)
    add(ReportingVerbs.withAudience, .withAudience)
    add(ReportingVerbs.sourcing, .sourcing)
    add(ReportingVerbs.indirect, .indirectCue)
    add(ReportingVerbs.notClauseOpeners, .notClauseOpener)
    add(ReportingVerbs.agentParticiples, .agentParticiple)
    add(SentenceSplitter.abbreviations.map { $0 }, .abbreviation)
    add(SentenceSplitter.sentenceFinalAbbreviations.map { $0 }, .sentenceFinalAbbreviation)
    add(SentenceSplitter.openers.map { $0 }, .sentenceOpener)
    add(QuoteMarks.elisions, .elision)
    add(NameWords.synonymTargets, .synonymTarget)
    add(["jr", "sr", "ii", "iii", "iv"], .nameSuffix)
    add(["kc", "qc", "obe", "cbe", "mbe", "kbe", "dbe"], .honour)
    add(["who", "which", "whose", "whom", "that", "where"], .relative)
    add(NameWords.spokespeople, .spokesperson)
    add(NameWords.organisationNouns, .organisationNoun)
    let single: [(String, WordClass)] = [
      ("the", .the), ("of", .of), ("for", .forWord), ("and", .and), ("to", .to), ("as", .asWord),
      ("quoted", .quoted), ("on", .on), ("by", .by), ("that", .that), ("according", .according),
      ("he", .he), ("she", .she), ("it", .it), ("they", .they), ("his", .his), ("her", .her),
    ]
    for (word, wordClass) in single { entries.append((WordHash.hash(word), wordClass)) }
    table = WordTable(entries)
  }
}
