/// The classes a word can belong to for the figure rules; a word may have several ("may" is a
/// month, "over" a qualifier, "pounds" a currency and a weight).
struct FigureWordClass: OptionSet, Sendable, Hashable {
  let rawValue: UInt64

  /// A cardinal number word ("one" ... "ninety"); the entry's value is the number.
  static let cardinal = FigureWordClass(rawValue: 1 << 0)
  /// A scale word after a number ("thousand", "million", "billion").
  static let scale = FigureWordClass(rawValue: 1 << 1)
  /// A short scale written onto an amount of money ("m", "bn", "k").
  static let moneyScale = FigureWordClass(rawValue: 1 << 2)
  /// "dozen".
  static let dozen = FigureWordClass(rawValue: 1 << 3)
  /// A vague quantity ("dozens", "hundreds", "thousands").
  static let vague = FigureWordClass(rawValue: 1 << 4)
  /// A month name; the value is the month number.
  static let month = FigureWordClass(rawValue: 1 << 5)
  /// A weekday name; the value is 0 for Monday ... 6 for Sunday.
  static let weekday = FigureWordClass(rawValue: 1 << 6)
  /// A single-word qualifier before a number ("nearly", "about", "over").
  static let qualifier = FigureWordClass(rawValue: 1 << 7)
  /// A function word: it ends the noun phrase after a number.
  static let function = FigureWordClass(rawValue: 1 << 8)
  /// A unit of time ("days", "hours"); the unit is its plural.
  static let timeUnit = FigureWordClass(rawValue: 1 << 9)
  /// A unit of measurement ("km", "miles", "tonnes"); the unit is its short form.
  static let measureUnit = FigureWordClass(rawValue: 1 << 10)
  /// A currency named after an amount ("euros", "dollars"); the currency is its code.
  static let currencyWord = FigureWordClass(rawValue: 1 << 11)
  /// A currency code or abbreviation written before an amount ("USD", "Rs").
  static let currencyPrefix = FigureWordClass(rawValue: 1 << 12)
  /// "percent", "pct".
  static let percentWord = FigureWordClass(rawValue: 1 << 13)
  /// A verb that reports casualties ("killing", "wounded"); the unit says what it counts.
  static let casualtyVerb = FigureWordClass(rawValue: 1 << 14)
  /// A verb of change before a bare amount ("rose to", "reached").
  static let changeVerb = FigureWordClass(rawValue: 1 << 15)
  /// A preposition that makes a bare year meaningful ("in 2010", "since 1958").
  static let yearPreposition = FigureWordClass(rawValue: 1 << 16)
  /// A noun before an identifier number ("page 5", "room 12", "flight 370").
  static let identifierNoun = FigureWordClass(rawValue: 1 << 17)
  /// A plural that does not end in "s" ("people", "children").
  static let irregularPlural = FigureWordClass(rawValue: 1 << 18)
  /// A word that marks a sports result around "3-2" ("defeated", "win").
  static let scoreContext = FigureWordClass(rawValue: 1 << 19)
  /// A word that introduces a range rather than a score ("between", "aged", "pages").
  static let rangeIntro = FigureWordClass(rawValue: 1 << 20)
  /// "am", "pm", "GMT" after a time.
  static let timeSuffix = FigureWordClass(rawValue: 1 << 21)
  /// "ago", "later", "earlier" after a duration.
  static let relativeAfter = FigureWordClass(rawValue: 1 << 22)
  /// "aged", "age", "ages".
  static let ageWord = FigureWordClass(rawValue: 1 << 23)
  /// "st", "nd", "rd", "th" written onto a number.
  static let ordinalSuffix = FigureWordClass(rawValue: 1 << 24)
  /// "last", "next", "this" before a weekday.
  static let relativeDay = FigureWordClass(rawValue: 1 << 25)
  /// A noun that makes a hyphenated number an adjective, not a count ("two-way", "one-off").
  static let nonCountCompound = FigureWordClass(rawValue: 1 << 26)
  /// A noun after an ordinal that is history rather than a figure ("20th century").
  static let nonFigureOrdinalNoun = FigureWordClass(rawValue: 1 << 27)
  /// A word that opens a multi-word qualifier's last word ("than", "least", "to"): checked with
  /// the words before it.
  static let qualifierTail = FigureWordClass(rawValue: 1 << 28)
  /// A pronoun or determiner that cannot be a counted noun.
  static let pronoun = FigureWordClass(rawValue: 1 << 29)
  /// A noun for people, for a count of casualties or affected people.
  static let casualtyNoun = FigureWordClass(rawValue: 1 << 30)
  /// A word that marks a season after a year pair ("season", "campaign").
  static let seasonNoun = FigureWordClass(rawValue: 1 << 31)
  /// A fraction word ("half", "third", "quarter").
  static let fraction = FigureWordClass(rawValue: 1 << 32)
  /// A word that can head a score's noun ("win", "victory", "lead").
  static let scoreNoun = FigureWordClass(rawValue: 1 << 33)
  /// A noun for one person, which an age may follow ("the mayor, 71,").
  static let personNoun = FigureWordClass(rawValue: 1 << 34)
  /// A word about a vote, before a tally ("The vote was 85 to 11").
  static let voteWord = FigureWordClass(rawValue: 1 << 35)
  /// A possessive determiner ("its population of 12,500").
  static let possessiveDeterminer = FigureWordClass(rawValue: 1 << 36)
  /// A word that bounds an age after a group of people ("people under 60").
  static let ageLimit = FigureWordClass(rawValue: 1 << 37)
  /// A group of people an age limit may follow ("people", "adults", "children").
  static let peopleGroup = FigureWordClass(rawValue: 1 << 38)
  /// A noun a bare number is given as ("put the figure at 240,000", "the death toll at 2,053").
  static let tallyNoun = FigureWordClass(rawValue: 1 << 39)
  /// A form of "be" or "have" between a vague count and its verb ("hundreds were killed").
  static let auxiliary = FigureWordClass(rawValue: 1 << 40)
  /// "he", "she": a person an age after "was" or "is" belongs to ("She was 91").
  static let personPronoun = FigureWordClass(rawValue: 1 << 41)
  /// "was", "is": the verb between a person and an age.
  static let ageCopula = FigureWordClass(rawValue: 1 << 42)
  /// "turned", "turns": a verb an age follows ("who turned 28").
  static let ageVerb = FigureWordClass(rawValue: 1 << 43)
}

/// A packed, lowercased ASCII word of up to 16 bytes, for table look-ups without allocating.
struct WordKey: Hashable, Sendable {
  var lo: UInt64
  var hi: UInt64

  /// The key of a word, or nil when it is longer than 16 bytes.
  init?(_ word: String) {
    self.init(bytes: word.utf8)
  }

  /// The key of a word's UTF-8 bytes (capitals lower-cased), or nil when it is longer than 16.
  init?(bytes: some Sequence<UInt8>) {
    var lo: UInt64 = 0
    var hi: UInt64 = 0
    var n = 0
    for b in bytes {
      guard n < 16 else { return nil }
      let c = UInt64(b >= 65 && b <= 90 ? b | 0x20 : b)
      if n < 8 { lo |= c << (8 * UInt64(n)) } else { hi |= c << (8 * UInt64(n - 8)) }
      n += 1
    }
    self.lo = lo
    self.hi = hi
  }

  init(lo: UInt64, hi: UInt64) {
    self.lo = lo
    self.hi = hi
  }
}

/// The words the figure rules know, in an open-addressing table keyed by `WordKey`: one cheap
/// probe per word of the text.
struct FigureLexicon: Sendable {
  /// What the rules know of a word.
  struct Entry: Sendable {
    var classes: FigureWordClass
    var value: Double
    var unit: String?
    var currency: String?
  }

  /// One slot of the open-addressing table: a word's key and classes (24 bytes). The word's entry
  /// has the index of its slot, so a slot needs no index of its own.
  private struct Slot: Sendable {
    var key: WordKey
    var classes: FigureWordClass

    /// Whether no word is in the slot: every word has a first byte, so only an empty slot has a
    /// zero key.
    var isEmpty: Bool { key.lo == 0 }
  }

  private var slots: [Slot]
  private var mask: Int
  /// One bit per hash value (its low 15 bits): most words of a text are not in the lexicon, and
  /// this 4 KB filter, which stays in the L1 cache, turns them away without touching the table.
  private var filter: [UInt64]
  /// The entries, indexed by what `index(of:)` returns (a word's slot; empty slots have blank
  /// entries).
  private(set) var entries: [Entry]

  /// Builds the table with at least three slots for every two words: short probes in a table
  /// small enough (48 KB for the shared lexicon) to stay in cache between articles.
  init(_ table: [String: Entry]) {
    var size = 16
    while size * 2 < table.count * 3 { size <<= 1 }
    mask = size - 1
    slots = Array(repeating: Slot(key: WordKey(lo: 0, hi: 0), classes: []), count: size)
    entries = Array(repeating: Entry(classes: [], value: 0), count: size)
    filter = Array(repeating: 0, count: 512)
    for (word, entry) in table.sorted(by: { $0.key < $1.key }) {
      guard let key = WordKey(word) else { continue }
      let bit = Self.filterBit(key)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
      var h = Self.hash(key) & mask
      while !slots[h].isEmpty { h = (h + 1) & mask }
      slots[h] = Slot(key: key, classes: entry.classes)
      entries[h] = entry
    }
  }

  @inline(__always)
  static func hash(_ key: WordKey) -> Int {
    // The high bits of a multiply mix every input bit; the low bits would only see the
    // first letters, and words that share them would collide.
    let x = (key.lo &* 0x9E37_79B9_7F4A_7C15) ^ (key.hi &* 0xC2B2_AE3D_27D4_EB4F)
    let y = (x ^ (x &>> 31)) &* 0xBF58_476D_1CE4_E5B9
    return Int(truncatingIfNeeded: y &>> 40)
  }

  @inline(__always)
  static func filterBit(_ key: WordKey) -> Int {
    let x = (key.lo &* 0xD6E8_FEB8_6659_FD93) ^ (key.hi &* 0x9E37_79B9_7F4A_7C15)
    return Int(truncatingIfNeeded: x &>> 49)
  }

  /// The index of the word's entry, or -1.
  @inline(__always)
  func index(of key: WordKey) -> Int32 {
    lookup(key).index
  }

  /// The index and classes of the word's entry; -1 and no classes for an unknown word.
  @inline(__always)
  func lookup(_ key: WordKey) -> (index: Int32, classes: FigureWordClass) {
    let bit = Self.filterBit(key)
    guard filter.withUnsafeBufferPointer({ $0[bit &>> 6] & (1 &<< UInt64(bit & 63)) }) != 0 else {
      return (-1, [])
    }
    return slots.withUnsafeBufferPointer { table in
      var h = Self.hash(key) & mask
      while true {
        let slot = table[h]
        if slot.isEmpty { return (-1, []) }
        if slot.key == key { return (Int32(truncatingIfNeeded: h), slot.classes) }
        h = (h + 1) & mask
      }
    }
  }

  /// The entry of a word given as a string (tests and slow paths).
  func entry(_ word: String) -> Entry? {
    guard let key = WordKey(word) else { return nil }
    let i = index(of: key)
    return i >= 0 ? entries[Int(i)] : nil
  }

  /// The shared table built from `NumberWords`.
  static let shared = FigureLexicon(NumberWords.table())
}

/// The lexicon indices of the words the figure rules compare tokens with, looked up once.
struct KnownWords: Sendable {
  let a, an, of, and, or, to, more, so, than, least, most, at, up, `as`, many, much, few,
    little: Int32
  let high, low, close, `in`, excess, well, just, far, slightly, the, per, cent, percentage: Int32
  let point, points, year, years, old, between, from, next, coming, this, all, other, another: Int32
  let every, estimated, record, total, maximum, minimum, average, further, additional, extra: Int32
  let fewer, less, greater, higher, lower, upwards, square, degrees, celsius, fahrenheit: Int32
  let sterling, us, am, pm, p, m, mid, early, late, hundred, by, over, plus, about, around: Int32
  let new, only, killing, last, past, nearly, almost, roughly, some, aged, ages, age: Int32
  let ago, later, earlier, through, until, till, dollars, dollar: Int32
  let magnitude, cents, strong, basis, one, fold, down, others: Int32

  /// The words every index above stands for; each is added to the lexicon.
  static let all: [String] = [
    "a", "an", "of", "and", "or", "to", "more", "so", "than", "least", "most", "at", "up", "as",
    "many", "much", "few", "little", "high", "low", "close", "in", "excess", "well", "just", "far",
    "slightly", "the", "per", "cent", "percentage", "point", "points", "year", "years", "old",
    "between", "from", "next", "coming", "this", "all", "other", "another", "every", "estimated",
    "record", "total", "maximum", "minimum", "average", "further", "additional", "extra", "fewer",
    "less", "greater", "higher", "lower", "upwards", "square", "degrees", "celsius", "fahrenheit",
    "sterling", "us", "am", "pm", "p", "m", "mid", "early", "late", "hundred", "by", "over",
    "plus", "about", "around", "new", "only", "killing", "last", "past", "nearly", "almost",
    "roughly", "some", "aged", "ages", "age", "ago", "later", "earlier", "through", "until",
    "till", "dollars", "dollar", "magnitude", "cents", "strong", "basis", "one", "fold", "down",
    "others",
  ]

  init(_ lexicon: FigureLexicon) {
    func i(_ w: String) -> Int32 { WordKey(w).map { lexicon.index(of: $0) } ?? -1 }
    a = i("a"); an = i("an"); of = i("of"); and = i("and"); or = i("or"); to = i("to")
    more = i("more"); so = i("so"); than = i("than"); least = i("least"); most = i("most")
    at = i("at"); up = i("up"); `as` = i("as"); many = i("many"); much = i("much"); few = i("few")
    little = i("little"); high = i("high"); low = i("low"); close = i("close"); `in` = i("in")
    excess = i("excess"); well = i("well"); just = i("just"); far = i("far")
    slightly = i("slightly"); the = i("the"); per = i("per"); cent = i("cent")
    percentage = i("percentage"); point = i("point"); points = i("points"); year = i("year")
    years = i("years"); old = i("old"); between = i("between"); from = i("from")
    next = i("next"); coming = i("coming"); this = i("this"); all = i("all"); other = i("other")
    another = i("another"); every = i("every"); estimated = i("estimated"); record = i("record")
    total = i("total"); maximum = i("maximum"); minimum = i("minimum"); average = i("average")
    further = i("further"); additional = i("additional"); extra = i("extra"); fewer = i("fewer")
    less = i("less"); greater = i("greater"); higher = i("higher"); lower = i("lower")
    upwards = i("upwards"); square = i("square"); degrees = i("degrees")
    celsius = i("celsius"); fahrenheit = i("fahrenheit"); sterling = i("sterling"); us = i("us")
    am = i("am"); pm = i("pm"); p = i("p"); m = i("m"); mid = i("mid"); early = i("early")
    late = i("late"); hundred = i("hundred"); by = i("by"); over = i("over"); plus = i("plus")
    about = i("about"); around = i("around"); new = i("new"); only = i("only")
    killing = i("killing"); last = i("last"); past = i("past")
    nearly = i("nearly"); almost = i("almost"); roughly = i("roughly"); some = i("some")
    aged = i("aged"); ages = i("ages"); age = i("age"); ago = i("ago")
    later = i("later"); earlier = i("earlier"); through = i("through"); until = i("until")
    till = i("till"); dollars = i("dollars"); dollar = i("dollar")
    magnitude = i("magnitude"); cents = i("cents"); strong = i("strong"); basis = i("basis")
    one = i("one"); fold = i("fold"); down = i("down"); others = i("others")
  }

  /// The shared indices.
  static let shared = KnownWords(.shared)
}
