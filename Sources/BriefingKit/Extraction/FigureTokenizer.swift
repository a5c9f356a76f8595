/// One word, number or punctuation mark of a paragraph, as the figure rules see it.
struct FigureToken: Sendable {
  enum Kind: UInt8, Sendable { case word, number, symbol }

  enum Symbol: UInt8, Sendable {
    case none, hyphen, enDash, emDash, comma, period, colon, semicolon, percent
    // The currency signs stay together, from dollar to rupee.
    case dollar, euro, pound, yen, rupee
    case slash, openParen, closeParen, quote, degree, hash, other
  }

  private var start32: Int32
  private var end32: Int32
  /// The word's classes in the lexicon (empty when unknown).
  var classes: FigureWordClass
  /// A number's value.
  var value: Double
  /// The index of the word's lexicon entry, or -1.
  var entry: Int32
  var kind: Kind
  var symbol: Symbol
  private var digitCount: UInt8
  private var flags: UInt8

  private static let spaceFlag: UInt8 = 1
  private static let capitalFlag: UInt8 = 2
  private static let separatorFlag: UInt8 = 4
  private static let decimalFlag: UInt8 = 8
  private static let leadingZeroFlag: UInt8 = 16

  init(
    start: Int, end: Int, kind: Kind, symbol: Symbol, spaceBefore: Bool, isCapitalized: Bool,
    classes: FigureWordClass, entry: Int32, value: Double, digits: Int, hasSeparator: Bool,
    hasDecimal: Bool, hasLeadingZero: Bool
  ) {
    start32 = Int32(truncatingIfNeeded: start)
    end32 = Int32(truncatingIfNeeded: end)
    self.classes = classes
    self.value = value
    self.entry = entry
    self.kind = kind
    self.symbol = symbol
    digitCount = UInt8(truncatingIfNeeded: min(digits, 255))
    flags =
      (spaceBefore ? Self.spaceFlag : 0) | (isCapitalized ? Self.capitalFlag : 0)
      | (hasSeparator ? Self.separatorFlag : 0) | (hasDecimal ? Self.decimalFlag : 0)
      | (hasLeadingZero ? Self.leadingZeroFlag : 0)
  }

  /// The byte range in the paragraph.
  var start: Int { Int(start32) }
  var end: Int { Int(end32) }
  /// Whether white space stands between this token and the one before.
  var spaceBefore: Bool { flags & Self.spaceFlag != 0 }
  /// Whether a word starts with a capital letter.
  var isCapitalized: Bool { flags & Self.capitalFlag != 0 }
  /// How many digits a number has.
  var digits: Int { Int(digitCount) }
  /// Whether a number has thousands separators ("12,000").
  var hasSeparator: Bool { flags & Self.separatorFlag != 0 }
  /// Whether a number has a decimal point ("1.2").
  var hasDecimal: Bool { flags & Self.decimalFlag != 0 }
  /// Whether a number starts with a zero and more digits ("07").
  var hasLeadingZero: Bool { flags & Self.leadingZeroFlag != 0 }

  var isWord: Bool { kind == .word }
  var isNumber: Bool { kind == .number }
  var isDash: Bool { symbol == .hyphen || symbol == .enDash }
  var isInteger: Bool { kind == .number && !hasDecimal }
}

/// Splits a paragraph's UTF-8 bytes into `FigureToken`s, looking every word up in the lexicon.
struct FigureTokenizer: Sendable {
  let lexicon: FigureLexicon

  init(lexicon: FigureLexicon = .shared) {
    self.lexicon = lexicon
  }

  /// Replaces `tokens` with the tokens of `bytes`.
  func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [FigureToken]) {
    Self.byteClasses.withUnsafeBufferPointer { classes in
      tokenize(bytes, classes: classes, into: &tokens)
    }
  }

  /// What a byte is to the tokenizer, read from a table rather than by comparisons.
  private enum ByteClass: UInt8 {
    case space, digit, letter, sign, c2, c3, e2, other
  }

  private static let byteClasses: [ByteClass] = (0...255).map { (byte: Int) -> ByteClass in
    switch byte {
    case 0x20, 0x0A, 0x09, 0x0D: .space
    case 0x30...0x39: .digit
    case 0x41...0x5A, 0x61...0x7A: .letter
    case 0x00...0x7F: .sign
    case 0xC2: .c2
    case 0xC3: .c3
    case 0xE2: .e2
    default: .other
    }
  }

  private func tokenize(
    _ bytes: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<ByteClass>,
    into tokens: inout [FigureToken]
  ) {
    tokens.removeAll(keepingCapacity: true)
    let n = bytes.count
    var i = 0
    var space = true
    while i < n {
      let b = bytes[i]
      switch classes[Int(b)] {
      case .space:
        space = true
        i += 1
        continue
      case .digit:
        i = scanNumber(bytes, at: i, space: space, into: &tokens)
        space = false
        continue
      case .letter, .other:
        i = scanWord(bytes, at: i, space: space, classes: classes, into: &tokens)
        // Most words are followed by one space: it is stepped over here, not dispatched.
        space = i < n && bytes[i] == 0x20
        if space { i += 1 }
        continue
      case .c2:
        // No-break space.
        if i + 1 < n, bytes[i + 1] == 0xA0 {
          space = true
          i += 2
          continue
        }
      case .e2:
        // Thin, hair, narrow no-break and punctuation spaces.
        if i + 2 < n, bytes[i + 1] == 0x80,
          bytes[i + 2] == 0x89 || bytes[i + 2] == 0xAF || bytes[i + 2] == 0x8A
            || bytes[i + 2] == 0x88
        {
          space = true
          i += 3
          continue
        }
      case .c3:
        // `×` and `÷` are signs; other Latin-1 letters start words.
        if !(i + 1 < n && (bytes[i + 1] == 0x97 || bytes[i + 1] == 0xB7)) {
          i = scanWord(bytes, at: i, space: space, classes: classes, into: &tokens)
          space = false
          continue
        }
      case .sign:
        break
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

  /// Scans a word: ASCII letters and digits, and non-ASCII letters (any multi-byte character
  /// that is not a sign). Words of up to 16 ASCII letters and digits are looked up in the lexicon,
  /// packed lower-cased into two integers (`| 0x20` lower-cases letters and leaves digits).
  ///
  /// Runs of ASCII letters and digits are passed eight bytes at a time (`Tokenizer.asciiRun`);
  /// the byte loop after them only decides what ends the word.
  private func scanWord(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, space: Bool,
    classes: UnsafeBufferPointer<ByteClass>, into tokens: inout [FigureToken]
  ) -> Int {
    let n = bytes.count
    var i = start
    var ascii = true
    if let base = bytes.baseAddress {
      while i &+ 8 <= n {
        let run = Tokenizer.asciiRun(
          UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        ).length
        i &+= run
        if run < 8 { break }
      }
    }
    scan: while i < n {
      switch classes[Int(bytes[i])] {
      case .letter, .digit:
        i += 1
      case .other:
        ascii = false
        i += 1
      case .c3:
        if i + 1 < n, bytes[i + 1] == 0x97 || bytes[i + 1] == 0xB7 { break scan }
        ascii = false
        i += 1
      case .space, .sign, .c2, .e2:
        break scan
      }
    }
    let length = i - start
    var entry: Int32 = -1
    var classes: FigureWordClass = []
    if ascii && length <= 16 {
      (entry, classes) = lexicon.lookup(Self.key(bytes, start, length))
    }
    let first = bytes[start]
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

  /// The lexicon key of the ASCII letters and digits at `start` (at most 16).
  @inline(__always)
  private static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int)
    -> WordKey
  {
    var lo: UInt64 = 0
    var hi: UInt64 = 0
    if let base = bytes.baseAddress, start + 16 <= bytes.count {
      let raw = UnsafeRawPointer(base + start)
      lo = raw.loadUnaligned(as: UInt64.self).littleEndian
      hi = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian
      lo = (lo | 0x2020_2020_2020_2020) & mask(min(length, 8))
      hi = (hi | 0x2020_2020_2020_2020) & mask(max(length - 8, 0))
    } else {
      for k in 0..<length {
        let c = UInt64(bytes[start + k] | 0x20)
        if k < 8 { lo |= c << (8 * UInt64(k)) } else { hi |= c << (8 * UInt64(k - 8)) }
      }
    }
    return WordKey(lo: lo, hi: hi)
  }

  /// The low `count` bytes of a word set.
  @inline(__always)
  private static func mask(_ count: Int) -> UInt64 {
    count >= 8 ? ~0 : (1 << (8 * UInt64(count))) &- 1
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
