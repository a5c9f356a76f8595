/// One paragraph as the cleaning rules look at it: folded to lower case with typographic quotes,
/// apostrophes and dashes made plain, and cut into words without their edge punctuation.
///
/// Built once per paragraph; the rules then compare UTF-8 bytes, which keeps cleaning cheap.
struct FurnitureLine {
  /// The paragraph as written, trimmed.
  let text: String
  /// The paragraph lowercased, with `’` as `'`, `“”` as `"`, dashes as `-` and single spaces.
  let folded: String
  /// The folded words with punctuation stripped from their edges (`(reporting` is `reporting`).
  let words: [String]
  /// The folded text without trailing punctuation, arrows and bullets (`read more ›` is
  /// `read more`), for comparing with whole-line phrases.
  let bare: String
  /// The words joined by single spaces, for comparing with opening phrases.
  private let wordText: [UInt8]
  private let foldedBytes: [UInt8]

  /// Paragraphs longer than this are prose, never furniture: the rules skip them.
  static let maxFurnitureBytes = 700

  init(_ paragraph: String) {
    text = Self.trimmed(Substring(paragraph), Self.spaces)
    guard text.utf8.count <= Self.maxFurnitureBytes, !text.isEmpty else {
      folded = ""
      words = []
      bare = ""
      wordText = []
      foldedBytes = []
      return
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var lastWasSpace = true
    var source = text.utf8.makeIterator()
    while let lead = source.next() {
      if lead < 0x80 {
        var byte = lead
        if byte == 0x20 || byte == 0x09 || byte == 0x0A {
          if !lastWasSpace { bytes.append(0x20) }
          lastWasSpace = true
          continue
        }
        if byte >= 0x41 && byte <= 0x5A { byte += 32 }
        bytes.append(byte)
        lastWasSpace = false
        continue
      }
      // A scalar of two to four bytes (the text is valid UTF-8).
      var value = UInt32(lead)
      let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
      value &= length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F
      for _ in 1..<length { value = value << 6 | UInt32((source.next() ?? 0x80) & 0x3F) }
      let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
      switch scalar {
      case "’", "‘", "ʼ", "´": bytes.append(UInt8(ascii: "'"))
      case "“", "”", "„", "«", "»": bytes.append(UInt8(ascii: "\""))
      case "—", "–", "‒", "―", "−": bytes.append(UInt8(ascii: "-"))
      case "\u{00A0}", "\u{2009}", "\u{202F}":
        if !lastWasSpace { bytes.append(0x20) }
        lastWasSpace = true
        continue
      default:
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
          UTF8.encode(lower) { bytes.append($0) }
        }
      }
      lastWasSpace = false
    }
    if bytes.last == 0x20 { bytes.removeLast() }
    foldedBytes = bytes
    folded = String(decoding: bytes, as: UTF8.self)
    var words: [String] = []
    var joined: [UInt8] = []
    joined.reserveCapacity(bytes.count)
    for piece in bytes.split(separator: 0x20) {
      let word = Self.trimmedBytes(piece, Self.isEdgePunctuation)
      guard !word.isEmpty else { continue }
      if !joined.isEmpty { joined.append(0x20) }
      joined.append(contentsOf: word)
      words.append(String(decoding: word, as: UTF8.self))
    }
    self.words = words
    wordText = joined
    bare = String(decoding: Self.trimmedBytes(bytes[...], Self.isBareTrim), as: UTF8.self)
  }

  /// `bytes` without edge characters for which `isTrimmed` holds (multi-byte ones included).
  private static func trimmedBytes(
    _ bytes: ArraySlice<UInt8>, _ isTrimmed: (Unicode.Scalar) -> Bool
  ) -> ArraySlice<UInt8> {
    var slice = bytes
    while let first = slice.first {
      let length = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
      guard let scalar = scalar(in: slice.prefix(length)), isTrimmed(scalar) else { break }
      slice = slice.dropFirst(length)
    }
    while let last = slice.last {
      var length = 1
      if last >= 0x80 {
        while length < 4, length < slice.count, slice[slice.endIndex - length] & 0xC0 == 0x80 {
          length += 1
        }
      }
      guard let scalar = scalar(in: slice.suffix(length)), isTrimmed(scalar) else { break }
      slice = slice.dropLast(length)
    }
    return slice
  }

  private static func scalar(in bytes: ArraySlice<UInt8>) -> Unicode.Scalar? {
    guard let first = bytes.first else { return nil }
    if first < 0x80 { return Unicode.Scalar(first) }
    return String(decoding: bytes, as: UTF8.self).unicodeScalars.first
  }

  private static func isEdgePunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", ",", ";", ":", "!", "?", "\"", "'", "(", ")", "[", "]", "{", "}", "*", "|", "-",
      "_", "/", "<", ">", "•", "·", "›", "»", "…":
      true
    default:
      false
    }
  }

  private static func isBareTrim(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case " ", ".", ",", ";", ":", "!", "?", "*", "|", "-", ">", "•", "·", "›", "»", "→", "…":
      true
    default:
      false
    }
  }

  /// Whether the paragraph is short enough for the rules to look at.
  var isCandidate: Bool { !folded.isEmpty }

  /// The number of words.
  var wordCount: Int { words.count }

  /// Whether the words start with the words of `phrase` (lower case, single spaces).
  func starts(with phrase: String) -> Bool {
    let count = phrase.utf8.count
    guard wordText.count >= count, wordText.starts(with: phrase.utf8) else { return false }
    return wordText.count == count || wordText[count] == UInt8(ascii: " ")
  }

  /// Whether the words start with any of `phrases`.
  func starts(withAny phrases: [String]) -> Bool {
    phrases.contains { starts(with: $0) }
  }

  /// Whether the folded text contains `needle` (lower case).
  func has(_ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first, pattern.count <= foldedBytes.count else {
      return pattern.isEmpty
    }
    var index = 0
    let last = foldedBytes.count - pattern.count
    while index <= last {
      if foldedBytes[index] == first
        && foldedBytes[index..<(index + pattern.count)].elementsEqual(pattern)
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// Whether any word is in `set`.
  func containsWord(in set: Set<String>) -> Bool {
    words.contains { set.contains($0) }
  }

  /// The text after a leading label such as `Photo:` or `Read more |` when the paragraph starts
  /// with one of `labels` (folded), else `nil`.
  func textAfterLabel(_ labels: [String]) -> String? {
    for label in labels {
      let count = label.utf8.count
      guard foldedBytes.count > count, foldedBytes.starts(with: label.utf8) else { continue }
      var index = count
      if foldedBytes[index] == UInt8(ascii: " ") { index += 1 }
      guard index < foldedBytes.count,
        foldedBytes[index] == UInt8(ascii: ":") || foldedBytes[index] == UInt8(ascii: "|")
      else { continue }
      // Labels are ASCII, so the original text has the label at the same characters.
      let rest = text.unicodeScalars.dropFirst(index + 1)
      return Self.trimmed(Substring(String(rest)), Self.spaces)
    }
    return nil
  }

  /// `text` without the scalars of `set` at either end.
  static func trimmed(_ text: Substring, _ set: Set<Unicode.Scalar>) -> String {
    let scalars = text.unicodeScalars
    guard let start = scalars.firstIndex(where: { !set.contains($0) }),
      let end = scalars.lastIndex(where: { !set.contains($0) })
    else { return "" }
    return String(scalars[start...end])
  }

  static let spaces: Set<Unicode.Scalar> = [" ", "\t", "\n"]

}
