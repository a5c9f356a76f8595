/// A short stable fingerprint of text (64-bit FNV-1a, hexadecimal), for identifiers of items that
/// have neither a guid nor a link. Stable across runs and machines, unlike `hashValue`.
struct ContentHash: Sendable {
  /// Creates a hasher.
  init() {}

  /// The fingerprint of `parts`, joined by newlines.
  func fingerprint(_ parts: [String]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (index, part) in parts.enumerated() {
      if index > 0 { hash = (hash ^ 0x0A) &* 0x100_0000_01b3 }
      for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
