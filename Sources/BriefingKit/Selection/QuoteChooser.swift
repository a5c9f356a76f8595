/// Chooses the key quotes of a story: substantive quotes by named speakers first, one quote per
/// speaker before any speaker gets a second, trivial fragments never.
struct QuoteChooser: Sendable, Hashable {
  /// How many quotes to keep; `nil` keeps every key quote.
  var limit: Int?

  /// Quotes of fewer words than this are fragments, never key ("a cease-fire").
  static let minimumWords = 3
  /// Words that stand for a speaker without naming one.
  static let pronouns: Set<String> = [
    "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "hers", "one",
  ]

  /// How well a speaker is identified.
  enum Attribution: Int, Comparable {
    /// No speaker.
    case none = 0
    /// A description or a pronoun ("a spokesperson", "she").
    case described = 1
    /// A name, an organisation or a document with a name ("Antony Blinken", "the White House").
    case named = 2

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    init(of speaker: String?) {
      guard let speaker else {
        self = .none
        return
      }
      let words = TextNormalizer.words(of: speaker)
      if words.isEmpty {
        self = .none
      } else if words.count == 1, QuoteChooser.pronouns.contains(words[0].lowercased()) {
        self = .described
      } else if words.contains(where: { $0.first?.isUppercase == true }) {
        self = .named
      } else {
        self = .described
      }
    }
  }

  /// A quote with what ranking needs to know about it.
  struct Candidate {
    var quote: KeyQuote
    var index: Int
    var words: Int
    var attribution: Attribution

    /// A whole statement rather than a fragment woven into the reporter's sentence.
    var isSubstantive: Bool {
      words >= 5 && (quote.kind == .direct || words >= 8)
    }

    /// Whether it ranks before another candidate.
    func ranks(before other: Candidate) -> Bool {
      if attribution != other.attribution { return attribution > other.attribution }
      if isSubstantive != other.isSubstantive { return isSubstantive }
      if quote.salience != other.quote.salience { return quote.salience > other.quote.salience }
      if quote.paragraph != other.quote.paragraph { return quote.paragraph < other.quote.paragraph }
      return index < other.index
    }
  }

  /// The key quotes among `quotes` (in reading order), best first, cut to the limit.
  func choose(from quotes: [KeyQuote]) -> [KeyQuote] {
    let ranked = rankedKeyQuotes(quotes)
    let diverse = Self.interleavingSpeakers(ranked)
    guard let limit else { return diverse.map(\.quote) }
    return diverse.prefix(max(0, limit)).map(\.quote)
  }

  /// The key quotes best first, before speaker diversity is applied: direct and partial quotes
  /// of at least `minimumWords` words, each text once, unattributed ones only when no quote of
  /// the story has a speaker.
  func rankedKeyQuotes(_ quotes: [KeyQuote]) -> [Candidate] {
    var candidates: [Candidate] = []
    for (index, quote) in quotes.enumerated() where quote.kind != .indirect {
      let words = TextNormalizer.wordCount(of: quote.text)
      guard words >= Self.minimumWords else { continue }
      candidates.append(
        Candidate(
          quote: quote, index: index, words: words, attribution: Attribution(of: quote.speaker)))
    }
    if candidates.contains(where: { $0.attribution != .none }) {
      candidates.removeAll { $0.attribution == .none }
    }
    candidates.sort { $0.ranks(before: $1) }
    var seen: Set<String> = []
    return candidates.filter { seen.insert(Self.textKey($0.quote.text)).inserted }
  }

  /// Reorders ranked quotes in rounds: the best quote of each speaker (in rank order), then the
  /// second best of each, and so on.
  static func interleavingSpeakers(_ ranked: [Candidate]) -> [Candidate] {
    let keys = speakerKeys(ranked.map(\.quote.speaker))
    var round: [String: Int] = [:]
    var rounds: [(round: Int, position: Int, candidate: Candidate)] = []
    for (position, candidate) in ranked.enumerated() {
      let key = keys[position]
      let number = round[key, default: 0]
      round[key] = number + 1
      rounds.append((number, position, candidate))
    }
    rounds.sort { ($0.round, $0.position) < ($1.round, $1.position) }
    return rounds.map(\.candidate)
  }

  /// A key per speaker, so that "Blinken" and "Antony Blinken" count as one speaker.
  static func speakerKeys(_ speakers: [String?]) -> [String] {
    let names = speakers.map { speaker in
      TextNormalizer.words(of: speaker ?? "").map { $0.lowercased() }
    }
    let fullNames = names.filter { $0.count > 1 }
    return names.map { words in
      guard words.count == 1, let surname = words.first else { return words.joined(separator: " ") }
      let matches = Set(fullNames.filter { $0.last == surname }.map { $0.joined(separator: " ") })
      if matches.count == 1, let full = matches.first { return full }
      return surname
    }
  }

  /// The text reduced to its lowercased letters and digits, to spot the same quote twice.
  static func textKey(_ text: String) -> String {
    String(
      text.lowercased().unicodeScalars.filter {
        $0.properties.isAlphabetic || ("0"..."9").contains($0)
      }
      .map(Character.init))
  }
}
