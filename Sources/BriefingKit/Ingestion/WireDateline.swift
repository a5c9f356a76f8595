/// The wire dateline that may open a story's first paragraph: where it was filed, perhaps when
/// and by which agency, then a dash ("WASHINGTON (AP) — ", "NEW YORK, Nov 20 (Reuters) - ",
/// "KYIV, Ukraine — ", "Evansville, Indiana, United States - ").
///
/// Found over UTF-8 bytes in one pass that gives up at the first word no dateline holds, so a
/// sentence costs a few bytes. The head before the dash, in the first `reach` bytes, is:
/// - a place: one to four words, either all upper case ("WASHINGTON", "ST. LOUIS",
///   "WILKES-BARRE") or, with a region or an agency after it, capitalised ("Evansville");
/// - then any number of parts after commas, one to four capitalised words or numbers each (a
///   region "Ukraine", "Pa.", "United States", or a date "Nov 20", "Nov. 20, 2023"), with "of",
///   "and", "de" and the like between words ("Isle of Man");
/// - then perhaps an agency in parentheses or slashes ("(AP)", "(Reuters)", "(dpa)",
///   "/PRNewswire/");
/// - at most `maxWords` words before the agency,
/// and the dash is " - ", " -- ", " — " or " – " with text after it. A sentence ("NATO allies
/// agreed - ", "U.S. stocks fell 3% - ", "The plan — which ...") has a lower-case word first.
struct WireDateline: Sendable, Hashable {
  /// The bytes of the place: the parts before any date ("KYIV, Ukraine", "NEW YORK").
  var place: Range<Int>
  /// The bytes of the agency inside its parentheses or slashes ("AP"), when there is one.
  var agency: Range<Int>?
  /// Where the story's text starts, after the dash and its spaces.
  var end: Int

  /// How far into the paragraph the dash may come.
  static let reach = 120
  /// The most words before the agency.
  static let maxWords = 8
  /// The most words in one part between commas.
  static let maxPartWords = 4

  /// The wire dateline `bytes` open with, or `nil` when they open with none.
  static func find(in bytes: UnsafeBufferPointer<UInt8>) -> WireDateline? {
    let n = min(bytes.count, reach)
    var i = 0
    while i < n && bytes[i] == 0x20 { i += 1 }
    let start = i
    var part = 0
    var partWords = 0
    var words = 0
    var placeLetters = 0
    var isUpperCasePlace = true
    var placeEnd = start
    var firstWordEnd = start
    var isDate = false
    var agency: Range<Int>?
    while i < n {
      let c = bytes[i]
      if c == 0x20 {
        i += 1
        continue
      }
      if let after = dashEnd(bytes, at: i) {
        guard partWords > 0, placeLetters >= 2 else { return nil }
        // A capitalised place needs a region or an agency, and no sentence's opening word
        // ("However, President Biden — who ...", "Group F — Sweden 3–0 Korea").
        if !isUpperCasePlace {
          guard part > 0 || agency != nil, !isOpener(bytes, start..<firstWordEnd) else {
            return nil
          }
        }
        var text = after
        while text < bytes.count && bytes[text] == 0x20 { text += 1 }
        guard text < bytes.count else { return nil }
        return WireDateline(place: start..<placeEnd, agency: agency, end: text)
      }
      // Nothing but the dash may follow the agency.
      guard agency == nil else { return nil }
      if c == UInt8(ascii: ",") {
        guard partWords > 0 else { return nil }
        part += 1
        partWords = 0
        i += 1
        continue
      }
      if c == UInt8(ascii: "(") || c == UInt8(ascii: "/") {
        guard partWords > 0, let inner = agencyName(bytes, at: i, limit: n) else { return nil }
        agency = inner
        i = inner.upperBound + 1
        continue
      }
      // A word: up to a space, a comma, a parenthesis or a dash.
      var j = i
      var upper = 0
      var lower = 0
      var digits = 0
      while j < n {
        let b = bytes[j]
        if b == 0x20 || b == UInt8(ascii: ",") || b == UInt8(ascii: "(") { break }
        if b >= 0x41 && b <= 0x5A {
          upper += 1
        } else if b >= 0x61 && b <= 0x7A {
          lower += 1
        } else if b >= 0x30 && b <= 0x39 {
          digits += 1
        } else if b == UInt8(ascii: "-") {
          if j + 1 < n && bytes[j + 1] == 0x20 { break }
        } else if b == 0xE2 {
          // ’ in a word; a dash ends it; any other mark (“) is no dateline.
          guard j + 2 < n, bytes[j + 1] == 0x80 else { return nil }
          if bytes[j + 2] == 0x93 || bytes[j + 2] == 0x94 { break }
          guard bytes[j + 2] == 0x99 else { return nil }
          j += 2
        } else if b == 0xC3 {
          // Latin-1 letters: À-Þ upper case, ß-ÿ lower case.
          guard j + 1 < n else { return nil }
          if bytes[j + 1] < 0xA0 { upper += 1 } else { lower += 1 }
          j += 1
        } else if b >= 0xC4 && b < 0xE0 {
          j += 1  // a letter of another alphabet, of a case not told here: not counted
        } else if b != UInt8(ascii: ".") && b != UInt8(ascii: "'") && b != UInt8(ascii: "&") {
          return nil  // "3%", "$5", a quotation mark, a colon
        }
        j += 1
      }
      let initial = Self.initial(bytes, at: i)
      if initial == .lower {
        // "Isle of Man": a joining word inside a part; any other lower-case word is a sentence.
        guard partWords > 0, isJoiningWord(bytes, i..<j) else { return nil }
      } else if initial == .other && !(j - i == 1 && c == UInt8(ascii: "&")) {
        return nil
      }
      if words == 0 { firstWordEnd = j }
      words += 1
      partWords += 1
      guard words <= maxWords, partWords <= maxPartWords else { return nil }
      if part == 0 {
        guard digits == 0 else { return nil }
        placeLetters += upper + lower
        if lower > 0 { isUpperCasePlace = false }
        placeEnd = j
      } else {
        if partWords == 1 && (initial == .digit || isDateWord(bytes, i..<j)) { isDate = true }
        if !isDate { placeEnd = j }
      }
      i = j
    }
    return nil
  }

  /// The end of a dash that starts at `index` and the space after it: " - ", " -- ", " — ",
  /// " – " (the space before is skipped by the caller), or right after a word ("D.C.- ").
  private static func dashEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    var i = index
    if bytes[i] == UInt8(ascii: "-") {
      i += 1
      if i < bytes.count && bytes[i] == UInt8(ascii: "-") { i += 1 }
    } else if bytes[i] == 0xE2 {
      guard i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94
      else { return nil }
      i += 3
    } else {
      return nil
    }
    guard i < bytes.count, bytes[i] == 0x20 else { return nil }
    return i + 1
  }

  /// The bytes inside "(AP)", "(Reuters)", "(The Borneo Post)", "(dpa)" or "/PRNewswire/" that
  /// opens at `index`: one to four capitalised words, or one lower-case word.
  private static func agencyName(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int)
    -> Range<Int>?
  {
    let close = bytes[index] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "/")
    var i = index + 1
    var words = 0
    var lowerWords = 0
    while i < limit && bytes[i] != close {
      if bytes[i] == 0x20 {
        i += 1
        continue
      }
      switch Self.initial(bytes, at: i) {
      case .upper, .digit: break
      case .lower: lowerWords += 1
      case .other: return nil
      }
      words += 1
      while i < limit && bytes[i] != 0x20 && bytes[i] != close { i += 1 }
    }
    guard i < limit, (1...4).contains(words), lowerWords == 0 || words == 1 else { return nil }
    return (index + 1)..<i
  }

  /// The case of a word's first letter.
  private enum Initial { case upper, lower, digit, other }

  private static func initial(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Initial {
    let b = bytes[index]
    if b >= 0x41 && b <= 0x5A { return .upper }
    if b >= 0x61 && b <= 0x7A { return .lower }
    if b >= 0x30 && b <= 0x39 { return .digit }
    if b == 0xC3 && index + 1 < bytes.count { return bytes[index + 1] < 0xA0 ? .upper : .lower }
    if b >= 0xC4 && b < 0xE0 { return .upper }
    return .other
  }

  /// Whether the word joins the words of a place ("Isle of Man", "Bosnia and Herzegovina").
  private static func isJoiningWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>)
    -> Bool
  {
    joiningWords.contains { matches(bytes, word, $0) }
  }

  /// Whether the word names a month or a day ("Nov", "Nov.", "November", "Monday"): a date,
  /// not a region.
  private static func isDateWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
    var word = word
    if word.count > 1 && bytes[word.upperBound - 1] == UInt8(ascii: ".") {
      word = word.lowerBound..<(word.upperBound - 1)
    }
    return dateWords.contains { matches(bytes, word, $0) }
  }

  /// Whether the word opens sentences rather than names a place ("However", "Meanwhile").
  private static func isOpener(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
    openers.contains { matches(bytes, word, $0) }
  }

  /// Whether the word is `name` (lower case) in any case.
  private static func matches(
    _ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, _ name: [UInt8]
  ) -> Bool {
    guard word.count == name.count else { return false }
    for (offset, byte) in name.enumerated() where bytes[word.lowerBound + offset] | 0x20 != byte {
      return false
    }
    return true
  }

  private static let joiningWords: [[UInt8]] = [
    "of", "and", "on", "upon", "de", "del", "der", "la", "le", "les", "du", "da", "do", "dos",
    "das", "am", "an", "im", "sur", "y", "el", "al",
  ].map { Array($0.utf8) }

  private static let openers: [[UInt8]] = [
    "however", "meanwhile", "yesterday", "today", "tonight", "earlier", "later", "now", "still",
    "instead", "also", "but", "and", "so", "then", "finally", "first", "last", "this", "that",
    "in", "on", "at", "for", "after", "before", "since", "when", "while", "as", "if", "by",
    "with", "he", "she", "it", "they", "we", "i", "you", "mr", "mrs", "ms", "dr", "president",
  ].map { Array($0.utf8) }

  private static let dateWords: [[UInt8]] = [
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
  ].map { Array($0.utf8) }
}
