import Foundation
import Testing

@testable import BriefingKit

/// The faster figure tokenizer cuts text into the same tokens as the one it replaced.
@Suite struct FigureTokenizerTests {
  static func same(_ a: [FigureToken], _ b: [FigureToken]) -> Bool {
    a.count == b.count
      && zip(a, b).allSatisfy { x, y in
        x.start == y.start && x.end == y.end && x.kind == y.kind && x.symbol == y.symbol
          && x.spaceBefore == y.spaceBefore && x.isCapitalized == y.isCapitalized
          && x.classes == y.classes && x.entry == y.entry
          && (x.value == y.value || (x.value.isNaN && y.value.isNaN)) && x.digits == y.digits
          && x.hasSeparator == y.hasSeparator && x.hasDecimal == y.hasDecimal
          && x.hasLeadingZero == y.hasLeadingZero
      }
  }

  static func check(_ bytes: [UInt8]) -> Bool {
    var fast: [FigureToken] = []
    var reference: [FigureToken] = []
    bytes.withUnsafeBufferPointer {
      FigureTokenizer().tokenize($0, into: &fast)
      ReferenceFigureTokenizer().tokenize($0, into: &reference)
    }
    return same(fast, reference)
  }

  @Test func realArticlesAreTokenizedAsBefore() throws {
    let directory = SharedGold.directory.appendingPathComponent("articles")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    var paragraphs = 0
    for file in files where file.hasSuffix(".txt") {
      let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
      for paragraph in ArticleFileText.paragraphs(ofBody: text) {
        paragraphs += 1
        #expect(Self.check(Array(paragraph.utf8)), "\(paragraph)")
      }
    }
    #expect(paragraphs > 0 || files.isEmpty)
  }

  @Test func anyMixOfLettersNumbersAndSignsIsTokenizedAsBefore() {
    var generator = SplitMix(seed: 17)
    let pieces: [[UInt8]] = [
      "a", "Z", "word", "Hundred", "million", "MORE", "than", "abcdefghijklmnop",
      "abcdefghijklmnopq",
      "x9", "9x", "12", "1,200", "3.5", "07", ",", ".", "-", "%", "$", "€", "£", "¥", "₹", "°",
      "“", "”", "‘", "’", "—", "–", "−", " ", "  ", "\n", "\t", "\r", "\u{00A0}", "\u{2009}",
      "\u{202F}", "\u{200A}", "\u{2008}", "é", "É", "×", "÷", "Ü", "ß", "中文", "😀", "(", ")",
      "/", "#", "'", "\"", "·", "«", "»", "…", "St", "1st", "2nd", "km", "m", "pm", "a.m.",
    ].map { Array($0.utf8) }
    for _ in 0..<20000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int(generator.next() % 14) {
        bytes += pieces[Int(generator.next() % UInt64(pieces.count))]
      }
      // Cut inside a character now and then: the tokenizer sees bytes, not strings.
      if generator.next() % 7 == 0, !bytes.isEmpty {
        bytes.removeLast(Int(generator.next() % UInt64(min(3, bytes.count))) + 1)
      }
      #expect(Self.check(bytes), "\(bytes)")
    }
  }
}

/// The figure tokenizer as it was before it was made faster, to test the faster one against.
struct ReferenceFigureTokenizer: Sendable {
  let lexicon: FigureLexicon

  init(lexicon: FigureLexicon = .shared) {
    self.lexicon = lexicon
  }

  /// Replaces `tokens` with the tokens of `bytes`.
  func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [FigureToken]) {
    tokens.removeAll(keepingCapacity: true)
    let n = bytes.count
    var i = 0
    var space = true
    while i < n {
      let b = bytes[i]
      // White space, including no-break and thin spaces.
      if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
        space = true
        i += 1
        continue
      }
      if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 {
        space = true
        i += 2
        continue
      }
      if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80,
        bytes[i + 2] == 0x89 || bytes[i + 2] == 0xAF || bytes[i + 2] == 0x8A
          || bytes[i + 2] == 0x88
      {
        space = true
        i += 3
        continue
      }
      if isDigit(b) {
        i = scanNumber(bytes, at: i, space: space, into: &tokens)
        space = false
        continue
      }
      if isASCIILetter(b) || (b >= 0x80 && symbolLength(bytes, at: i) == 0) {
        i = scanWord(bytes, at: i, space: space, into: &tokens)
        space = false
        continue
      }
      let (symbol, length) = symbolAt(bytes, at: i)
      tokens.append(
        FigureToken(
          start: i, end: i + length, kind: .symbol, symbol: symbol, spaceBefore: space,
          isCapitalized: false, classes: [], entry: -1, value: 0, digits: 0, hasSeparator: false,
          hasDecimal: false, hasLeadingZero: false))
      space = false
      i += length
    }
  }

  private func scanNumber(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, space: Bool,
    into tokens: inout [FigureToken]
  ) -> Int {
    let n = bytes.count
    var i = start
    var value = 0.0
    var digits = 0
    var separator = false
    var decimal = false
    var divisor = 1.0
    while i < n {
      let c = bytes[i]
      if isDigit(c) {
        value = value * 10 + Double(c &- 48)
        if decimal { divisor *= 10 }
        digits += 1
        i += 1
      } else if c == UInt8(ascii: ","), !decimal, groupOfThree(bytes, at: i + 1) {
        separator = true
        i += 1
      } else if c == UInt8(ascii: "."), !decimal, i + 1 < n, isDigit(bytes[i + 1]) {
        decimal = true
        i += 1
      } else {
        break
      }
    }
    tokens.append(
      FigureToken(
        start: start, end: i, kind: .number, symbol: .none, spaceBefore: space,
        isCapitalized: false, classes: [], entry: -1, value: value / divisor, digits: digits,
        hasSeparator: separator, hasDecimal: decimal,
        hasLeadingZero: bytes[start] == UInt8(ascii: "0") && digits > 1 && !decimal
          && start + 1 < n && isDigit(bytes[start + 1])))
    return i
  }

  /// Whether exactly three digits follow at `i` (a thousands group).
  private func groupOfThree(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    let n = bytes.count
    guard i + 2 < n, isDigit(bytes[i]), isDigit(bytes[i + 1]), isDigit(bytes[i + 2]) else {
      return false
    }
    return i + 3 == n || !isDigit(bytes[i + 3])
  }

  private func scanWord(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, space: Bool,
    into tokens: inout [FigureToken]
  ) -> Int {
    let n = bytes.count
    var i = start
    var lo: UInt64 = 0
    var hi: UInt64 = 0
    var length = 0
    while i < n {
      let c = bytes[i]
      if isASCIILetter(c) || isDigit(c) {
        if length < 16 {
          let lower = UInt64(c >= 65 && c <= 90 ? c | 0x20 : c)
          if length < 8 {
            lo |= lower << (8 * UInt64(length))
          } else {
            hi |= lower << (8 * UInt64(length - 8))
          }
        }
        length += 1
        i += 1
      } else if c >= 0x80 && symbolLength(bytes, at: i) == 0 {
        length += 17  // non-ASCII words are never in the lexicon
        i += 1
      } else {
        break
      }
    }
    let first = bytes[start]
    var entry: Int32 = -1
    var classes: FigureWordClass = []
    if length <= 16 {
      (entry, classes) = lexicon.lookup(WordKey(lo: lo, hi: hi))
    }
    tokens.append(
      FigureToken(
        start: start, end: i, kind: .word, symbol: .none, spaceBefore: space,
        isCapitalized: (first >= 65 && first <= 90)
          || (first == 0xC3 && start + 1 < n
            && bytes[start + 1] < 0x9F),
        classes: classes, entry: entry, value: 0, digits: 0, hasSeparator: false,
        hasDecimal: false, hasLeadingZero: false))
    return i
  }

  /// The length of a non-ASCII punctuation or currency sign at `i`, or 0 when the byte starts
  /// a letter.
  private func symbolLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let b = bytes[i]
    if b == 0xC2 { return 2 }  // Latin-1 punctuation and signs: £ ¥ ° « » ·
    if b == 0xE2 { return 3 }  // general punctuation, currency signs, arrows
    if b == 0xC3, i + 1 < bytes.count, bytes[i + 1] == 0x97 || bytes[i + 1] == 0xB7 {
      return 2  // × ÷
    }
    return 0
  }

  private func symbolAt(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (FigureToken.Symbol, Int)
  {
    let b = bytes[i]
    let n = bytes.count
    switch b {
    case UInt8(ascii: "-"): return (.hyphen, 1)
    case UInt8(ascii: ","): return (.comma, 1)
    case UInt8(ascii: "."): return (.period, 1)
    case UInt8(ascii: ":"): return (.colon, 1)
    case UInt8(ascii: ";"): return (.semicolon, 1)
    case UInt8(ascii: "%"): return (.percent, 1)
    case UInt8(ascii: "$"): return (.dollar, 1)
    case UInt8(ascii: "/"): return (.slash, 1)
    case UInt8(ascii: "("), UInt8(ascii: "["): return (.openParen, 1)
    case UInt8(ascii: ")"), UInt8(ascii: "]"): return (.closeParen, 1)
    case UInt8(ascii: "\""), UInt8(ascii: "'"): return (.quote, 1)
    case UInt8(ascii: "#"): return (.hash, 1)
    case 0xC2:
      guard i + 1 < n else { return (.other, 1) }
      switch bytes[i + 1] {
      case 0xA3: return (.pound, 2)
      case 0xA5: return (.yen, 2)
      case 0xB0, 0xBA: return (.degree, 2)
      case 0xAB, 0xBB: return (.quote, 2)
      default: return (.other, 2)
      }
    case 0xE2:
      guard i + 2 < n else { return (.other, 1) }
      let b1 = bytes[i + 1]
      let b2 = bytes[i + 2]
      if b1 == 0x80 {
        switch b2 {
        case 0x90, 0x91: return (.hyphen, 3)
        case 0x92, 0x93: return (.enDash, 3)
        case 0x94, 0x95: return (.emDash, 3)
        case 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F: return (.quote, 3)
        default: return (.other, 3)
        }
      }
      if b1 == 0x82 {
        switch b2 {
        case 0xAC: return (.euro, 3)
        case 0xB9: return (.rupee, 3)
        default: return (.other, 3)
        }
      }
      if b1 == 0x88 && b2 == 0x92 { return (.enDash, 3) }  // minus sign
      return (.other, 3)
    case 0xC3:
      return (.other, 2)
    default:
      return (.other, 1)
    }
  }

  @inline(__always) private func isDigit(_ c: UInt8) -> Bool { c &- 48 < 10 }
  @inline(__always) private func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) &- 97 < 26 }
}
