/// Foundation's `CharacterSet.whitespaces` and `.whitespacesAndNewlines`, and trimming by them,
/// without Foundation: `trimmingCharacters(in:)` goes through `NSString` and UTF-16 on Linux and
/// costs microseconds even on a short ASCII string.
enum UnicodeWhitespace {
  /// Whether the scalar is in `CharacterSet.whitespaces`: a space separator (Zs), a tab, or the
  /// zero-width space (a space separator in the Unicode version Foundation follows).
  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }

  /// Whether the scalar is in `CharacterSet.whitespacesAndNewlines`: a space, or a line or
  /// paragraph break (`\n` to `\r`, U+0085, U+2028, U+2029).
  @inline(__always)
  static func isSpaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
    default: isSpace(scalar)
    }
  }

  /// `text.trimmingCharacters(in: .whitespaces)`, or `.whitespacesAndNewlines` with `newlines`.
  static func trimming(_ text: String, newlines: Bool = false) -> String {
    hasVisibleASCIIEnds(text.utf8) ? text : trimming(Substring(text), newlines: newlines)
  }

  /// `text.trimmingCharacters(in: .whitespaces)`, or `.whitespacesAndNewlines` with `newlines`.
  static func trimming(_ text: Substring, newlines: Bool = false) -> String {
    if hasVisibleASCIIEnds(text.utf8) { return String(text) }
    let isTrimmed = newlines ? isSpaceOrNewline : isSpace
    let scalars = text.unicodeScalars
    guard let start = scalars.firstIndex(where: { !isTrimmed($0) }),
      let end = scalars.lastIndex(where: { !isTrimmed($0) })
    else { return "" }
    return String(scalars[start...end])
  }

  /// Whether the text starts and ends with a visible ASCII character: nothing to trim.
  private static func hasVisibleASCIIEnds<Bytes: BidirectionalCollection>(_ bytes: Bytes) -> Bool
  where Bytes.Element == UInt8 {
    guard let first = bytes.first, let last = bytes.last else { return false }
    return first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80
  }
}
