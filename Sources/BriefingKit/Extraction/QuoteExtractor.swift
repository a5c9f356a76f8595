/// Finds quotations and attributes them to speakers.
///
/// Direct and partial quotes come from quotation marks (`QuoteMarks`), indirect speech from
/// reporting verbs without marks. Each quote gets its speaker's fullest name and role, the
/// reporting verb as written, and a salience for ranking (`QuoteRanker`). Scans UTF-8 bytes only.
public struct QuoteExtractor: Sendable {
  /// Creates the quote rules.
  public init() {}

  /// The quotes of an article in reading order.
  public func quotes(in text: ArticleText) -> [KeyQuote] {
    var continuing = false
    var paragraphs: [QuotedParagraph] = []
    paragraphs.reserveCapacity(text.paragraphs.count)
    var inventory = SpeakerInventory()
    let tokenizer = Tokenizer(lexicon: Lexicon.shared)
    var bytes = 0
    for paragraph in text.paragraphs { bytes += paragraph.bytes.count + 1 }
    let store = TokenStore(bytes: bytes)
    for (index, paragraph) in text.paragraphs.enumerated() {
      paragraph.bytes.withUnsafeBufferPointer { bytes in
        let quoted = QuotedParagraph(
          index: index, bytes: bytes, continuing: &continuing, store: store, tokenizer: tokenizer)
        inventory.add(quoted, bytes: bytes)
        paragraphs.append(quoted)
      }
    }
    var attributor = QuoteAttributor(
      resolver: SpeakerResolver(inventory: inventory), paragraphCount: text.paragraphs.count)
    for (index, quoted) in paragraphs.enumerated() {
      text.paragraphs[index].bytes.withUnsafeBufferPointer { bytes in
        attributor.attribute(
          quoted, bytes: bytes, datelineEnd: text.paragraphs[index].datelineEnd)
      }
    }
    return Self.sharingRoles(attributor.quotes)
  }

  /// The quotes with the role one of a speaker's quotes gives filled in where another of the
  /// same speaker's lacks it ("Gareth Southgate insists ..." and later "The England manager,
  /// 53, admitted ...").
  static func sharingRoles(_ quotes: [KeyQuote]) -> [KeyQuote] {
    var roles: [String: String] = [:]
    for quote in quotes {
      if let speaker = quote.speaker, let role = quote.role, roles[speaker] == nil {
        roles[speaker] = role
      }
    }
    guard !roles.isEmpty else { return quotes }
    return quotes.map { quote in
      guard quote.role == nil, let speaker = quote.speaker, let role = roles[speaker] else {
        return quote
      }
      var filled = quote
      filled.role = role
      return filled
    }
  }
}
