/// A set of 64-bit hashes of words (`FurnitureScreen` runs) with a table of bits in front.
///
/// Most words of prose are in none of the screen's sets: one bit, picked by the hash's top bits,
/// tells so without hashing the hash again for `Set`. A set bit only says the hash may be a
/// member; the set then answers.
struct RunHashSet: Sendable {
  /// The hashes.
  let members: Set<UInt64>
  /// One bit per value of a hash's top `slotBits` bits, set when a member has them.
  private let slots: [UInt64]

  /// How many of a hash's top bits pick its bit in the table.
  private static let slotBits = 12

  /// A set of `hashes`.
  init<Hashes: Sequence>(_ hashes: Hashes) where Hashes.Element == UInt64 {
    members = Set(hashes)
    var slots = [UInt64](repeating: 0, count: (1 << Self.slotBits) / 64)
    for hash in members {
      let slot = Self.slot(of: hash)
      slots[slot >> 6] |= 1 << UInt64(slot & 63)
    }
    self.slots = slots
  }

  /// The bit of a hash in the table.
  @inline(__always)
  private static func slot(of hash: UInt64) -> Int {
    Int(truncatingIfNeeded: hash >> UInt64(64 - slotBits))
  }

  /// Whether `hash` may be a member: `false` means it is not one.
  @inline(__always)
  func mayContain(_ hash: UInt64) -> Bool {
    let slot = Self.slot(of: hash)
    return slots[slot >> 6] & (1 << UInt64(slot & 63)) != 0
  }

  /// Whether `hash` is a member.
  @inline(__always)
  func contains(_ hash: UInt64) -> Bool {
    mayContain(hash) && members.contains(hash)
  }
}
