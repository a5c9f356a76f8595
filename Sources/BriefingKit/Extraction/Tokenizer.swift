/// Splits a paragraph's UTF-8 bytes into words, punctuation and quotation marks in one pass.
///
/// Apostrophes inside words stay in the word ("don’t", "Biden’s", "O'Brien"); an apostrophe at a
/// word's edge ("’90s", "Afghans’") becomes a single-mark token for the quote-mark rules to judge.
/// Initials, dotted acronyms and honorifics keep their period ("L.", "U.S.", "Mr.").
struct Tokenizer: Sendable {
  /// The word lists, looked up once per word.
  let table: WordTable

  init(lexicon: Lexicon) {
    table = lexicon.table
  }

  /// The tokens of `bytes`.
  func tokens(of bytes: UnsafeBufferPointer<UInt8>) -> [TextToken] {
    // A paragraph has at most one token per byte: write them straight into the array's storage.
    Array(unsafeUninitializedCapacity: bytes.count + 1) { buffer, initialized in
      initialized = tokenize(bytes, into: buffer).count
    }
  }

  /// Writes the tokens of `bytes` into `tokens` (room for `bytes.count + 1` of them): how many,
  /// and the union of what the word lists say about the words.
  func tokenize(
    _ bytes: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutableBufferPointer<TextToken>
  ) -> (count: Int, classes: WordClass) {
    var count = 0
    var all: WordClass = []
    let n = bytes.count
    var i = 0
    var space = true
    while i < n {
      let c = bytes[i]
      // Whitespace: ASCII, no-break space (C2 A0), the E2 80 80-8A spaces and E2 80 AF.
      if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
        space = true
        i += 1
        continue
      }
      if c == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 {
        space = true
        i += 2
        continue
      }
      if c == 0xE2, i + 2 < n, bytes[i + 1] == 0x80,
        bytes[i + 2] <= 0x8A || bytes[i + 2] == 0xAF
      {
        space = true
        i += 3
        continue
      }
      var flags: TextToken.Flags = space ? [.spaceBefore] : []
      space = false
      if isWordByte(bytes, i) {
        let word = scanWord(bytes, from: i, flags: &flags)
        var classes = table.classes(of: word.hash)
        if classes.isEmpty, word.hyphen > i, word.hyphen + 2 < word.baseEnd {
          // "Director-General", "Vice-President", "ex-minister": a title or role after a hyphen.
          let last = table.classes(of: WordHash.hash(bytes, (word.hyphen + 1)..<word.baseEnd))
          classes = last.intersection([.title, .roleNoun])
        } else if classes.contains(.demonym), word.baseEnd - i == 2, !flags.contains(.allCaps) {
          // "UN", "US" and "EU" are places only in capitals: "Kim Jong Un" is a name.
          classes.remove(.demonym)
        }
        all.formUnion(classes)
        tokens.initializeElement(
          at: count,
          to: TextToken(
            start: Int32(i), end: Int32(word.end), baseEnd: Int32(word.baseEnd), kind: .word,
            glyph: .straight, flags: flags, hash: word.hash, classes: classes))
        count += 1
        i = word.end
        continue
      }
      var kind = TextToken.Kind.other
      var glyph = TextToken.Glyph.straight
      var length = 1
      switch c {
      case UInt8(ascii: ","): kind = .comma
      case UInt8(ascii: ";"): kind = .semicolon
      case UInt8(ascii: ":"): kind = .colon
      case UInt8(ascii: "?"): kind = .question
      case UInt8(ascii: "!"): kind = .exclamation
      case UInt8(ascii: "."):
        if i + 2 < n, bytes[i + 1] == UInt8(ascii: "."), bytes[i + 2] == UInt8(ascii: ".") {
          kind = .ellipsis
          length = 3
        } else {
          kind = .period
        }
      case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): kind = .openBracket
      case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): kind = .closeBracket
      case UInt8(ascii: "-"):
        kind = .dash
        if i + 1 < n, bytes[i + 1] == UInt8(ascii: "-") { length = 2 }
      case UInt8(ascii: "\""): kind = .doubleMark
      case UInt8(ascii: "'"): kind = .singleMark
      case 0xC2 where i + 1 < n:
        length = 2
        if bytes[i + 1] == 0xAB {
          kind = .doubleMark
          glyph = .angleLeft
        } else if bytes[i + 1] == 0xBB {
          kind = .doubleMark
          glyph = .angleRight
        }
      case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80:
        length = 3
        switch bytes[i + 2] {
        case 0x9C, 0x9F: (kind, glyph) = (.doubleMark, .left)
        case 0x9D: (kind, glyph) = (.doubleMark, .right)
        case 0x9E: (kind, glyph) = (.doubleMark, .low)
        case 0x98, 0x9B: (kind, glyph) = (.singleMark, .left)
        case 0x99: (kind, glyph) = (.singleMark, .right)
        case 0x9A: (kind, glyph) = (.singleMark, .low)
        case 0xB9: (kind, glyph) = (.singleMark, .angleLeft)
        case 0xBA: (kind, glyph) = (.singleMark, .angleRight)
        case 0x93, 0x94, 0x95: kind = .dash
        case 0xA6: kind = .ellipsis
        default: kind = .other
        }
      default:
        length = sequenceLength(c)
      }
      let end = min(n, i + length)
      tokens.initializeElement(
        at: count,
        to: TextToken(
          start: Int32(i), end: Int32(end), baseEnd: Int32(end), kind: kind, glyph: glyph,
          flags: flags, hash: 0, classes: []))
      count += 1
      i = end
    }
    // Whitespace after a token is whitespace before the next one.
    var k = 0
    while k < count {
      if k + 1 == count || tokens[k + 1].flags.contains(.spaceBefore) {
        tokens[k].flags.insert(.spaceAfter)
      }
      k += 1
    }
    return (count, all)
  }

  // MARK: - Words

  /// Whether a word starts at `i`: an ASCII letter or digit, or a non-ASCII letter.
  @inline(__always)
  private func isWordByte(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let c = bytes[i]
    if c < 0x80 { return isASCIIAlnum(c) }
    // C3-DF two-byte letters (Latin, Greek, Cyrillic, ...); E3-EF three-byte scripts (CJK).
    // C2 holds symbols (« » £ °), E2 punctuation and symbols, F0+ emoji.
    return (c >= 0xC3 && c <= 0xDF) || (c >= 0xE3 && c <= 0xEF)
  }

  @inline(__always)
  private func isASCIIAlnum(_ c: UInt8) -> Bool {
    let l = c | 0x20
    return (l >= UInt8(ascii: "a") && l <= UInt8(ascii: "z"))
      || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
  }

  @inline(__always)
  private func isLetterAt(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    guard i < bytes.count else { return false }
    let c = bytes[i]
    if c < 0x80 {
      let l = c | 0x20
      return l >= UInt8(ascii: "a") && l <= UInt8(ascii: "z")
    }
    return (c >= 0xC3 && c <= 0xDF) || (c >= 0xE3 && c <= 0xEF)
  }

  @inline(__always)
  private func isDigitAt(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9")
  }

  /// Whether the next word after `index` (past spaces) starts with a lowercase letter or a digit.
  private func nextWordIsLowercase(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
    var k = index
    while k < bytes.count, bytes[k] == UInt8(ascii: " ") { k += 1 }
    guard k < bytes.count else { return false }
    let c = bytes[k]
    return (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z"))
      || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
  }

  private func sequenceLength(_ c: UInt8) -> Int {
    if c < 0xC0 { return 1 }
    if c < 0xE0 { return 2 }
    if c < 0xF0 { return 3 }
    return 4
  }

  /// The leading run of ASCII letters and digits in eight bytes (the first in the low byte):
  /// its length, its letters (one high bit each) and whether one of them is lowercase. Each
  /// test is a range check on all eight bytes at once, with no carry between bytes (bytes of
  /// 0x80 and above are never in the run).
  @inline(__always)
  static func asciiRun(_ x: UInt64) -> (length: Int, letters: UInt64, hasLower: Bool) {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let t = x & 0x7F7F_7F7F_7F7F_7F7F
    let ascii = ~x & high
    let l = t | 0x2020_2020_2020_2020
    let letter = (l &+ ones &* 0x1F) & ~(l &+ ones &* 0x05) & ascii
    let digit = (t &+ ones &* 0x50) & ~(t &+ ones &* 0x46) & ascii
    let lower = (t &+ ones &* 0x1F) & ~(t &+ ones &* 0x05) & ascii
    let stop = ~(letter | digit) & high
    let length = stop == 0 ? 8 : stop.trailingZeroBitCount >> 3
    let keep: UInt64 = length == 8 ? ~0 : (1 &<< UInt64(length &* 8)) &- 1
    return (length, letter & keep, lower & keep != 0)
  }

  /// The common case of `scanWord`, from one eight-byte load: up to seven ASCII letters and
  /// digits ending at a byte none of its rules reads on from (not an apostrophe, hyphen, period,
  /// a comma after a digit, or a byte outside ASCII); nil for any other word.
  @inline(__always)
  private func shortWord(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, flags: inout TextToken.Flags
  ) -> (end: Int, baseEnd: Int, hash: UInt64, hyphen: Int)? {
    guard let base = bytes.baseAddress, start &+ 8 <= bytes.count else { return nil }
    let x = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
    let run = Self.asciiRun(x)
    guard run.length > 0, run.length < 8 else { return nil }
    let end = start &+ run.length
    let c = bytes[end]
    guard c < 0x80, c != UInt8(ascii: "'"), c != UInt8(ascii: "-"), c != UInt8(ascii: "."),
      c != UInt8(ascii: ",") || !isDigitAt(bytes, end - 1)
    else { return nil }
    if run.letters.nonzeroBitCount >= 2 && !run.hasLower { flags.insert(.allCaps) }
    let keep: UInt64 = (1 &<< UInt64(run.length &* 8)) &- 1
    return (end, end, WordHash.short(x & keep, length: run.length), -1)
  }

  /// Scans a word from `start`: its end, its end without a possessive ’s, its `WordHash` and its
  /// last inner hyphen; sets the word's flags.
  private func scanWord(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, flags: inout TextToken.Flags
  ) -> (end: Int, baseEnd: Int, hash: UInt64, hyphen: Int) {
    let n = bytes.count
    let first = bytes[start]
    if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") {
      flags.insert(.capitalised)
    } else if first == 0xC3, start + 1 < n, bytes[start + 1] >= 0x80, bytes[start + 1] <= 0x9E,
      bytes[start + 1] != 0x97
    {
      flags.insert(.capitalised)
    } else if first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") {
      flags.insert(.number)
    }
    if let word = shortWord(bytes, from: start, flags: &flags) { return word }
    var ascii = true  // no byte outside ASCII and no ’: the fast hash applies
    var apostropheStart = -1  // where the last inner apostrophe starts
    var apostropheEnd = -1  // where the letters after it start
    var j = start
    var letters = 0
    var hasLower = false  // a lowercase or non-ASCII letter: not all capitals
    var segmentLength = 0  // letters since the last period, for dotted acronyms
    var singleLetterSegments = true
    var hasDot = false
    var hyphen = -1
    while true {
      // A run of ASCII letters and digits, the common case: eight bytes at a time, then one by
      // one near the end of the paragraph.
      let runStart = j
      var digits = 0
      if let base = bytes.baseAddress {
        while j &+ 8 <= n {
          let x = UInt64(littleEndian: UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self))
          let run = Self.asciiRun(x)
          // Letters are counted up to two: all-capital words need two.
          if run.letters != 0 { letters &+= run.letters & (run.letters &- 1) == 0 ? 1 : 2 }
          if run.hasLower { hasLower = true }
          j &+= run.length
          if run.length < 8 { break }
        }
      }
      while j < n {
        let c = bytes[j]
        if (c | 0x20) &- UInt8(ascii: "a") < 26 {
          if c >= 0x60 { hasLower = true }
          letters &+= 1
          j &+= 1
        } else if c &- UInt8(ascii: "0") < 10 {
          digits &+= 1
          j &+= 1
        } else {
          break
        }
      }
      segmentLength &+= j &- runStart
      guard j < n else { break }
      let c = bytes[j]
      if segmentLength > 1 { singleLetterSegments = false }
      if c < 0x80 {
        if c == UInt8(ascii: "'") {
          // An inner apostrophe: don't, O'Brien, Biden's.
          if j > start, isLetterAt(bytes, j + 1) {
            apostropheStart = j
            apostropheEnd = j + 1
            j += 1
            continue
          }
          break
        }
        if c == UInt8(ascii: "-") {
          if j > start, isLetterAt(bytes, j + 1) || isDigitAt(bytes, j + 1) {
            hyphen = j
            j += 1
            segmentLength = 0
            continue
          }
          break
        }
        if c == UInt8(ascii: ".") {
          // Decimals (3.5) and dotted acronyms (U.S.).
          if j > start, isDigitAt(bytes, j - 1), isDigitAt(bytes, j + 1) {
            j += 1
            continue
          }
          if singleLetterSegments, segmentLength == 1, isLetterAt(bytes, j + 1),
            !isLetterAt(bytes, j + 2)
          {
            hasDot = true
            segmentLength = 0
            j += 1
            continue
          }
          break
        }
        if c == UInt8(ascii: ","), j > start, isDigitAt(bytes, j - 1), isDigitAt(bytes, j + 1),
          isDigitAt(bytes, j + 2), isDigitAt(bytes, j + 3), !isDigitAt(bytes, j + 4)
        {
          j += 1
          continue
        }
        break
      }
      // E2 80 99 (’) inside a word is an apostrophe.
      if c == 0xE2 {
        if j > start, j + 2 < n, bytes[j + 1] == 0x80, bytes[j + 2] == 0x99,
          isLetterAt(bytes, j + 3)
        {
          ascii = false
          apostropheStart = j
          apostropheEnd = j + 3
          j += 3
          continue
        }
        break
      }
      if c >= 0xC3 && c <= 0xDF, j + 1 < n {
        ascii = false
        hasLower = true
        letters += 1
        segmentLength += 2
        singleLetterSegments = false
        j += 2
        continue
      }
      if c >= 0xE3 && c <= 0xEF, j + 2 < n {
        ascii = false
        hasLower = true
        letters += 1
        segmentLength += 2
        singleLetterSegments = false
        j += 3
        continue
      }
      break
    }
    if segmentLength > 1 { singleLetterSegments = false }
    if letters >= 2 && !hasLower { flags.insert(.allCaps) }
    if hasDot { flags.insert(.dotted) }
    var end = j
    var baseEnd = j
    // A possessive 's or ’s.
    if apostropheEnd > start, apostropheEnd + 1 == j, bytes[j - 1] | 0x20 == UInt8(ascii: "s") {
      baseEnd = apostropheStart
      flags.insert(.possessive)
    }
    if first >= 0x80 { ascii = false }
    let hash =
      ascii ? WordHash.ascii(bytes, start..<baseEnd) : WordHash.hash(bytes, start..<baseEnd)
    // A trailing period that belongs to the word: initials, dotted acronyms, honorifics.
    if j < n, bytes[j] == UInt8(ascii: "."), baseEnd == j {
      let length = j - start
      if hasDot && segmentLength == 1 {
        flags.insert(.abbreviation)
        end = j + 1
      } else if length == 1, flags.contains(.capitalised), bytes[start] != UInt8(ascii: "I") {
        flags.insert(.abbreviation)
        end = j + 1
      } else if length <= 5, !isLetterAt(bytes, j + 1),
        flags.contains(.capitalised) || nextWordIsLowercase(bytes, after: j + 1)
      {
        let classes = table.classes(of: hash)
        if classes.contains(.abbreviation), !classes.contains(.sentenceFinalAbbreviation) {
          flags.insert(.abbreviation)
          end = j + 1
        }
      }
      if end != j { baseEnd = end }
    }
    if hyphen > start, flags.contains(.capitalised), hyphen + 1 < n,
      bytes[hyphen + 1] &- UInt8(ascii: "a") < 26
    {
      flags.insert(.lowercaseAfterHyphen)
    }
    if first == UInt8(ascii: "a") || first == UInt8(ascii: "e") {
      // al-Amr, el-Sisi: a lowercase particle glued to a capitalised name.
      if j - start > 3, bytes[start + 2] == UInt8(ascii: "-"),
        bytes[start + 1] == UInt8(ascii: "l"), bytes[start + 3] >= UInt8(ascii: "A"),
        bytes[start + 3] <= UInt8(ascii: "Z")
      {
        flags.insert(.particleName)
      }
    }
    return (end, baseEnd, hash, hyphen)
  }
}
