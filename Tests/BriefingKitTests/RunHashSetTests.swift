import Testing

@testable import BriefingKit

/// The bit table in front of a `RunHashSet` never turns a member away.
@Suite struct RunHashSetTests {
  @Test(arguments: [0, 1, 5, 200, 5000])
  func membersAreFoundAndOthersAreNot(count: Int) {
    var generator = SplitMix(seed: UInt64(count) + 7)
    let members = (0..<count).map { _ in generator.next() }
    let set = RunHashSet(members)
    for member in members {
      #expect(set.mayContain(member))
      #expect(set.contains(member))
    }
    let memberSet = Set(members)
    var turnedDown = 0
    for _ in 0..<2000 {
      let other = generator.next()
      #expect(set.contains(other) == memberSet.contains(other))
      if !set.mayContain(other) { turnedDown += 1 }
    }
    // With few members most other hashes are turned down by the table alone.
    if count <= 200 { #expect(turnedDown > 1500) }
  }

  @Test func hashesDifferingOnlyInLowBitsShareASlotButNotMembership() {
    let set = RunHashSet([0xABCD_0000_0000_0001])
    #expect(set.mayContain(0xABCD_0000_0000_0002))
    #expect(!set.contains(0xABCD_0000_0000_0002))
    #expect(set.contains(0xABCD_0000_0000_0001))
  }
}
