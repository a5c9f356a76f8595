/// The wire dateline that may open a story's first paragraph ("NEW YORK, Nov 20 (Reuters) - ",
/// "KYIV, Ukraine — "): place and agency, not part of what happened.
enum WireDateline {
  /// Where the text starts after a wire dateline ("NEW YORK, Nov 20 (Reuters) - ", "KYIV,
  /// Ukraine — "): an upper-case place, then a comma, a parenthesis or the dash, with the dash
  /// in the first 80 bytes; 0 when the paragraph opens with none.
  static func end(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let n = min(bytes.count, 80)
    var i = 0
    var letters = 0
    // The upper-case place: "WASHINGTON", "NEW YORK", "ST. LOUIS", "WILKES-BARRE".
    while i < n {
      let c = bytes[i]
      if c >= 0x41 && c <= 0x5A {
        letters += 1
      } else if c >= 0x61 && c <= 0x7A {
        return 0  // a sentence ("NATO allies agreed", "U.S. stocks fell")
      } else if c == 0x2D && i > 0 && bytes[i - 1] == 0x20 {
        break  // " - "
      } else if c != 0x20 && c != 0x2E && c != 0x2D && c != 0x27 {
        break
      }
      i += 1
    }
    guard letters >= 2, i < n, [0x2C, 0x28, 0xE2, 0x2D].contains(bytes[i]) else { return 0 }
    while i < n {
      for dash in Self.dashes where i + dash.count <= bytes.count {
        if dash.indices.allSatisfy({ bytes[i + $0] == dash[$0] }) { return i + dash.count }
      }
      i += 1
    }
    return 0
  }

  private static let dashes: [[UInt8]] = [
    Array("- ".utf8), Array("— ".utf8), Array("– ".utf8),
  ]
}
