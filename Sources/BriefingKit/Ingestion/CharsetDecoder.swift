import Foundation

/// Turns the bytes of a feed or page into text, choosing the encoding the way a careful browser
/// does.
///
/// The order: the source's `encoding:` override; a byte order mark; the HTTP `Content-Type`
/// charset; the document's own declaration (`<?xml encoding?>`, `<meta charset>`,
/// `<meta http-equiv="Content-Type">`); UTF-8 when the bytes are valid UTF-8; otherwise
/// Windows-1252. Two real-world repairs keep text free of mojibake: bytes declared as a
/// single-byte charset that are in fact valid UTF-8 with non-ASCII characters are read as UTF-8,
/// and stray invalid bytes in UTF-8 text are read as Windows-1252 one by one.
public struct CharsetDecoder: Sendable {
  /// Creates a decoder.
  public init() {}

  /// Decodes `data`. `contentType` is the HTTP header, if any; `override` an encoding label that
  /// wins over everything the bytes or the server declare (an unknown label is ignored).
  public func decode(_ data: Data, contentType: String? = nil, override: String? = nil)
    -> DecodedText
  {
    decode([UInt8](data), contentType: contentType, override: override)
  }

  /// Decodes `bytes`; see `decode(_:contentType:override:)`.
  public func decode(_ bytes: [UInt8], contentType: String? = nil, override: String? = nil)
    -> DecodedText
  {
    if let override, let encoding = TextEncoding(label: override) {
      let body = Self.dropBOM(bytes, for: encoding)
      return DecodedText(text: Self.text(body, as: encoding), encoding: encoding, basis: .override)
    }
    if let (encoding, bomLength) = Self.byteOrderMark(bytes) {
      let text = Self.text(Array(bytes[bomLength...]), as: encoding)
      return DecodedText(text: text, encoding: encoding, basis: .byteOrderMark)
    }
    if let label = contentType.flatMap(Self.charsetParameter),
      let encoding = TextEncoding(label: label),
      let decoded = decodeDeclared(bytes, as: encoding, basis: .httpHeader)
    {
      return decoded
    }
    if let label = Self.declaredCharset(in: bytes), let encoding = TextEncoding(label: label),
      let decoded = decodeDeclared(bytes, as: encoding, basis: .declaration)
    {
      return decoded
    }
    if let encoding = Self.unmarkedUTF16(bytes) {
      return DecodedText(text: Self.text(bytes, as: encoding), encoding: encoding, basis: .fallback)
    }
    let (text, isValid) = Self.repairingUTF8(bytes)
    if isValid { return DecodedText(text: text, encoding: .utf8, basis: .validUTF8) }
    return DecodedText(text: text, encoding: .windows1252, basis: .fallback)
  }

  /// Decodes bytes in a declared encoding, or `nil` when the declaration cannot be right (UTF-16
  /// declared for bytes that are plainly 8-bit).
  private func decodeDeclared(_ bytes: [UInt8], as encoding: TextEncoding, basis: DecodedText.Basis)
    -> DecodedText?
  {
    switch encoding {
    case .utf16LittleEndian, .utf16BigEndian:
      guard let actual = Self.unmarkedUTF16(bytes) else { return nil }
      return DecodedText(text: Self.text(bytes, as: actual), encoding: actual, basis: basis)
    case .utf8:
      return DecodedText(text: Self.repairingUTF8(bytes).text, encoding: .utf8, basis: basis)
    default:
      if encoding.isSingleByte, Self.isUTF8WithMultibyteCharacters(bytes) {
        return DecodedText(text: Self.text(bytes, as: .utf8), encoding: .utf8, basis: .validUTF8)
      }
      return DecodedText(text: Self.text(bytes, as: encoding), encoding: encoding, basis: basis)
    }
  }

  // MARK: - Declarations

  /// The `charset` parameter of a `Content-Type` value (`text/html; charset="utf-8"`).
  static func charsetParameter(of contentType: String) -> String? {
    for parameter in contentType.split(separator: ";").dropFirst() {
      let pair = parameter.split(separator: "=", maxSplits: 1)
      guard pair.count == 2,
        pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset"
      else { continue }
      let value = pair[1].trimmingCharacters(in: .whitespaces.union(["\"", "'"]))
      return value.isEmpty ? nil : value
    }
    return nil
  }

  /// The charset a document declares in its first few kilobytes: the XML declaration's
  /// `encoding`, or a `<meta>` tag's `charset`.
  static func declaredCharset(in bytes: [UInt8]) -> String? {
    let head = bytes.prefix(8192).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    let start = head.firstIndex { !Self.isSpace($0) } ?? head.endIndex
    if head[start...].starts(with: Array("<?xml".utf8)) {
      let end = head[start...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
      let declaration = Array(head[start..<end])
      if let value = Self.value(
        after: Array("encoding".utf8), in: declaration, equalsRequired: true)
      {
        return value
      }
    }
    var index = head.startIndex
    let meta = Array("<meta".utf8)
    while let found = Self.firstRange(of: meta, in: head, from: index) {
      let end = head[found...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
      let tag = Array(head[found..<end])
      if let value = Self.value(after: Array("charset".utf8), in: tag, equalsRequired: true) {
        return value
      }
      index = end
    }
    return nil
  }

  /// The token after `name` `=` in `bytes`, quotes removed.
  private static func value(after name: [UInt8], in bytes: [UInt8], equalsRequired: Bool)
    -> String?
  {
    var from = 0
    while let found = firstRange(of: name, in: bytes, from: from) {
      var index = found + name.count
      from = index
      while index < bytes.count, isSpace(bytes[index]) { index += 1 }
      guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
      index += 1
      while index < bytes.count, isSpace(bytes[index]) || isQuote(bytes[index]) { index += 1 }
      var end = index
      while end < bytes.count,
        !isSpace(bytes[end]) && !isQuote(bytes[end]) && bytes[end] != UInt8(ascii: ";")
          && bytes[end] != UInt8(ascii: "/") && bytes[end] != UInt8(ascii: ">")
          && bytes[end] != UInt8(ascii: "?")
      {
        end += 1
      }
      if end > index { return String(decoding: bytes[index..<end], as: UTF8.self) }
    }
    return nil
  }

  private static func firstRange(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int?
  {
    guard let first = needle.first, haystack.count >= needle.count else { return nil }
    var index = start
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == first {
        var matches = true
        for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
          matches = false
          break
        }
        if matches { return index }
      }
      index += 1
    }
    return nil
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }

  private static func isQuote(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
  }

  // MARK: - Byte order marks and UTF-16

  /// The encoding and length of a byte order mark at the start of `bytes`.
  static func byteOrderMark(_ bytes: [UInt8]) -> (TextEncoding, Int)? {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
    if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
    if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
    return nil
  }

  private static func dropBOM(_ bytes: [UInt8], for encoding: TextEncoding) -> [UInt8] {
    guard let (bomEncoding, length) = byteOrderMark(bytes), bomEncoding == encoding else {
      return bytes
    }
    return Array(bytes[length...])
  }

  /// UTF-16 without a byte order mark, recognised by the zero bytes of ASCII characters.
  static func unmarkedUTF16(_ bytes: [UInt8]) -> TextEncoding? {
    guard bytes.count >= 4 else { return nil }
    if bytes[0] != 0, bytes[1] == 0, bytes[2] != 0, bytes[3] == 0 { return .utf16LittleEndian }
    if bytes[0] == 0, bytes[1] != 0, bytes[2] == 0, bytes[3] != 0 { return .utf16BigEndian }
    return nil
  }

  // MARK: - Decoding

  /// Decodes `bytes` in `encoding`, never failing: undecodable bytes become U+FFFD.
  static func text(_ bytes: [UInt8], as encoding: TextEncoding) -> String {
    switch encoding {
    case .utf8:
      return repairingUTF8(bytes).text
    case .utf16LittleEndian, .utf16BigEndian:
      var units: [UInt16] = []
      units.reserveCapacity(bytes.count / 2)
      var index = 0
      while index + 1 < bytes.count {
        let (low, high) =
          encoding == .utf16LittleEndian
          ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
        units.append(UInt16(high) << 8 | UInt16(low))
        index += 2
      }
      return String(decoding: units, as: UTF16.self)
    case .windows1252, .iso8859_15:
      let table = encoding == .windows1252 ? windows1252High : iso8859_15High
      var scalars = String.UnicodeScalarView()
      scalars.reserveCapacity(bytes.count)
      for byte in bytes {
        let value: UInt32 = byte < 0xA0 ? windows1252Scalar(byte) : table[Int(byte - 0xA0)]
        scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      }
      return String(scalars)
    case .iso8859_2, .windows1250, .windows1251, .shiftJIS:
      let foundation: String.Encoding =
        switch encoding {
        case .iso8859_2: .isoLatin2
        case .windows1250: .windowsCP1250
        case .windows1251: .windowsCP1251
        default: .shiftJIS
        }
      return String(data: Data(bytes), encoding: foundation)
        ?? text(bytes, as: encoding.isSingleByte ? .windows1252 : .utf8)
    }
  }

  /// Decodes UTF-8, reading any byte that is not part of a valid sequence as Windows-1252;
  /// `isValid` tells whether every byte was valid UTF-8.
  static func repairingUTF8(_ bytes: [UInt8]) -> (text: String, isValid: Bool) {
    guard let firstBad = firstInvalidUTF8Index(bytes) else {
      return (String(decoding: bytes, as: UTF8.self), true)
    }
    var output = Array(bytes[..<firstBad])
    output.reserveCapacity(bytes.count + 16)
    var index = firstBad
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        output.append(byte)
        index += 1
      } else if let length = utf8SequenceLength(bytes, at: index) {
        output.append(contentsOf: bytes[index..<index + length])
        index += length
      } else {
        let scalar = Unicode.Scalar(windows1252Scalar(byte)) ?? "\u{FFFD}"
        output.append(contentsOf: Array(String(scalar).utf8))
        index += 1
      }
    }
    return (String(decoding: output, as: UTF8.self), false)
  }

  /// Whether `bytes` are valid UTF-8 and hold at least one character beyond ASCII.
  static func isUTF8WithMultibyteCharacters(_ bytes: [UInt8]) -> Bool {
    bytes.contains { $0 >= 0x80 } && firstInvalidUTF8Index(bytes) == nil
  }

  private static func firstInvalidUTF8Index(_ bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
      if bytes[index] < 0x80 {
        index += 1
      } else if let length = utf8SequenceLength(bytes, at: index) {
        index += length
      } else {
        return index
      }
    }
    return nil
  }

  /// The length of the valid multi-byte UTF-8 sequence starting at `index`, or `nil`.
  private static func utf8SequenceLength(_ bytes: [UInt8], at index: Int) -> Int? {
    let lead = bytes[index]
    let length: Int
    var lower: UInt8 = 0x80
    var upper: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      lower = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      upper = 0x9F
    case 0xF0:
      length = 4
      lower = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      upper = 0x8F
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    let second = bytes[index + 1]
    guard second >= lower, second <= upper else { return nil }
    for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
      return nil
    }
    return length
  }

  /// The Unicode scalar of a byte below 0xA0 in Windows-1252 (0x80-0x9F are punctuation; the five
  /// unassigned ones map to the C1 code points, as browsers do).
  static func windows1252Scalar(_ byte: UInt8) -> UInt32 {
    guard byte >= 0x80 else { return UInt32(byte) }
    if byte >= 0xA0 { return UInt32(byte) }
    return windows1252C1[Int(byte - 0x80)]
  }

  private static let windows1252C1: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// 0xA0-0xFF in Windows-1252: the same as Latin-1.
  private static let windows1252High: [UInt32] = (0xA0...0xFF).map { UInt32($0) }

  /// 0xA0-0xFF in ISO-8859-15: Latin-1 with eight letters and the euro sign swapped in.
  private static let iso8859_15High: [UInt32] = (0xA0...0xFF).map { byte -> UInt32 in
    switch byte {
    case 0xA4: 0x20AC
    case 0xA6: 0x0160
    case 0xA8: 0x0161
    case 0xB4: 0x017D
    case 0xB8: 0x017E
    case 0xBC: 0x0152
    case 0xBD: 0x0153
    case 0xBE: 0x0178
    default: UInt32(byte)
    }
  }
}
