/// Splits a paragraph into sentences by scanning its UTF-8 bytes.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after it) when the next
/// word starts like a sentence. Abbreviations ("Mr.", "Gen.", "Sept."), initials ("John F.
/// Kennedy"), decimals ("3.5") and ellipses inside a quote do not end one; a dotted acronym
/// ("U.S.") ends one only when the next word is a typical sentence opener ("The", "He").
public struct SentenceSplitter: Sendable {
  /// Creates a splitter.
  public init() {}

  /// The byte ranges of the sentences in `bytes`, leading and trailing spaces excluded.
  public func sentenceRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    let n = bytes.count
    var start = 0
    var i = 0
    while i < n {
      // Eight bytes at a time past text with no period, question or exclamation mark.
      if let base = bytes.baseAddress {
        while i &+ 8 <= n {
          let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
          if Self.hasByte(x, UInt8(ascii: ".")) || Self.hasByte(x, UInt8(ascii: "!"))
            || Self.hasByte(x, UInt8(ascii: "?"))
          {
            break
          }
          i &+= 8
        }
        guard i < n else { break }
      }
      let b = bytes[i]
      if b == UInt8(ascii: "!") || b == UInt8(ascii: "?") {
        if let end = boundary(after: i, in: bytes) {
          appendTrimmed(start..<end.sentenceEnd, bytes: bytes, to: &ranges)
          start = end.nextStart
          i = end.nextStart
        } else {
          i += 1
        }
        continue
      }
      guard b == UInt8(ascii: ".") else {
        i += 1
        continue
      }
      // A run of dots ("...") is an ellipsis: it ends a sentence only before a capitalised word.
      var j = i
      while j + 1 < n && bytes[j + 1] == UInt8(ascii: ".") { j += 1 }
      let isEllipsis = j > i
      if !isEllipsis && isNonTerminalPeriod(at: i, in: bytes) {
        i += 1
        continue
      }
      if let end = boundary(after: j, in: bytes),
        isEllipsis || !isAcronymEnd(at: i, in: bytes)
          || startsWithOpener(at: end.nextStart, in: bytes)
      {
        appendTrimmed(start..<end.sentenceEnd, bytes: bytes, to: &ranges)
        start = end.nextStart
        i = end.nextStart
        continue
      }
      i = j + 1
    }
    appendTrimmed(start..<n, bytes: bytes, to: &ranges)
    return ranges
  }

  /// The sentences of a paragraph as strings.
  public func sentences(in paragraph: String) -> [String] {
    var text = paragraph
    return text.withUTF8 { buffer in
      sentenceRanges(in: buffer).map {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self)
      }
    }
  }

  // MARK: - Boundaries

  private struct Boundary {
    var sentenceEnd: Int
    var nextStart: Int
  }

  /// When the terminal punctuation ending at `index` closes a sentence: where the sentence ends
  /// (after closing quotes and brackets) and where the next one starts.
  private func boundary(after index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Boundary? {
    let n = bytes.count
    var k = index + 1
    // Closing marks: " ' ) ] and the curly closers ” ’ (E2 80 9D / E2 80 99).
    while k < n {
      let c = bytes[k]
      if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: ")")
        || c == UInt8(ascii: "]")
      {
        k += 1
      } else if c == 0xE2, k + 2 < n, bytes[k + 1] == 0x80,
        bytes[k + 2] == 0x9D || bytes[k + 2] == 0x99
      {
        k += 3
      } else {
        break
      }
    }
    let end = k
    guard k < n, bytes[k] == UInt8(ascii: " ") || bytes[k] == UInt8(ascii: "\n") else {
      return nil
    }
    while k < n && (bytes[k] == UInt8(ascii: " ") || bytes[k] == UInt8(ascii: "\n")) { k += 1 }
    guard k < n else { return nil }
    guard startsLikeSentence(at: k, in: bytes) else { return nil }
    return Boundary(sentenceEnd: end, nextStart: k)
  }

  /// Whether the byte at `index` starts a word that can open a sentence: a capital letter, a
  /// digit, an opening quote or bracket, or a non-ASCII letter.
  private func startsLikeSentence(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let c = bytes[index]
    if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") { return true }
    if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { return true }
    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "(")
      || c == UInt8(ascii: "[")
    {
      return true
    }
    // “ ‘ (E2 80 9C / E2 80 98) and capitals outside ASCII (Latin-1 supplement, Greek, Cyrillic).
    if c == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
      return bytes[index + 2] == 0x9C || bytes[index + 2] == 0x98
    }
    return c == 0xC3 && index + 1 < bytes.count && bytes[index + 1] < 0x9F
  }

  /// Whether any of the eight bytes of `x` is `byte` (exact: a zero byte of `x ^ byte...` sets
  /// the high bit of the first such byte, and no other byte can set it without one).
  @inline(__always)
  private static func hasByte(_ x: UInt64, _ byte: UInt8) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let v = x ^ (ones &* UInt64(byte))
    return (v &- ones) & ~v & 0x8080_8080_8080_8080 != 0
  }

  /// Whether the period at `index` belongs to an abbreviation, an initial or a number.
  private func isNonTerminalPeriod(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    // A decimal point or a version number: digit . digit
    if index + 1 < bytes.count, isDigit(bytes[index + 1]), index > 0, isDigit(bytes[index - 1]) {
      return true
    }
    // The word before the period (letters and periods), read in place.
    var start = index
    while start > 0, isLetter(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: ".") {
      start -= 1
    }
    let length = index - start
    guard length > 0 else { return false }
    // A single capital letter is an initial ("John F. Kennedy"), unless it is the pronoun "I".
    let c = bytes[start]
    if length == 1, c >= UInt8(ascii: "A"), c <= UInt8(ascii: "Z") {
      return c != UInt8(ascii: "I")
    }
    // Dotted acronyms and abbreviations that often end a sentence are decided by isAcronymEnd.
    let word = bytes[start..<index]
    if isDottedAcronym(word) { return false }
    return WordKey(bytes: word).map { Self.nonTerminalKeys.contains($0) } ?? false
  }

  /// Whether the word before the period at `index` is a dotted acronym such as "U.S" or "D.C",
  /// or an abbreviation that often ends a sentence.
  private func isAcronymEnd(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var start = index
    while start > 0, isLetter(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: ".") {
      start -= 1
    }
    let word = bytes[start..<index]
    if isDottedAcronym(word) { return true }
    return WordKey(bytes: word).map { Self.sentenceFinalKeys.contains($0) } ?? false
  }

  /// Whether the word at `index` is one that typically opens a sentence ("The", "He", "But").
  private func startsWithOpener(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var k = index
    while k < bytes.count, !isLetter(bytes[k]) { k += 1 }
    let start = k
    while k < bytes.count, isLetter(bytes[k]) { k += 1 }
    return WordKey(bytes: bytes[start..<k]).map { Self.openerKeys.contains($0) } ?? false
  }

  /// Whether a word of letters and periods is a dotted acronym: three bytes or more, a period
  /// among them.
  private func isDottedAcronym(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    word.count >= 3 && word.contains(UInt8(ascii: "."))
  }

  /// The words below as lexicon keys, compared without making strings: `abbreviations` that are
  /// not `sentenceFinalAbbreviations`, `sentenceFinalAbbreviations` and `openers`.
  private static let nonTerminalKeys = keys(abbreviations.subtracting(sentenceFinalAbbreviations))
  private static let sentenceFinalKeys = keys(sentenceFinalAbbreviations)
  private static let openerKeys = keys(openers)

  private static func keys(_ words: Set<String>) -> Set<WordKey> {
    Set(words.compactMap { WordKey($0) })
  }

  private func appendTrimmed(
    _ range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, to ranges: inout [Range<Int>]
  ) {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi, bytes[lo] == UInt8(ascii: " ") || bytes[lo] == UInt8(ascii: "\n") { lo += 1 }
    while hi > lo, bytes[hi - 1] == UInt8(ascii: " ") || bytes[hi - 1] == UInt8(ascii: "\n") {
      hi -= 1
    }
    if lo < hi { ranges.append(lo..<hi) }
  }

  private func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
  private func isLetter(_ c: UInt8) -> Bool {
    (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z")
  }

  /// Abbreviations that a period does not end a sentence after.
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "adm", "maj", "cpl", "pvt", "rev", "hon", "pres", "supt", "insp", "det", "st", "mt", "ft", "jr",
    "sr", "inc", "corp", "ltd", "co", "bros", "vs", "etc", "no", "nos", "vol", "fig", "approx",
    "est", "dept", "univ", "assn", "ave", "blvd", "rd", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
    "fri", "sat", "sun", "e.g", "i.e", "a.m", "p.m", "al", "cf", "op", "pp",
  ]

  /// Abbreviations that often end a sentence too ("... and so on, etc. The next").
  static let sentenceFinalAbbreviations: Set<String> = [
    "inc", "corp", "ltd", "co", "etc", "jr", "sr", "a.m", "p.m", "bros",
  ]

  /// Words that typically open a sentence; after an acronym ("U.S.") they mark a boundary.
  static let openers: Set<String> = [
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
    "those", "there", "in", "on", "at", "but", "and", "however", "its", "his", "her", "their",
    "our", "after", "before", "when", "while", "if", "as", "some", "many", "most", "officials",
    "meanwhile", "earlier", "later", "also", "one", "two", "three", "both", "all", "no", "yet",
    "still", "since", "for", "what", "who", "why", "how",
  ]
}
