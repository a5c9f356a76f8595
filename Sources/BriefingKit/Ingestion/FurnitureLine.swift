import Foundation

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
    text = Self.trimmingSpaces(paragraph)
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
    var bareRange = 0..<0
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      let count = buffer.count
      while start < count {
        var end = start
        while end < count && buffer[end] != 0x20 { end += 1 }
        let word = Self.trimmed(buffer, start..<end, Self.isEdgePunctuation)
        if !word.isEmpty {
          if !joined.isEmpty { joined.append(0x20) }
          let piece = UnsafeBufferPointer(rebasing: buffer[word])
          joined.append(contentsOf: piece)
          words.append(String(decoding: piece, as: UTF8.self))
        }
        start = end + 1
      }
      bareRange = Self.trimmed(buffer, 0..<count, Self.isBareTrim)
    }
    self.words = words
    wordText = joined
    bare = String(decoding: bytes[bareRange], as: UTF8.self)
  }

  /// The range of `bytes` without edge characters for which `isTrimmed` holds (multi-byte ones
  /// included).
  @inline(__always)
  private static func trimmed(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ isTrimmed: (Unicode.Scalar) -> Bool
  ) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end {
      let first = bytes[start]
      let length = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
      guard start + length <= end, isTrimmed(scalar(bytes, start..<(start + length))) else {
        break
      }
      start += length
    }
    while end > start {
      var length = 1
      if bytes[end - 1] >= 0x80 {
        while length < 4, length < end - start, bytes[end - length] & 0xC0 == 0x80 {
          length += 1
        }
      }
      guard isTrimmed(scalar(bytes, (end - length)..<end)) else { break }
      end -= length
    }
    return start..<end
  }

  /// The scalar whose UTF-8 bytes are `range` (U+FFFD for bytes that are not one).
  @inline(__always)
  private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Unicode.Scalar
  {
    let lead = bytes[range.lowerBound]
    if lead < 0x80 { return Unicode.Scalar(lead) }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      .unicodeScalars.first ?? "\u{FFFD}"
  }

  /// The paragraph without spaces, tabs and line breaks at either end (`trimmed(_:spaces)`).
  private static func trimmingSpaces(_ paragraph: String) -> String {
    let bytes = paragraph.utf8
    guard let first = bytes.first, let last = bytes.last else { return paragraph }
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A }
    guard isSpace(first) || isSpace(last) else { return paragraph }
    guard let start = bytes.firstIndex(where: { !isSpace($0) }),
      let end = bytes.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(Substring(bytes[start...end]))
  }

  /// The number of words `FurnitureLine(paragraph).wordCount` has, without folding the paragraph:
  /// the pieces between spaces that hold a character other than edge punctuation (as folded:
  /// curly quotes and dashes are edge punctuation too). 0 for a paragraph too long for the rules.
  static func wordCount(of paragraph: String) -> Int {
    var paragraph = paragraph
    return asciiKinds.withUnsafeBufferPointer { kinds in
      paragraph.withUTF8 { wordCount(of: $0, asciiKinds: kinds) }
    }
  }

  /// `wordCount(of:)` of UTF-8 bytes; `asciiKinds` is `FurnitureLine.asciiKinds`.
  private static func wordCount(
    of bytes: UnsafeBufferPointer<UInt8>, asciiKinds: UnsafeBufferPointer<ASCIIKind>
  ) -> Int {
    var start = 0
    var end = bytes.count
    while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A) {
      start += 1
    }
    while end > start
      && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0A)
    {
      end -= 1
    }
    guard end > start, end - start <= maxFurnitureBytes else { return 0 }
    var count = 0
    var inWord = false
    var index = start
    while index < end {
      let byte = bytes[index]
      var length = 1
      var isSpace = false
      var isEdge = false
      if byte < 0x80 {
        let kind = asciiKinds[Int(byte)]
        isSpace = kind == .space
        isEdge = kind == .edge
      } else {
        length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        var value = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for offset in 1..<length where index + offset < end {
          value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        switch Unicode.Scalar(value) ?? "\u{FFFD}" {
        case "\u{00A0}", "\u{2009}", "\u{202F}":
          isSpace = true
        case "’", "‘", "ʼ", "´", "“", "”", "„", "«", "»", "—", "–", "‒", "―", "−":
          isEdge = true
        case let scalar:
          isEdge = isEdgePunctuation(scalar)
        }
      }
      if isSpace {
        inWord = false
      } else if !isEdge && !inWord {
        // The first character of this piece that is not edge punctuation: a word.
        inWord = true
        count += 1
      }
      index += length
    }
    return count
  }

  /// What an ASCII byte is to `wordCount(of:)`.
  private enum ASCIIKind {
    /// A space, tab or line break: it parts words.
    case space
    /// Edge punctuation (`isEdgePunctuation`): it makes no word by itself.
    case edge
    /// Anything else: part of a word.
    case letter
  }

  /// The kind of each ASCII byte.
  private static let asciiKinds: [ASCIIKind] = (0..<128).map { value -> ASCIIKind in
    let byte = UInt8(value)
    if byte == 0x20 || byte == 0x09 || byte == 0x0A { return .space }
    return isEdgePunctuation(Unicode.Scalar(byte)) ? .edge : .letter
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
    guard let count = Self.prefixLength(of: phrase, in: wordText) else { return false }
    return wordText.count == count || wordText[count] == UInt8(ascii: " ")
  }

  /// The length of `prefix` when `bytes` start with it; compared byte for byte, the first byte
  /// first (most phrases differ there).
  @inline(__always)
  private static func prefixLength(of prefix: String, in bytes: [UInt8]) -> Int? {
    var prefix = prefix
    return prefix.withUTF8 { phrase -> Int? in
      guard let first = phrase.first, phrase.count <= bytes.count, bytes[0] == first else {
        return phrase.isEmpty ? 0 : nil
      }
      return bytes.withUnsafeBufferPointer { buffer in
        guard let base = buffer.baseAddress, let start = phrase.baseAddress else { return nil }
        return memcmp(base, start, phrase.count) == 0 ? phrase.count : nil
      }
    }
  }

  /// Whether the words start with any of `phrases`.
  func starts(withAny phrases: [String]) -> Bool {
    phrases.contains { starts(with: $0) }
  }

  /// Whether the folded text contains `needle` (lower case).
  func has(_ needle: String) -> Bool {
    var needle = needle
    return needle.withUTF8 { pattern in
      guard let first = pattern.first, pattern.count <= foldedBytes.count else {
        return pattern.isEmpty
      }
      return foldedBytes.withUnsafeBufferPointer { bytes in
        guard let base = bytes.baseAddress, let start = pattern.baseAddress else { return false }
        var index = 0
        let last = bytes.count - pattern.count
        while index <= last {
          if bytes[index] == first
            && memcmp(base + index, start, pattern.count) == 0
          {
            return true
          }
          index += 1
        }
        return false
      }
    }
  }

  /// Whether any word is in `set`.
  func containsWord(in set: Set<String>) -> Bool {
    words.contains { set.contains($0) }
  }

  /// The text after a leading label such as `Photo:` or `Read more |` when the paragraph starts
  /// with one of `labels` (folded), else `nil`.
  func textAfterLabel(_ labels: [String]) -> String? {
    for label in labels {
      guard let count = Self.prefixLength(of: label, in: foldedBytes), foldedBytes.count > count
      else { continue }
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
