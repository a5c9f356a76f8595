/// Scores quotes for the briefing: substance over fragments, a named speaker over an unnamed
/// one, early over late; and picks the best few with a diversity of speakers.
public struct QuoteRanker: Sendable {
  /// Creates the ranking rules.
  public init() {}

  /// The quotes with their `salience` set.
  public func scored(_ quotes: [KeyQuote], paragraphCount: Int) -> [KeyQuote] {
    quotes.map { quote in
      var quote = quote
      quote.salience = salience(of: quote, paragraphCount: paragraphCount)
      return quote
    }
  }

  /// How much a quote matters, about 0 to 2.
  public func salience(of quote: KeyQuote, paragraphCount: Int) -> Double {
    var words = 0
    var inWord = false
    for c in quote.text.utf8 {
      let isWordByte =
        c >= 0x80 || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || (c >= 0x30 && c <= 0x39)
      if isWordByte && !inWord { words += 1 }
      inWord = isWordByte
    }
    return salience(of: quote, words: words, paragraphCount: paragraphCount)
  }

  /// How much a quote of `words` words matters.
  func salience(of quote: KeyQuote, words: Int, paragraphCount: Int) -> Double {
    let kindWeight: Double
    let fullLength: Double
    switch quote.kind {
    case .direct:
      kindWeight = 1.0
      fullLength = 12
    case .partial:
      kindWeight = 0.55
      fullLength = 8
    case .indirect:
      kindWeight = 0.4
      fullLength = 14
    }
    var substance = min(1, Double(words) / fullLength)
    // Very long quotes make poor briefing lines.
    if words > 70 { substance *= 0.85 }
    var score = kindWeight * substance
    if let speaker = quote.speaker {
      let first = speaker.utf8.first ?? 0
      let isName = (first >= 0x41 && first <= 0x5A) || first >= 0xC3
      let isFull = isName && speaker.utf8.contains(0x20)
      score += isFull ? 0.5 : (isName ? 0.35 : 0.2)
      if quote.role != nil { score += 0.05 }
    }
    if paragraphCount > 1 {
      score += 0.1 * (1 - Double(quote.paragraph) / Double(paragraphCount))
    }
    if quote.text.utf8.last == UInt8(ascii: "?") { score -= 0.1 }
    return score
  }

  /// The best `limit` quotes in reading order: highest salience first, at most `perSpeaker` from
  /// one speaker while others remain.
  public func top(_ quotes: [KeyQuote], limit: Int, perSpeaker: Int = 1) -> [KeyQuote] {
    let order = quotes.indices.sorted {
      quotes[$0].salience != quotes[$1].salience
        ? quotes[$0].salience > quotes[$1].salience : $0 < $1
    }
    var chosen: [Int] = []
    var perName: [String: Int] = [:]
    for index in order where chosen.count < limit {
      let key = quotes[index].speaker ?? ""
      if perName[key, default: 0] < perSpeaker {
        chosen.append(index)
        perName[key, default: 0] += 1
      }
    }
    for index in order where chosen.count < limit && !chosen.contains(index) {
      chosen.append(index)
    }
    return chosen.sorted().map { quotes[$0] }
  }
}
