/// Writes JSON bytes exactly as `JSONEncoder` does with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`: two spaces of indent per level, `" : "` between key and value,
/// `[\n\n  ]` for an empty array, `\"`, `\\`, `\n`, `\u001f`-style escapes and nothing else escaped,
/// Doubles as their shortest description without a trailing `.0`.
///
/// It appends straight to a byte array, without the encoder's intermediate tree of values; callers
/// write an object's keys in sorted order themselves.
struct PrettyJSONWriter {
  /// The JSON written so far.
  var bytes: [UInt8] = []

  /// Creates a writer with room for `capacity` bytes.
  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  // MARK: Containers

  /// Writes `{`; the first key follows.
  mutating func openObject() {
    bytes.append(UInt8(ascii: "{"))
  }

  /// Writes the line break, indent and `}` that close an object at `level`.
  mutating func closeObject(level: Int) {
    newLine(level: level)
    bytes.append(UInt8(ascii: "}"))
  }

  /// Writes a key of an object whose members are at `level`: the separator from the member before
  /// (unless `first`), the line break, the indent, the quoted key and `" : "`.
  mutating func key(_ name: StaticString, level: Int, first: Bool = false) {
    newLine(level: level, comma: !first)
    bytes.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    append("\" : ")
  }

  /// Writes an array at `level` whose elements `element` writes (one call per index, at
  /// `level + 1`, after the indent).
  mutating func array(
    count: Int, level: Int, _ element: (inout PrettyJSONWriter, Int) throws -> Void
  )
    rethrows
  {
    bytes.append(UInt8(ascii: "["))
    // An empty array still has its own line: `[`, a blank line, `]`.
    if count == 0 { bytes.append(0x0A) }
    for index in 0..<count {
      newLine(level: level + 1, comma: index > 0)
      try element(&self, index)
    }
    newLine(level: level)
    bytes.append(UInt8(ascii: "]"))
  }

  /// Writes a comma when `comma` is set, a line break and `level` indents of two spaces: one copy
  /// of a slice of one literal for the levels records use.
  mutating func newLine(level: Int, comma: Bool = false) {
    let lines: StaticString = ",\n                "
    let end = 2 + 2 * level
    guard end <= lines.utf8CodeUnitCount else {
      if comma { bytes.append(UInt8(ascii: ",")) }
      bytes.append(0x0A)
      for _ in 0..<(2 * level) { bytes.append(0x20) }
      return
    }
    lines.withUTF8Buffer {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[(comma ? 0 : 1)..<end]))
    }
  }

  /// Appends literal bytes.
  private mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  // MARK: Values

  /// Writes `null`.
  mutating func null() {
    append("null")
  }

  /// Writes a string value, or `null` when there is none.
  mutating func string(_ value: String?) {
    guard let value else { return null() }
    bytes.append(UInt8(ascii: "\""))
    // A native string lends its UTF-8 in place; only another kind is copied to get it.
    if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
      var copy = value
      copy.withUTF8 { appendEscaped($0) }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Writes an integer.
  mutating func integer(_ value: Int) {
    var description = value.description
    description.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Writes a Double as `JSONEncoder` does (`2000000000`, `0.5`, `1e+16`), or `null` when there
  /// is none. Throws for infinity and NaN, which JSON cannot hold.
  mutating func number(_ value: Double?) throws {
    guard let value else { return null() }
    guard value.isFinite else {
      throw EncodingError.invalidValue(
        value,
        EncodingError.Context(
          codingPath: [], debugDescription: "Unable to encode Double.\(value) directly in JSON."))
    }
    var description = value.description
    description.withUTF8 { text in
      if text.count >= 2, text[text.count - 2] == UInt8(ascii: "."),
        text[text.count - 1] == UInt8(ascii: "0")
      {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[..<(text.count - 2)]))
      } else {
        bytes.append(contentsOf: text)
      }
    }
  }

  /// Appends UTF-8 `text` with JSON's escapes: runs without escapes are copied whole, and are
  /// found eight bytes at a time (`escapes(in:)`), byte by byte only in the last seven.
  private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
    guard let base = text.baseAddress else { return }
    var start = 0
    var index = 0
    let count = text.count
    while index < count {
      if index &+ 8 <= count {
        let word = UInt64(
          littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        let escapes = Self.escapes(in: word)
        if escapes == 0 {
          index &+= 8
          continue
        }
        index &+= escapes.trailingZeroBitCount >> 3
      } else if !Self.needsEscape(text[index]) {
        index += 1
        continue
      }
      let byte = text[index]
      if index > start {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
      }
      bytes.append(UInt8(ascii: "\\"))
      switch byte {
      case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
      case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
      case 0x08: bytes.append(UInt8(ascii: "b"))
      case 0x0C: bytes.append(UInt8(ascii: "f"))
      case 0x0A: bytes.append(UInt8(ascii: "n"))
      case 0x0D: bytes.append(UInt8(ascii: "r"))
      case 0x09: bytes.append(UInt8(ascii: "t"))
      default:
        append("u00")
        bytes.append(Self.hexDigits[Int(byte >> 4)])
        bytes.append(Self.hexDigits[Int(byte & 0x0F)])
      }
      index += 1
      start = index
    }
    if count > start {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<count]))
    }
  }

  /// Whether JSON escapes a byte: a control character, `"` or `\`.
  @inline(__always)
  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
  }

  /// `needsEscape` for eight bytes at once (the first in the low byte): the high bit of each byte
  /// that needs an escape is set. Exact, with no carry between bytes: each test adds to the low
  /// seven bits only, and bytes of 0x80 and above never need one.
  @inline(__always)
  private static func escapes(in word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let ascii = ~word & ~low
    let control = ~((word & low) &+ ones &* 0x60)
    func equal(_ byte: UInt8) -> UInt64 {
      let v = word ^ (ones &* UInt64(byte))
      return ~((v & low) &+ low)
    }
    return (control | equal(UInt8(ascii: "\"")) | equal(UInt8(ascii: "\\"))) & ascii
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
