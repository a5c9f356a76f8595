/// A 64-bit FNV-1a hash of a word, case-folded, so the quote rules can look words up in static
/// tables without building a `String` for each word of an article.
///
/// ASCII letters are lowercased, a curly apostrophe (’) hashes like a straight one and a trailing
/// period is left out, so "Mr." and "mr", "Biden’s" and "biden's" hash alike.
enum WordHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// The hash of `bytes[range]`.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var h = seed
    var i = range.lowerBound
    var end = range.upperBound
    while end > i && bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
    while i < end {
      var c = bytes[i]
      if c == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
        c = UInt8(ascii: "'")
        i += 2
      } else if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") {
        c |= 0x20
      }
      h = (h ^ UInt64(c)) &* prime
      i += 1
    }
    return h
  }

  /// The hash of a word given as a string.
  static func hash(_ word: String) -> UInt64 {
    var word = word
    return word.withUTF8 { hash($0, 0..<$0.count) }
  }

  /// The hashes of a list of words, for a static lookup table.
  static func set(_ words: [String]) -> Set<UInt64> {
    Set(words.map(hash))
  }
}
