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

  /// Writes `{` and a line break; the first key follows.
  mutating func openObject() {
    bytes.append(UInt8(ascii: "{"))
    bytes.append(0x0A)
  }

  /// Writes the line break, indent and `}` that close an object at `level`.
  mutating func closeObject(level: Int) {
    bytes.append(0x0A)
    indent(level)
    bytes.append(UInt8(ascii: "}"))
  }

  /// Writes a key of an object whose members are at `level`: the separator from the member before
  /// (unless `first`), the indent, the quoted key and `" : "`.
  mutating func key(_ name: StaticString, level: Int, first: Bool = false) {
    if !first {
      bytes.append(UInt8(ascii: ","))
      bytes.append(0x0A)
    }
    indent(level)
    bytes.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(contentsOf: Self.keySeparator)
  }

  /// Writes an array at `level` whose elements `element` writes (one call per index, at
  /// `level + 1`, after the indent).
  mutating func array(
    count: Int, level: Int, _ element: (inout PrettyJSONWriter, Int) throws -> Void
  )
    rethrows
  {
    bytes.append(UInt8(ascii: "["))
    bytes.append(0x0A)
    for index in 0..<count {
      if index > 0 {
        bytes.append(UInt8(ascii: ","))
        bytes.append(0x0A)
      }
      indent(level + 1)
      try element(&self, index)
    }
    bytes.append(0x0A)
    indent(level)
    bytes.append(UInt8(ascii: "]"))
  }

  /// Writes `level` indents of two spaces.
  mutating func indent(_ level: Int) {
    for _ in 0..<level {
      bytes.append(0x20)
      bytes.append(0x20)
    }
  }

  // MARK: Values

  /// Writes `null`.
  mutating func null() {
    bytes.append(contentsOf: Self.nullBytes)
  }

  /// Writes a string value, or `null` when there is none.
  mutating func string(_ value: String?) {
    guard var value else { return null() }
    bytes.append(UInt8(ascii: "\""))
    value.withUTF8 { appendEscaped($0) }
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

  /// Appends UTF-8 `text` with JSON's escapes: runs without escapes are copied whole.
  private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
    var start = 0
    var index = 0
    let count = text.count
    while index < count {
      let byte = text[index]
      if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
        index += 1
        continue
      }
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
        bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
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

  private static let keySeparator: [UInt8] = Array("\" : ".utf8)
  private static let nullBytes: [UInt8] = Array("null".utf8)
  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
