/// A paragraph's tokens, as the rules read them (they live in a `TokenStore`).
typealias Tokens = UnsafeBufferPointer<TextToken>

/// A word, punctuation mark or quotation mark of a paragraph, as byte offsets into its UTF-8.
struct TextToken: Sendable {
  /// What sort of token it is.
  enum Kind: UInt8, Sendable {
    case word
    case comma
    case colon
    case semicolon
    case period
    case question
    case exclamation
    case ellipsis
    case dash
    case openBracket
    case closeBracket
    /// A double quotation mark: " “ ” „ ‟ « ».
    case doubleMark
    /// A single quotation mark or a stand-alone apostrophe: ' ‘ ’ ‚ ‹ ›.
    case singleMark
    case other
  }

  /// The shape of a quotation mark.
  enum Glyph: UInt8, Sendable {
    case straight
    /// “ or ‘ (and ‟ ‛): an opening mark in English typography.
    case left
    /// ” or ’: a closing mark in English typography.
    case right
    /// „ or ‚: an opening mark in German typography.
    case low
    /// « or ‹.
    case angleLeft
    /// » or ›.
    case angleRight
  }

  /// Facts about a token.
  struct Flags: OptionSet, Sendable {
    let rawValue: UInt16
    /// Starts with a capital letter.
    static let capitalised = Flags(rawValue: 1 << 0)
    /// Two or more letters, all capitals ("KCNA", "US").
    static let allCaps = Flags(rawValue: 1 << 1)
    /// Ends in ’s or 's ("Blinken’s").
    static let possessive = Flags(rawValue: 1 << 2)
    /// Whitespace (or the paragraph start) comes right before it.
    static let spaceBefore = Flags(rawValue: 1 << 3)
    /// Whitespace (or the paragraph end) comes right after it.
    static let spaceAfter = Flags(rawValue: 1 << 4)
    /// Includes a final period that does not end a sentence: an initial, "Mr.", "U.S.".
    static let abbreviation = Flags(rawValue: 1 << 5)
    /// Starts with a digit.
    static let number = Flags(rawValue: 1 << 6)
    /// Holds inner periods ("U.S.", "K.C.").
    static let dotted = Flags(rawValue: 1 << 7)
    /// A lowercase name particle glued to a capitalised name ("al-Amr").
    static let particleName = Flags(rawValue: 1 << 8)
    /// Opens a sentence or a quotation.
    static let sentenceInitial = Flags(rawValue: 1 << 9)
    /// Capitalised, with a lowercase word after its last inner hyphen: a descriptor such as
    /// "Mother-of-three" or "Anti-war", not a name.
    static let lowercaseAfterHyphen = Flags(rawValue: 1 << 10)
  }

  var start: Int32
  var end: Int32
  /// For words, where the word ends without a possessive ’s.
  var baseEnd: Int32
  var kind: Kind
  var glyph: Glyph
  var flags: Flags
  /// For words, the `WordHash` of the word without a possessive ’s.
  var hash: UInt64
  /// For words, what the word lists say about the word.
  var classes: WordClass
  /// The index of the quote the token is inside (its marks excluded), or -1.
  var quote: Int16 = -1
  /// The index of the token's sentence in its paragraph.
  var sentence: Int16 = 0

  /// Whether the word is in any of the lists `wordClass` names.
  @inline(__always) func has(_ wordClass: WordClass) -> Bool {
    classes.rawValue & wordClass.rawValue != 0
  }

  var range: Range<Int> { Int(start)..<Int(end) }
  var baseRange: Range<Int> { Int(start)..<Int(baseEnd) }
  var isWord: Bool { kind == .word }
  var isCapitalised: Bool { kind == .word && flags.contains(.capitalised) }
  var isLowercaseWord: Bool {
    kind == .word && !flags.contains(.capitalised) && !flags.contains(.number)
  }
  var isPossessive: Bool { flags.contains(.possessive) }
  var isQuoteMark: Bool { kind == .doubleMark || kind == .singleMark }
  var isTerminal: Bool { kind == .period || kind == .question || kind == .exclamation }
}
