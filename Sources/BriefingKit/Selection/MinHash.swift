/// MinHash signatures of word shingles, for estimating how much two texts overlap without
/// comparing them word by word.
public struct MinHash: Sendable, Hashable {
  /// The number of hash functions (signature length).
  public let size: Int
  /// Words per shingle.
  public let shingleWords: Int

  /// Creates a MinHash scheme.
  public init(size: Int = 64, shingleWords: Int = 3) {
    precondition(size > 0 && shingleWords > 0)
    self.size = size
    self.shingleWords = shingleWords
  }

  /// The signature of `text`: for each hash function, the least hash of any shingle. An empty
  /// text gives a signature of `UInt64.max`.
  public func signature(of text: String) -> [UInt64] {
    var signature = [UInt64](repeating: .max, count: size)
    var window = [UInt64](repeating: 0, count: shingleWords)
    var wordsSeen = 0
    forEachWordHash(in: text) { wordHash in
      window[wordsSeen % shingleWords] = wordHash
      wordsSeen += 1
      guard wordsSeen >= shingleWords else { return }
      // Combine the last `shingleWords` word hashes in order.
      var shingle: UInt64 = 0xcbf2_9ce4_8422_2325
      for k in 0..<shingleWords {
        shingle = Self.mix(shingle ^ window[(wordsSeen - shingleWords + k) % shingleWords])
      }
      for i in 0..<size {
        let h = Self.mix(shingle &+ Self.seeds[i % Self.seeds.count] &* UInt64(i + 1))
        if h < signature[i] { signature[i] = h }
      }
    }
    if wordsSeen > 0 && wordsSeen < shingleWords {
      // Too short for one shingle: hash the words it has as one.
      var shingle: UInt64 = 0xcbf2_9ce4_8422_2325
      for k in 0..<wordsSeen { shingle = Self.mix(shingle ^ window[k]) }
      for i in 0..<size {
        signature[i] = Self.mix(shingle &+ Self.seeds[i % Self.seeds.count] &* UInt64(i + 1))
      }
    }
    return signature
  }

  /// The estimated Jaccard similarity of the shingle sets behind two signatures.
  public func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
    guard a.count == b.count, !a.isEmpty else { return 0 }
    var same = 0
    for i in a.indices where a[i] == b[i] && a[i] != .max { same += 1 }
    return Double(same) / Double(a.count)
  }

  /// Calls `body` with a hash of each lowercased ASCII-alphanumeric word of `text` (bytes of
  /// other scripts count as word characters too).
  func forEachWordHash(in text: String, _ body: (UInt64) -> Void) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var inWord = false
    for byte in text.utf8 {
      var c = byte
      let isWord: Bool
      if c >= 0x41 && c <= 0x5A {
        c |= 0x20
        isWord = true
      } else {
        isWord = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c >= 0x80
      }
      if isWord {
        hash = (hash ^ UInt64(c)) &* 0x0000_0100_0000_01B3
        inWord = true
      } else if inWord {
        body(hash)
        hash = 0xcbf2_9ce4_8422_2325
        inWord = false
      }
    }
    if inWord { body(hash) }
  }

  /// A 64-bit finaliser (splitmix64) that spreads bits.
  static func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  static let seeds: [UInt64] = [
    0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89,
    0x4528_21E6_38D0_1377, 0xBE54_66CF_34E9_0C6C, 0xC0AC_29B7_C97C_50DD, 0x3F84_D5B5_B547_0917,
  ]
}
