/// How a cleaning rule matches a phrase at the start of a paragraph, for `FurnitureScreen`.
enum OpeningMatch: Sendable {
  /// The paragraph's words start with the phrase's (`starts(with:)`).
  case words
  /// The paragraph starts with the phrase, its last word perhaps longer (`hasPrefix`).
  case prefix
  /// The paragraph starts with the phrase as a label: a colon or bar follows (`Photo: ...`).
  case label
  /// The paragraph is the phrase and nothing else (`Advertisement`).
  case wholeLine
}

/// The cleaning rules a paragraph may match, as `FurnitureScreen` tells them.
struct FurnitureRules: OptionSet, Sendable, Hashable {
  let rawValue: UInt8

  /// `PhotoFurniture.labelled`: `Photo: ...`, `Photo by ...`, `Image 1 of 12`.
  static let labelled = FurnitureRules(rawValue: 1)
  /// `PhotoFurniture.isCredit`: `Jonathan Ernst/Reuters`, `(Photo by ...)`.
  static let credit = FurnitureRules(rawValue: 2)
  /// `SiteFurniture.kind`: contributor lines, comment forms, boilerplate.
  static let site = FurnitureRules(rawValue: 4)
  /// `PhotoFurniture.isCaptionLike` of a paragraph on its own.
  static let captionLike = FurnitureRules(rawValue: 8)

  /// Every rule.
  static let all: FurnitureRules = [.labelled, .credit, .site, .captionLike]
}

/// A cheap first look at a paragraph that tells prose, which no furniture rule can match, from a
/// paragraph the rules must look at.
///
/// Most paragraphs of an article are prose; building a `FurnitureLine` and running every rule on
/// each would cost more than the rest of reading the file. The screen looks only at bytes: the
/// first words (compared with the opening phrases of every rule), the last word, the first and
/// last characters, a few words a rule looks for anywhere, a date at the end, and, for short
/// paragraphs, whether a lower-case word rules out a photo credit. It lets a paragraph through
/// whenever any rule could match it, so cleaning with the screen removes exactly what cleaning
/// without it does.
///
/// Words here are runs of ASCII letters and digits, lower-cased: the phrases' words and the
/// paragraph's split the same way, whatever punctuation (`’`, `—`, `•`) sits between them.
enum FurnitureScreen {
  /// The rules that could take the (trimmed, at most `FurnitureLine.maxFurnitureBytes` long)
  /// paragraph `text` for furniture: the others cannot. Empty for prose.
  static func rules(for text: UnsafeBufferPointer<UInt8>) -> FurnitureRules {
    let count = text.count
    guard count > 0 else { return [] }
    let start = startAfterSpaces(text)
    guard start < count else { return .all }
    // A character that lower-cases to ASCII letters (`İ`, the Kelvin sign) makes the folded text
    // differ from these bytes: let every rule look.
    let inner = innerSigns(text)
    if inner.foldsToASCII { return .all }
    var rules: FurnitureRules = inner.hasWord ? .site : []
    // `(Photo by ...)` is a credit, `(c) 2024 ...` and `© 2024 ...` copyright lines.
    let first = text[start]
    if first == UInt8(ascii: "(") || first == UInt8(ascii: "[") {
      rules.formUnion([.credit, .site])
    }
    if first == 0xC2 && start + 1 < count && text[start + 1] == 0xA9 { rules.insert(.site) }
    // A caption ends with a credit in parentheses or a date after a place with two commas
    // (`..., in Tel Aviv, Israel, November 3, 2023.`).
    if text[count - 1] == UInt8(ascii: ")")
      || (endsWithDate(text) && commasBeforeLastWords(text) >= 2)
    {
      rules.insert(.captionLike)
    }
    var index = start
    if let firstRun = nextRun(text, from: &index) {
      let key = hash(text, firstRun)
      let phrases = openingFirstRuns.mayContain(key) ? openingPhrases[key] : nil
      let shareWord = shareBarRuns.contains(key)
      if phrases != nil || shareWord {
        // The first runs, up to one more than the longest phrase has, kept on the stack.
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: maxPhraseRuns + 1) {
          buffer in
          buffer[0] = firstRun
          var found = 1
          while found <= maxPhraseRuns, let run = nextRun(text, from: &index) {
            buffer[found] = run
            found += 1
          }
          let runs = UnsafeBufferPointer(rebasing: buffer[..<found])
          if let phrases { rules.formUnion(openingRules(text, runs, phrases, textStart: start)) }
          if shareWord && looksLikeShareBar(text, runs) { rules.insert(.site) }
        }
      }
    }
    // `... contributed to this report.`, `5 min read`.
    if !rules.contains(.site), let closing = lastRun(text),
      closingWords.contains(hash(text, closing))
    {
      rules.insert(.site)
    }
    if !rules.contains(.credit) && count <= 160 && !hasWordRulingOutCredit(text)
      && hasCreditSign(text)
    {
      rules.insert(.credit)
    }
    // Every caption rule first asks for a paragraph without quotation marks.
    if inner.hasQuote { rules.remove(.captionLike) }
    return rules
  }

  // MARK: Runs

  /// The next run of ASCII letters and digits at or after `index`. Any other byte separates runs.
  static func nextRun(_ text: UnsafeBufferPointer<UInt8>, from index: inout Int) -> Range<Int>? {
    let count = text.count
    while index < count && !isAlphanumeric(text[index]) { index += 1 }
    guard index < count else { return nil }
    let start = index
    while index < count && isAlphanumeric(text[index]) { index += 1 }
    return start..<index
  }

  /// The last run of ASCII letters and digits.
  private static func lastRun(_ text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var end = text.count
    while end > 0 && !isAlphanumeric(text[end - 1]) { end -= 1 }
    guard end > 0 else { return nil }
    var start = end
    while start > 0 && isAlphanumeric(text[start - 1]) { start -= 1 }
    return start..<end
  }

  @inline(__always)
  static func isAlphanumeric(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }

  @inline(__always)
  private static func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// A hash of a run, lower-cased (FNV-1a).
  @inline(__always)
  static func hash(_ text: UnsafeBufferPointer<UInt8>, _ run: Range<Int>) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in run {
      value = (value ^ UInt64(lowercased(text[index]))) &* 0x100_0000_01b3
    }
    return value
  }

  /// Whether the run equals `word` (lower case), or, with `prefix`, starts with it.
  private static func run(
    _ text: UnsafeBufferPointer<UInt8>, _ run: Range<Int>, equals word: [UInt8], prefix: Bool
  ) -> Bool {
    guard prefix ? run.count >= word.count : run.count == word.count else { return false }
    var offset = run.lowerBound
    for byte in word {
      guard lowercased(text[offset]) == byte else { return false }
      offset += 1
    }
    return true
  }

  /// Where the text starts after the spaces folding drops (no-break, thin and narrow no-break
  /// spaces; ASCII spaces are trimmed already).
  private static func startAfterSpaces(_ text: UnsafeBufferPointer<UInt8>) -> Int {
    var index = 0
    while let length = spaceLength(text, at: index) { index += length }
    return index
  }

  /// Whether the character at `index` lower-cases to ASCII letters: `İ` (`i` and a combining dot)
  /// or the Kelvin sign (`k`), the only ones that do.
  @inline(__always)
  static func foldsToASCIILetters(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let count = text.count
    let byte = text[index]
    if byte == 0xC4 { return index + 1 < count && text[index + 1] == 0xB0 }
    return byte == 0xE2 && index + 2 < count && text[index + 1] == 0x84
      && text[index + 2] == 0xAA
  }

  /// The length of the space character at `index` that folding turns into a space, if one is.
  @inline(__always)
  static func spaceLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    let count = text.count
    guard index < count else { return nil }
    let byte = text[index]
    if byte == 0x20 || byte == 0x09 || byte == 0x0A { return 1 }
    if byte == 0xC2 && index + 1 < count && text[index + 1] == 0xA0 { return 2 }
    if byte == 0xE2 && index + 2 < count && text[index + 1] == 0x80
      && (text[index + 2] == 0x89 || text[index + 2] == 0xAF)
    {
      return 3
    }
    return nil
  }

  // MARK: Opening phrases

  /// A phrase's runs and how a rule matches it.
  private struct Phrase: Equatable {
    var runs: [[UInt8]]
    var match: OpeningMatch
    var rules: FurnitureRules
  }

  /// The rules of the `phrases` the paragraph's first runs (all of them, up to one more than the
  /// longest phrase has) match as their rule does.
  private static func openingRules(
    _ text: UnsafeBufferPointer<UInt8>, _ runs: UnsafeBufferPointer<Range<Int>>,
    _ phrases: [Phrase],
    textStart: Int
  ) -> FurnitureRules {
    var rules: FurnitureRules = []
    for phrase in phrases
    where phrase.runs.count <= runs.count && !rules.isSuperset(of: phrase.rules) {
      let last = phrase.runs.count - 1
      var matches = true
      for (position, word) in phrase.runs.enumerated() {
        let isPrefix = phrase.match == .prefix && position == last
        if !run(text, runs[position], equals: word, prefix: isPrefix) {
          matches = false
          break
        }
      }
      guard matches else { continue }
      switch phrase.match {
      case .words, .prefix:
        rules.formUnion(phrase.rules)
      case .wholeLine:
        if runs.count == phrase.runs.count { rules.formUnion(phrase.rules) }
      case .label:
        // At the very start, then perhaps spaces, then `:` or `|`.
        guard runs[0].lowerBound == textStart else { continue }
        var index = runs[last].upperBound
        while let length = spaceLength(text, at: index) { index += length }
        if index < text.count
          && (text[index] == UInt8(ascii: ":") || text[index] == UInt8(ascii: "|"))
        {
          rules.formUnion(phrase.rules)
        }
      }
    }
    return rules
  }

  /// Whether the first runs are all words of share bars.
  private static func looksLikeShareBar(
    _ text: UnsafeBufferPointer<UInt8>, _ runs: UnsafeBufferPointer<Range<Int>>
  ) -> Bool {
    runs.prefix(3).allSatisfy { shareBarRuns.contains(hash(text, $0)) }
  }

  /// The opening phrases of every rule, by the hash of their first run.
  private static let openingPhrases: [UInt64: [Phrase]] = {
    var table: [UInt64: [Phrase]] = [:]
    for (rules, match, phrases) in SiteFurniture.openingPhrases + PhotoFurniture.openingPhrases {
      for text in phrases {
        let phrase = Phrase(runs: runs(of: text), match: match, rules: rules)
        guard let first = phrase.runs.first else { continue }
        let key = first.withUnsafeBufferPointer { hash($0, 0..<$0.count) }
        if !(table[key]?.contains(phrase) ?? false) { table[key, default: []].append(phrase) }
      }
    }
    return table
  }()

  /// The hashes of the first runs of the opening phrases (the keys of `openingPhrases`).
  private static let openingFirstRuns = RunHashSet(openingPhrases.keys)

  /// The most runs an opening phrase has.
  private static let maxPhraseRuns: Int =
    openingPhrases.values.joined().map(\.runs.count).max() ?? 0

  private static let shareBarRuns = RunHashSet(hashes(of: SiteFurniture.shareBarWords))

  private static let closingWords = RunHashSet(hashes(of: SiteFurniture.closingWords))

  private static func hashes(of words: Set<String>) -> Set<UInt64> {
    Set(
      words.flatMap { runs(of: $0) }.map { run in
        run.withUnsafeBufferPointer { hash($0, 0..<$0.count) }
      })
  }

  /// The runs of a (lower-case) phrase.
  private static func runs(of phrase: String) -> [[UInt8]] {
    let bytes = Array(phrase.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      var runs: [[UInt8]] = []
      while let run = nextRun(buffer, from: &index) { runs.append(Array(buffer[run])) }
      return runs
    }
  }

  // MARK: A date at the end

  /// Whether the text may end with a date as `PhotoFurniture.dateEnding` reads one: its last
  /// character other than `.` and spaces is a number, and one of its last words is a month
  /// (`Nov.`, `November`) or an ISO date (`2023-11-03`).
  private static func endsWithDate(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard endsWithNumber(text) else { return false }
    // The last six words (the rule reads dates over the last four).
    var start = text.count
    var spaces = 0
    while start > 0 {
      if text[start - 1] == 0x20 {
        // A space joined to a combining mark does not part words for the rule: give up.
        if start < text.count && text[start] >= 0x80 { return true }
        spaces += 1
        if spaces == 6 { break }
      }
      start -= 1
    }
    var index = start
    while index < text.count {
      let byte = text[index]
      if isLetter(byte) || byte == UInt8(ascii: ".") {
        // A word of letters and dots, the dots left out (`Sept.`, `N.o.v`).
        var word: UInt64 = 0xcbf2_9ce4_8422_2325
        while index < text.count && (isLetter(text[index]) || text[index] == UInt8(ascii: ".")) {
          if text[index] != UInt8(ascii: ".") {
            word = (word ^ UInt64(lowercased(text[index]))) &* 0x100_0000_01b3
          }
          index += 1
        }
        if monthWords.contains(word) { return true }
      } else if isDigit(byte) && index + 4 < text.count && isDigit(text[index + 1])
        && isDigit(text[index + 2]) && isDigit(text[index + 3])
        && text[index + 4] == UInt8(ascii: "-")
      {
        return true
      } else {
        index += 1
      }
    }
    return false
  }

  /// The number of commas before the third space from the end; none when there are fewer than
  /// three spaces.
  ///
  /// `PhotoFurniture.dateEnding` tries dates that start at the third or fourth word from the end
  /// (words parted by spaces), and a caption without a credit or an opening needs two commas
  /// before its date: at most as many as there are before the third space.
  private static func commasBeforeLastWords(_ text: UnsafeBufferPointer<UInt8>) -> Int {
    var end = text.count
    var spaces = 0
    while end > 0 && spaces < 3 {
      end -= 1
      if text[end] == 0x20 { spaces += 1 }
    }
    guard spaces == 3 else { return 0 }
    var commas = 0
    for index in 0..<end where text[index] == UInt8(ascii: ",") { commas += 1 }
    return commas
  }

  /// Whether the last character other than `.` and spaces is a number (`2023.`, `½`).
  private static func endsWithNumber(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var end = text.count
    while end > 0 && (text[end - 1] == UInt8(ascii: ".") || text[end - 1] == 0x20) { end -= 1 }
    guard end > 0 else { return false }
    let byte = text[end - 1]
    if byte < 0x80 { return isDigit(byte) }
    // General Punctuation up to U+203F (`”`, `’`, `—`, `…`) holds no number.
    if end >= 3 && text[end - 3] == 0xE2 && text[end - 2] == 0x80 { return false }
    var start = end - 1
    while start > 0 && text[start] & 0xC0 == 0x80 && end - start < 4 { start -= 1 }
    let scalar = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
      .unicodeScalars.last
    return scalar?.properties.numericType != nil
  }

  @inline(__always)
  private static func isLetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
  }

  @inline(__always)
  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// The hashes of the month names a date parser knows.
  private static let monthWords = RunHashSet(hashes(of: Set(DateParser.months.keys)))

  // MARK: Words anywhere

  /// What a paragraph holds anywhere, as `innerSigns` finds it.
  private struct InnerSigns {
    /// A word a rule looks for anywhere (`SiteFurniture.innerWords`), in any case.
    var hasWord = false
    /// A character folding makes a plain quotation mark (`"`, `“`, `”`, `„`, `«`, `»`).
    var hasQuote = false
    /// A character that lower-cases to ASCII letters (`İ`, the Kelvin sign): when set, the scan
    /// stopped there and the other signs are incomplete.
    var foldsToASCII = false
  }

  /// The inner words, quotation marks and characters that fold to ASCII letters in the text, in
  /// one pass over its bytes. Each word is looked for at its rarest letter (`b` of
  /// `contributed`).
  private static func innerSigns(_ text: UnsafeBufferPointer<UInt8>) -> InnerSigns {
    innerWordBytes.withUnsafeBufferPointer { bytes in
      innerWords.withUnsafeBufferPointer { words in
        anchors.withUnsafeBufferPointer { anchors in
          anchoredWords.withUnsafeBufferPointer { anchored in
            innerSigns(text, anchors: anchors, words: words, anchored: anchored, bytes: bytes)
          }
        }
      }
    }
  }

  private static func innerSigns(
    _ text: UnsafeBufferPointer<UInt8>, anchors: UnsafeBufferPointer<Bool>,
    words: UnsafeBufferPointer<InnerWord>, anchored: UnsafeBufferPointer<Range<Int>>,
    bytes: UnsafeBufferPointer<UInt8>
  ) -> InnerSigns {
    let count = text.count
    var signs = InnerSigns()
    var index = 0
    while index < count {
      let byte = text[index]
      if !anchors[Int(byte)] {
        // Most bytes start nothing the scan looks for.
      } else if byte >= 0x80 {
        if foldsToASCIILetters(text, at: index) {
          signs.foldsToASCII = true
          return signs
        }
        if isQuote(text, at: index) { signs.hasQuote = true }
      } else if byte == UInt8(ascii: "\"") {
        signs.hasQuote = true
      } else if !signs.hasWord {
        // Only the words anchored at this letter (`innerWords` is in the order of anchors).
        for word in words[anchored[Int(byte | 0x20)]] where index >= word.offset {
          let wordBytes = UnsafeBufferPointer(rebasing: bytes[word.bytes])
          if matches(text, wordBytes, at: index - word.offset) {
            signs.hasWord = true
            break
          }
        }
      }
      index += 1
    }
    return signs
  }

  /// Whether the (non-ASCII) character at `index` is one folding makes `"`: `“`, `”`, `„`, `«`
  /// or `»`.
  @inline(__always)
  private static func isQuote(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let count = text.count
    switch text[index] {
    case 0xE2:
      return index + 2 < count && text[index + 1] == 0x80 && text[index + 2] >= 0x9C
        && text[index + 2] <= 0x9E
    case 0xC2:
      return index + 1 < count && (text[index + 1] == 0xAB || text[index + 1] == 0xBB)
    default:
      return false
    }
  }

  /// Whether `word` (lower case) is in `text` starting at `index`, in any case.
  private static func matches(
    _ text: UnsafeBufferPointer<UInt8>, _ word: UnsafeBufferPointer<UInt8>, at index: Int
  ) -> Bool {
    guard index + word.count <= text.count else { return false }
    for offset in 0..<word.count where lowercased(text[index + offset]) != word[offset] {
      return false
    }
    return true
  }

  /// An inner word (its bytes in `innerWordBytes`) with the letter it is looked for at.
  private struct InnerWord {
    var bytes: Range<Int>
    var anchor: UInt8
    var offset: Int
  }

  /// The bytes of the inner words, one after another.
  private static let innerWordBytes: [UInt8] = SiteFurniture.innerWords.flatMap { Array($0.utf8) }

  /// The inner words, in the order of their anchors (`anchoredWords` points into it).
  private static let innerWords: [InnerWord] = {
    var start = 0
    let words = SiteFurniture.innerWords.map { word in
      let bytes = Array(word.utf8)
      let rarity = Array("etaoinshrdlcumwfgypbvkjxqz".utf8)
      let offset =
        bytes.indices.max { a, b in
          (rarity.firstIndex(of: bytes[a]) ?? 0) < (rarity.firstIndex(of: bytes[b]) ?? 0)
        } ?? 0
      defer { start += bytes.count }
      return InnerWord(
        bytes: start..<(start + bytes.count), anchor: bytes.isEmpty ? 0 : bytes[offset],
        offset: offset)
    }
    return words.sorted { $0.anchor < $1.anchor }
  }()

  /// For each byte, the range of `innerWords` anchored at it.
  private static let anchoredWords: [Range<Int>] = {
    var ranges = [Range<Int>](repeating: 0..<0, count: 256)
    var start = 0
    while start < innerWords.count {
      let anchor = innerWords[start].anchor
      var end = start
      while end < innerWords.count && innerWords[end].anchor == anchor { end += 1 }
      ranges[Int(anchor)] = start..<end
      start = end
    }
    return ranges
  }()

  /// The anchor letters of the inner words in both cases, `"`, and the lead bytes of `“`, `”`,
  /// `„`, `«`, `»`, `İ` and `K`.
  private static let anchors: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for word in innerWords {
      table[Int(word.anchor)] = true
      table[Int(word.anchor & 0xDF)] = true
    }
    for byte: UInt8 in [0x22, 0xC2, 0xC4, 0xE2] { table[Int(byte)] = true }
    return table
  }()

  // MARK: Photo credits

  /// Whether `text` may be a credit as `PhotoFurniture.isCreditText` reads it: it holds a slash,
  /// `via`, `courtesy` or an agency's name (see `hasCreditSign`), or a character that folds to
  /// ASCII letters.
  static func mayBeCreditText(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      hasCreditSign(bytes) || bytes.indices.contains { foldsToASCIILetters(bytes, at: $0) }
    } ?? true
  }

  /// Whether the text holds what every credit but one in parentheses holds: a slash, or a run that
  /// is `via`, `courtesy` or the first run of an agency's name (`PhotoFurniture.isCreditText` asks
  /// for a slash, a word `via`, a first word `courtesy` or an agency). Runs are ASCII letters and
  /// digits, so a text with a character that folds to ASCII letters must be let through apart.
  private static func hasCreditSign(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = text.count
    var index = 0
    while index < count {
      let byte = text[index]
      if byte == UInt8(ascii: "/") { return true }
      guard isAlphanumeric(byte) else {
        index += 1
        continue
      }
      let start = index
      while index < count && isAlphanumeric(text[index]) { index += 1 }
      if creditSignRuns.contains(hash(text, start..<index)) { return true }
    }
    return false
  }

  /// The runs of `via`, `courtesy` and the first runs of agencies' names.
  private static let creditSignRuns = RunHashSet(
    PhotoFurniture.creditSignWords.compactMap { word in
      runs(of: word).first.map { run in run.withUnsafeBufferPointer { hash($0, 0..<$0.count) } }
    })

  /// Whether a word of `text` rules it out as a photo credit (see `hasWordRulingOutCredit`).
  static func rulesOutCredit(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { hasWordRulingOutCredit($0) } ?? false
  }

  /// Whether the text's characters are all ASCII, Latin-1 or General Punctuation (`é`, `’`, `—`):
  /// none combines with the character before it, so a search for bytes finds what Foundation's
  /// search for characters finds.
  static func hasNoCombiningMarks<Text: StringProtocol>(_ text: Text) -> Bool {
    var iterator = text.utf8.makeIterator()
    while let byte = iterator.next() {
      if byte < 0x80 || byte & 0xC0 == 0x80 || byte == 0xC2 || byte == 0xC3 { continue }
      guard byte == 0xE2, iterator.next() == 0x80, let last = iterator.next(),
        last >= 0x90 && last <= 0xBF
      else { return false }
    }
    return true
  }

  /// Whether the text's bytes hold `needle`.
  static func contains<Text: StringProtocol>(_ text: Text, _ needle: [UInt8]) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count >= needle.count else { return false }
    for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
      if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
    }
    return false
  }

  /// Whether a word rules the text out as a photo credit as `PhotoFurniture.isCreditText` reads
  /// it: one that starts with a lower-case letter and is not among the few lower-case words
  /// credits use (`via`, `for`, `staff`). Words with other than ASCII letters never rule it out.
  private static func hasWordRulingOutCredit(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = text.count
    var start = 0
    for index in 0...count {
      let byte = index < count ? text[index] : UInt8(ascii: " ")
      guard byte == 0x20 || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ",") else {
        continue
      }
      // A separator glued to a combining mark or a prepended character is not one in `Character`
      // terms: give up rather than split differently.
      if index + 1 < count && !startsPlainCharacter(text, at: index + 1) { return false }
      if index > 0 && !endsPlainCharacter(text, before: index) { return false }
      if index > start && isLowercaseWordNotInCredits(text, start..<index) { return true }
      start = index + 1
    }
    return false
  }

  /// Whether the character at `index` never joins the one before it: ASCII, Latin-1 and Latin
  /// Extended-A (`«`, `é`), or General Punctuation quotes and dashes (`“`, `—`).
  private static func startsPlainCharacter(_ text: UnsafeBufferPointer<UInt8>, at index: Int)
    -> Bool
  {
    let byte = text[index]
    if byte < 0x80 || (byte >= 0xC2 && byte <= 0xC5) { return true }
    return byte == 0xE2 && index + 2 < text.count && text[index + 1] == 0x80
      && text[index + 2] >= 0x90 && text[index + 2] <= 0xA7
  }

  /// Whether the character that ends at `index` never joins the one after it (it is not a
  /// prepended mark, which all lie above U+0600): ASCII, two-byte characters below U+0600 or
  /// General Punctuation.
  private static func endsPlainCharacter(_ text: UnsafeBufferPointer<UInt8>, before index: Int)
    -> Bool
  {
    if text[index - 1] < 0x80 { return true }
    if index >= 2 && text[index - 2] >= 0xC2 && text[index - 2] <= 0xD7 { return true }
    return index >= 3 && text[index - 3] == 0xE2 && text[index - 2] == 0x80
  }

  /// Whether the word, without the characters credits are trimmed of, is ASCII, starts with a
  /// lower-case letter and is not a lower-case word of credits.
  private static func isLowercaseWordNotInCredits(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> Bool {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end {
      if creditTrim[Int(text[start])] {
        start += 1
      } else if end - start >= 3 && text[start] == 0xE2 && text[start + 1] == 0x80
        && text[start + 2] == 0x99
      {
        start += 3
      } else {
        break
      }
    }
    while end > start {
      if creditTrim[Int(text[end - 1])] {
        end -= 1
      } else if end - start >= 3 && text[end - 3] == 0xE2 && text[end - 2] == 0x80
        && text[end - 1] == 0x99
      {
        end -= 3
      } else {
        break
      }
    }
    guard start < end, text[start] >= UInt8(ascii: "a"), text[start] <= UInt8(ascii: "z") else {
      return false
    }
    for index in start..<end where text[index] >= 0x80 { return false }
    let word = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    return !PhotoFurniture.creditLowercaseWords.contains(word)
  }

  /// The ASCII characters `PhotoFurniture.isCreditText` trims from words (`’` is handled apart).
  private static let creditTrim: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for character in "()[]|:;'\".".utf8 { table[Int(character)] = true }
    return table
  }()
}
