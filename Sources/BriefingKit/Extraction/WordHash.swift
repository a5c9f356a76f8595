/// A 64-bit hash of a word, case-folded, so the quote rules can look words up in static tables
/// without building a `String` for each word of an article.
///
/// ASCII letters are lowercased, a curly apostrophe (’) hashes like a straight one and a trailing
/// period is left out, so "Mr." and "mr", "Biden’s" and "biden's" hash alike. The folded bytes
/// are mixed eight at a time, so a word of up to eight ASCII bytes costs one load and one
/// multiply (`ascii`), which the tokenizer uses for the common case.
enum WordHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3
  private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
  /// OR-ing this lowercases ASCII letters and leaves digits, "-", "'", "." and "," as they are.
  private static let fold: UInt64 = 0x2020_2020_2020_2020

  @inline(__always)
  private static func mix(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
    let m = (h ^ chunk) &* multiplier
    return m ^ (m >> 29)
  }

  @inline(__always)
  private static func finish(_ h: UInt64, length: Int) -> UInt64 {
    var h = h ^ UInt64(truncatingIfNeeded: length)
    h ^= h >> 33
    h = h &* 0xff51_afd7_ed55_8ccd
    h ^= h >> 33
    return h
  }

  /// The hash of `bytes[range]`, a run of ASCII letters, digits and the marks "-", "'", "." and
  /// "," that ends in no period: the same value as `hash(_:_:)` gives, faster.
  @inline(__always)
  static func ascii(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    guard let base = bytes.baseAddress else { return finish(seed, length: 0) }
    var h = seed
    var i = range.lowerBound
    let end = range.upperBound
    let n = bytes.count
    while end - i >= 8 {
      let chunk = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
      h = mix(h, chunk | fold)
      i += 8
    }
    let rest = end - i
    if rest > 0 {
      var chunk: UInt64
      if i + 8 <= n {
        chunk = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        chunk &= (1 &<< UInt64(rest &* 8)) &- 1
      } else {
        chunk = 0
        var k = 0
        while k < rest {
          chunk |= UInt64(bytes[i + k]) << UInt64(k * 8)
          k += 1
        }
      }
      let mask: UInt64 = (1 &<< UInt64(rest &* 8)) &- 1
      h = mix(h, chunk | (fold & mask))
    }
    return finish(h, length: end - range.lowerBound)
  }

  /// The hash of a word of fewer than eight ASCII letters and digits given as its bytes packed
  /// into an integer (the first in the low byte): the value `ascii(_:_:)` gives for it.
  @inline(__always)
  static func short(_ chunk: UInt64, length: Int) -> UInt64 {
    let mask: UInt64 = (1 &<< UInt64(length &* 8)) &- 1
    return finish(mix(seed, chunk | (fold & mask)), length: length)
  }

  /// The hash of `bytes[range]`.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var h = seed
    var i = range.lowerBound
    var end = range.upperBound
    while end > i && bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
    var chunk: UInt64 = 0
    var filled: UInt64 = 0
    var length = 0
    while i < end {
      var c = bytes[i]
      if c == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
        c = UInt8(ascii: "'")
        i += 2
      } else if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") {
        c |= 0x20
      }
      chunk |= UInt64(c) << (filled * 8)
      filled += 1
      length += 1
      if filled == 8 {
        h = mix(h, chunk)
        chunk = 0
        filled = 0
      }
      i += 1
    }
    if filled > 0 { h = mix(h, chunk) }
    return finish(h, length: length)
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
