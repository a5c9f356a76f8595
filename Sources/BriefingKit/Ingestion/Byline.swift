/// A byline paragraph at the head of a story (`By Jane Doe and John Roe, Reuters`) and the author
/// it names.
struct Byline {
  /// The author(s) a byline paragraph names, or `nil` when the paragraph is not a byline.
  static func author(in paragraph: String) -> String? {
    let head = Array(paragraph.utf8.prefix(3))
    guard paragraph.utf8.count <= 120, head.count == 3, head[0] | 0x20 == UInt8(ascii: "b"),
      head[1] | 0x20 == UInt8(ascii: "y"), head[2] == UInt8(ascii: " ")
    else { return nil }
    let trimmed = UnicodeWhitespace.trimming(paragraph)
    var names = Substring(trimmed.dropFirst(3))
    for separator in [",", "|", " - ", " – ", " — ", " / "] {
      if let range = names.range(of: separator) { names = names[..<range.lowerBound] }
    }
    let words = names.split(separator: " ")
    guard (2...10).contains(words.count), !words.contains(where: { isNotName($0) }),
      let last = words.last, !(last.hasSuffix(".") && last.count > 3 && !suffixes.contains(last))
    else { return nil }
    return words.map { word in
      word.count > 2 && word.allSatisfy({ !$0.isLetter || $0.isUppercase })
        ? word.prefix(1) + word.dropFirst().lowercased() : String(word)
    }.joined(separator: " ")
  }

  private static func isNotName(_ word: Substring) -> Bool {
    if connectors.contains(String(word)) { return false }
    guard let first = word.first, first.isUppercase else { return true }
    if word.contains(where: \.isNumber) { return true }
    let lower = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
    return DateParser.weekdays.contains(lower) || DateParser.months[lower] != nil
      || notNames.contains(lower)
  }

  private static let connectors: Set<String> = [
    "and", "&", "de", "da", "del", "della", "der", "van", "von", "la", "le", "di", "du", "bin",
    "al", "el", "dos", "das",
  ]

  private static let notNames: Set<String> = [
    "the", "then", "now", "today", "yesterday", "tomorrow", "contrast", "comparison", "far",
    "law", "default", "design", "staff",
  ]

  private static let suffixes: Set<Substring> = ["Jr.", "Sr.", "Jnr.", "Snr."]
}
