import Foundation

/// The rules for the furniture pictures leave in article text: `Photo:` lines, captions and their
/// repeated copies, and photo credits (`GPO/Amos Ben Gershom/EPA via Shutterstock`,
/// `(Photo by X/Getty Images)`, `Image: Reuters`, `Credit: ...`).
enum PhotoFurniture {
  /// What a labelled photo line is: a credit (`Image: Reuters`) or a caption (`Photo: Antony
  /// Blinken speaks...`), with the caption's text after the label.
  enum Labelled: Equatable {
    case credit
    case caption(String)
  }

  /// A line that starts with a photo label (`Photo:`, `Credit:`, `Photo by ...`).
  static func labelled(_ line: FurnitureLine) -> Labelled? {
    guard line.isCandidate else { return nil }
    if line.textAfterLabel(creditLabels) != nil { return .credit }
    if let rest = line.textAfterLabel(pictureLabels) {
      if rest.isEmpty || isCreditText(rest) || FurnitureLine(rest).wordCount <= 3 {
        return .credit
      }
      return .caption(rest)
    }
    if line.starts(withAny: creditOpeners), line.wordCount <= 14, !line.folded.hasSuffix("?") {
      return .credit
    }
    if line.starts(withAny: pictureCounters) { return .caption(line.text) }
    if pictureToggles.contains(line.bare) { return .caption(line.text) }
    return nil
  }

  /// Whether the whole line is a photo credit: names and agencies joined by `/` or `via`
  /// (`Jonathan Ernst/Pool photo via AP`), or such a credit in parentheses.
  static func isCredit(_ line: FurnitureLine) -> Bool {
    guard line.isCandidate else { return false }
    var text = line.text
    if text.hasPrefix("("), text.hasSuffix(")") {
      text = String(text.dropFirst().dropLast())
      let inner = FurnitureLine(text)
      if inner.starts(withAny: creditOpeners) || inner.textAfterLabel(creditLabels) != nil
        || inner.textAfterLabel(pictureLabels) != nil
      {
        return true
      }
    }
    return isCreditText(text)
  }

  /// Whether `text` reads as a credit: at most 14 words, every word capitalised or one of the
  /// few lower-case words credits use, and a slash, a `via` or a known agency in it.
  static func isCreditText(_ text: String) -> Bool {
    guard text.utf8.count <= 160, FurnitureScreen.mayBeCreditText(text),
      !FurnitureScreen.rulesOutCredit(text)
    else { return false }
    var body = FurnitureLine.trimmed(Substring(text), FurnitureLine.spaces)
    if body.hasSuffix(".") { body.removeLast() }
    // Without combining marks, searching bytes finds what Foundation's search does.
    let plain = FurnitureScreen.hasNoCombiningMarks(body)
    let hasCopyright =
      plain ? FurnitureScreen.contains(body, [0xC2, 0xA9]) : body.contains("©")
    guard !body.isEmpty, body.utf8.count <= 140, !hasCopyright else { return false }
    let parts = body.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," })
    guard (1...14).contains(parts.count) else { return false }
    for part in parts {
      let word = FurnitureLine.trimmed(part, creditTrim)
      guard let first = word.first else { continue }
      if first.isLetter && !first.isUppercase && !creditLowercase.contains(word) { return false }
    }
    let unslashed =
      plain
      ? String(decoding: body.utf8.map { $0 == UInt8(ascii: "/") ? 0x20 : $0 }, as: UTF8.self)
      : body.replacingOccurrences(of: "/", with: " ")
    let folded = FurnitureLine(unslashed)
    let hasSlash = plain ? body.utf8.contains(UInt8(ascii: "/")) : body.contains("/")
    let hasVia = folded.words.contains("via") || folded.starts(with: "courtesy")
    let agency = agencyWords(in: folded)
    guard hasSlash || hasVia || agency else { return false }
    // A slash alone ("Biden/Harris Campaign") needs a name or agency on both sides.
    if hasSlash && !hasVia && !agency {
      let sides = body.split(separator: "/")
      return sides.count >= 2
        && sides.allSatisfy { side in
          let words = side.split(separator: " ")
          return (1...5).contains(words.count)
            && words.allSatisfy {
              $0.first?.isUppercase == true || creditLowercase.contains(String($0))
            }
        }
    }
    return true
  }

  /// Whether a paragraph reads like a picture caption: one sentence of description without quotes
  /// or verbs of reporting. With `standalone`, it must also end like a caption does (`..., in Tel
  /// Aviv, Israel, November 3, 2023.`), open like one (`In this photo ...`) or end in a credit.
  static func isCaptionLike(_ line: FurnitureLine, standalone: Bool) -> Bool {
    guard line.isCandidate, (3...70).contains(line.wordCount), !line.has("\""),
      !line.containsWord(in: reportingVerbs)
    else { return false }
    let (description, hasCredit) = withoutTrailingCredit(line.text)
    if !hasCredit && !opensLikeCaption(line) {
      let lastDigit = description.unicodeScalars.last { $0 != "." && $0 != " " }
      let ending = lastDigit?.properties.numericType != nil ? dateEnding(of: description) : nil
      if standalone {
        // "... in Tel Aviv, Israel, November 3, 2023.": a place, then the date after a comma.
        guard let ending, ending.afterComma,
          description[..<ending.start].filter({ $0 == "," }).count >= 2
        else { return false }
      } else {
        guard ending != nil || hasPositionMarker(line) else { return false }
      }
    }
    return SentenceSplitter().sentences(in: description).count == 1
  }

  /// The caption text without a trailing parenthesised credit, and whether it had one.
  static func withoutTrailingCredit(_ text: String) -> (text: String, hadCredit: Bool) {
    guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return (text, false) }
    let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
    let innerLine = FurnitureLine(inner)
    guard
      isCreditText(inner) || innerLine.starts(withAny: creditOpeners)
        || innerLine.textAfterLabel(creditLabels + pictureLabels) != nil
    else { return (text, false) }
    return (UnicodeWhitespace.trimming(text[..<open]), true)
  }

  /// Whether two texts are copies of each other: about as long, and nearly the same words.
  static func isCopy(_ a: FurnitureLine, of b: FurnitureLine) -> Bool {
    mayBeCopy(wordCount: a.wordCount, of: b.wordCount)
      && isCopy(words: Set(a.words), of: Set(b.words))
  }

  /// Whether texts of these numbers of words are long enough and about as long for `isCopy` to
  /// compare their words (a text too long for the rules has no words).
  static func mayBeCopy(wordCount a: Int, of b: Int) -> Bool {
    guard a >= 3, b >= 3 else { return false }
    return Double(min(a, b)) >= 0.7 * Double(max(a, b))
  }

  /// Whether two sets of words are nearly the same (the word test of `isCopy`).
  static func isCopy(words left: Set<String>, of right: Set<String>) -> Bool {
    isCopy(shared: left.intersection(right).count, leftCount: left.count, rightCount: right.count)
  }

  /// The word test of `isCopy` for sets of `leftCount` and `rightCount` words sharing `shared`:
  /// it holds for more shared words sooner, for more words on the left later.
  static func isCopy(shared: Int, leftCount: Int, rightCount: Int) -> Bool {
    let jaccard = Double(shared) / Double(leftCount + rightCount - shared)
    let coverage = Double(shared) / Double(max(leftCount, rightCount))
    return jaccard >= 0.75 || coverage >= 0.85
  }

  // MARK: Parts

  private static func opensLikeCaption(_ line: FurnitureLine) -> Bool {
    guard line.starts(withAny: captionOpeners) else { return false }
    let head = line.words.prefix(6)
    return head.contains { pictureNouns.contains($0) }
  }

  private static func hasPositionMarker(_ line: FurnitureLine) -> Bool {
    positionMarkers.contains { line.has($0) }
  }

  /// Where a trailing date starts (`November 3, 2023`, `Nov. 3, 2023`, `3 November 2023`) and
  /// whether a comma comes right before it.
  static func dateEnding(of text: String) -> (start: String.Index, afterComma: Bool)? {
    var body = Substring(UnicodeWhitespace.trimming(text))
    while let last = body.last, last == "." || last == ")" { body = body.dropLast() }
    let parser = DateParser()
    var wordStarts: [String.Index] = []
    var index = body.endIndex
    while wordStarts.count < 4, index > body.startIndex {
      index = body.index(before: index)
      if body[index] == " " {
        wordStarts.append(body.index(after: index))
      } else if index == body.startIndex {
        wordStarts.append(index)
      }
    }
    for start in wordStarts.dropFirst(2) {
      guard parser.date(from: String(body[start...])) != nil else { continue }
      let before = UnicodeWhitespace.trimming(body[..<start])
      return (start, before.hasSuffix(","))
    }
    return nil
  }

  private static func agencyWords(in line: FurnitureLine) -> Bool {
    let words = line.words
    for (index, word) in words.enumerated() {
      if agencies.contains(word) { return true }
      if index + 1 < words.count, agencyFirstWords.contains(word),
        agencies.contains(word + " " + words[index + 1])
      {
        return true
      }
    }
    return false
  }

  // MARK: Tables

  private static let creditTrim = Set("()[]|:;'\"’.".unicodeScalars)

  static let creditLabels = [
    "credit", "credits", "photo credit", "photo credits", "image credit", "image credits",
    "picture credit", "photograph credit", "photography", "image source", "photo source",
  ]

  static let pictureLabels = [
    "photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures",
    "pictured", "caption", "file photo", "pic", "main image", "top image", "photo illustration",
    "illustration", "above", "top", "video",
  ]

  static let creditOpeners = [
    "photo by", "photos by", "photograph by", "photography by", "image by", "picture by",
    "illustration by", "photo courtesy", "image courtesy", "courtesy of", "photo via", "image via",
    "photo from", "file photo by", "credit to",
  ]

  static let pictureCounters = ["image 1 of", "photo 1 of", "slide 1 of"]

  static let pictureToggles: Set<String> = [
    "toggle caption", "hide caption", "show caption", "enlarge this image", "view image",
    "expand image", "open image in gallery", "view gallery", "photo gallery", "view all photos",
    "click to enlarge", "open this photo in gallery",
  ]

  private static let pictureNouns: Set<String> = [
    "photo", "photos", "image", "images", "picture", "pictures", "photograph", "photographs",
    "handout", "file", "undated", "aerial", "still", "screen", "grab", "screenshot", "frame",
  ]

  /// The openings of a caption (`In this photo ...`).
  static let captionOpeners = ["in this", "in a"]

  /// Every phrase a rule looks for at the start of a paragraph, by how the rule matches it; see
  /// `SiteFurniture.openingPhrases`.
  static let openingPhrases: [(rules: FurnitureRules, match: OpeningMatch, phrases: [String])] = [
    (.labelled, .label, creditLabels + pictureLabels),
    (.labelled, .words, creditOpeners + pictureCounters),
    (.labelled, .wholeLine, Array(pictureToggles)),
    (.captionLike, .words, captionOpeners),
  ]

  private static let positionMarkers = [
    ", left,", ", right,", ", center,", ", centre,", ", second left,", ", second right,",
    "(left)", "(right)", "(center)", "(centre)", "(l)", "(r)", "(c)", "from left", "left to right",
    "(l-r)", "(from left)", ", front,", ", rear,",
  ]

  static let reportingVerbs: Set<String> = [
    "said", "says", "say", "saying", "told", "tells", "according", "announced", "announces",
    "added", "adds", "reported", "reports", "stated", "states", "explained", "explains", "wrote",
    "writes", "asked", "asks", "claimed", "claims", "argued", "argues", "noted", "notes",
    "insisted", "insists", "warned", "warns", "urged", "urges", "acknowledged", "confirmed",
    "denied", "declared", "believes", "believe", "thinks", "think", "described", "suggested",
    "i", "we", "my", "our", "you",
  ]

  /// The lower-case words a credit line may hold, for the screen.
  static var creditLowercaseWords: Set<String> { creditLowercase }

  /// Lower-case words a credit line may hold (`Pool photo via AP`, `courtesy of the family`).
  private static let creditLowercase: Set<String> = [
    "via", "photo", "photos", "photograph", "pool", "for", "the", "of", "and", "de", "da", "del",
    "della", "di", "van", "von", "der", "den", "le", "la", "du", "al", "el", "bin", "ibn", "staff",
    "file", "handout", "courtesy", "images", "image", "photographer", "photography",
    "illustration", "by", "press", "agency", "news", "service", "wire", "contributor", "stringer",
    "family", "dpa", "picture", "alliance", "news/", "com", "creative", "commons", "licence",
    "license", "cc", "by-sa", "x", "in", "on",
  ]

  /// The words one of which a credit other than one in parentheses holds (`via`, `courtesy`, an
  /// agency), for the screen: `isCreditText` needs one of them or a slash.
  static var creditSignWords: [String] { ["via", "courtesy"] + agencies.sorted() }

  /// The first words of the agencies of several words.
  private static let agencyFirstWords: Set<String> = Set(
    agencies.compactMap { $0.split(separator: " ").count > 1 ? $0.split(separator: " ")[0] : nil }
      .map(String.init))

  private static let agencies: Set<String> = [
    "ap", "afp", "reuters", "getty", "getty images", "shutterstock", "epa", "epa-efe", "efe",
    "alamy", "bloomberg", "istock", "istockphoto", "nurphoto", "sopa", "anadolu", "xinhua", "sipa",
    "zuma", "imagn", "pa", "pa images", "pa wire", "dpa", "ansa", "kyodo", "yonhap", "tass",
    "sputnik", "upi", "rex", "wireimage", "filmmagic", "corbis", "redux", "handout", "pool",
    "abaca", "picture alliance", "ap photo", "afp photo", "reuters photo", "wikimedia", "flickr",
    "unsplash", "pexels", "lightrocket", "bloomberg via getty images",
  ]
}
