import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The text handling shared by the article file formats: decoding bytes, normalising line ends and
/// odd spaces, and cutting plain text into paragraphs.
enum ArticleFileText {
  /// The text of a file's bytes: UTF-8 (a byte-order mark dropped), UTF-16 with a byte-order mark,
  /// or Windows-1252 when the bytes are not UTF-8.
  static func decode(_ data: Data) -> String {
    let bytes = [UInt8](data.prefix(3))
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return decode(data.dropFirst(3))
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return String(data: data.dropFirst(2), encoding: .utf16LittleEndian) ?? ""
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return String(data: data.dropFirst(2), encoding: .utf16BigEndian) ?? ""
    }
    if let text = String(data: data, encoding: .utf8) { return text }
    return String(data: data, encoding: .windowsCP1252)
      ?? String(decoding: data, as: UTF8.self)
  }

  /// Whether the bytes look like a binary file rather than text (a NUL byte near the start).
  static func looksBinary(_ data: Data) -> Bool {
    let head = data.prefix(8192)
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return false }
    return head.contains(0)
  }

  /// `text` with `\n` line ends only, no byte-order marks, zero-width or soft hyphen characters,
  /// and ordinary spaces for tabs and non-breaking spaces. Scans UTF-8 bytes.
  static func normalized(_ text: String) -> String {
    var input = text
    return input.withUTF8 { String(decoding: normalized($0), as: UTF8.self) }
  }

  /// The bytes of UTF-8 text normalised as `normalized(_:)` does.
  static func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    normalizationStarts.withUnsafeBufferPointer { normalized(bytes, starts: $0) }
  }

  private static func normalized(
    _ bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Bool>
  ) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    let count = bytes.count
    while index < count {
      // Runs of plain bytes are copied whole.
      var end = index
      while end < count && !starts[Int(bytes[end])] { end += 1 }
      if end > index {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
        index = end
        if index == count { break }
      }
      let byte = bytes[index]
      switch byte {
      case 0x0D:
        output.append(0x0A)
        if index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
      case 0x09:
        output.append(0x20)
      case 0xC2 where index + 1 < count:
        switch bytes[index + 1] {
        case 0xA0: output.append(0x20)  // no-break space
        case 0xAD: break  // soft hyphen
        case 0x85: output.append(0x0A)  // next line
        default:
          output.append(byte)
          output.append(bytes[index + 1])
        }
        index += 1
      case 0xE2 where index + 2 < count && (bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81):
        let code = (UInt32(bytes[index + 1]) << 8) | UInt32(bytes[index + 2])
        switch code {
        case 0x808B, 0x81A0: break  // zero-width space, word joiner
        case 0x8087, 0x8089, 0x808A, 0x80AF: output.append(0x20)  // figure, thin, hair, narrow
        case 0x80A8, 0x80A9: output.append(0x0A)  // line and paragraph separators
        default:
          output.append(byte)
          output.append(bytes[index + 1])
          output.append(bytes[index + 2])
        }
        index += 2
      case 0xE3 where index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80:
        output.append(0x20)  // ideographic space
        index += 2
      case 0xEF where index + 2 < count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF:
        index += 2  // byte-order mark
      default:
        output.append(byte)
      }
      index += 1
    }
    return output
  }

  /// The bytes at which `normalized` may change something: CR, tab and the lead bytes of the
  /// multi-byte characters it replaces.
  private static let normalizationStarts: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for byte: UInt8 in [0x0D, 0x09, 0xC2, 0xE2, 0xE3, 0xEF] { table[Int(byte)] = true }
    return table
  }()

  /// Whether the bytes are well-formed UTF-8 (what `String(validating:as:)` accepts).
  static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    survey(bytes).isValid
  }

  /// What one pass over the bytes tells of them as UTF-8 text.
  struct UTF8Survey: Equatable {
    /// The bytes are well-formed UTF-8 (what `String(validating:as:)` accepts).
    var isValid = true
    /// `normalized` leaves the bytes as they are: no CR, tab, odd space, soft hyphen,
    /// zero-width character or byte-order mark. Only told for valid bytes.
    var isNormal = true
  }

  /// Whether the bytes are well-formed UTF-8 and whether `normalized` would change them, in one
  /// pass: ASCII eight bytes at a time, the lead bytes of what `normalized` replaces looked at
  /// as they are validated.
  static func survey(_ bytes: UnsafeBufferPointer<UInt8>) -> UTF8Survey {
    var survey = UTF8Survey()
    guard let base = bytes.baseAddress else { return survey }
    let count = bytes.count
    var index = 0
    while index < count {
      // ASCII eight bytes at a time; a CR or a tab among them is not normal.
      while index + 8 <= count {
        let word = UInt64(
          littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        if word & 0x8080_8080_8080_8080 != 0 { break }
        if survey.isNormal && (hasByte(word, 0x0D) || hasByte(word, 0x09)) {
          survey.isNormal = false
        }
        index += 8
      }
      guard index < count else { break }
      let lead = bytes[index]
      if lead < 0x80 {
        if lead == 0x0D || lead == 0x09 { survey.isNormal = false }
        index += 1
        continue
      }
      func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
        index + offset < count && range.contains(bytes[index + offset])
      }
      switch lead {
      case 0xC2...0xDF:
        guard continuation(1) else { return UTF8Survey(isValid: false, isNormal: false) }
        if lead == 0xC2
          && (bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xAD
            || bytes[index + 1] == 0x85)
        {
          survey.isNormal = false
        }
        index += 2
      case 0xE0:
        guard continuation(1, 0xA0...0xBF), continuation(2) else {
          return UTF8Survey(isValid: false, isNormal: false)
        }
        index += 3
      case 0xE1...0xEC, 0xEE...0xEF:
        guard continuation(1), continuation(2) else {
          return UTF8Survey(isValid: false, isNormal: false)
        }
        if survey.isNormal && !isNormal(lead, bytes[index + 1], bytes[index + 2]) {
          survey.isNormal = false
        }
        index += 3
      case 0xED:
        guard continuation(1, 0x80...0x9F), continuation(2) else {
          return UTF8Survey(isValid: false, isNormal: false)
        }
        index += 3
      case 0xF0:
        guard continuation(1, 0x90...0xBF), continuation(2), continuation(3) else {
          return UTF8Survey(isValid: false, isNormal: false)
        }
        index += 4
      case 0xF1...0xF3:
        guard continuation(1), continuation(2), continuation(3) else {
          return UTF8Survey(isValid: false, isNormal: false)
        }
        index += 4
      case 0xF4:
        guard continuation(1, 0x80...0x8F), continuation(2), continuation(3) else {
          return UTF8Survey(isValid: false, isNormal: false)
        }
        index += 4
      default:
        return UTF8Survey(isValid: false, isNormal: false)
      }
    }
    return survey
  }

  /// Whether the eight bytes of `word` hold `byte` (below 0x80; the bytes are ASCII).
  @inline(__always)
  private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
    let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
    return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
  }

  /// Whether `normalized` keeps the three-byte character as it is (not a zero-width or odd
  /// space, a line or paragraph separator, a word joiner or a byte-order mark).
  @inline(__always)
  private static func isNormal(_ lead: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
    switch lead {
    case 0xE2:
      let code = (UInt32(second) << 8) | UInt32(third)
      switch code {
      case 0x808B, 0x81A0, 0x8087, 0x8089, 0x808A, 0x80AF, 0x80A8, 0x80A9: return false
      default: return true
      }
    case 0xE3: return !(second == 0x80 && third == 0x80)
    case 0xEF: return !(second == 0xBB && third == 0xBF)
    default: return true
    }
  }

  /// The text of a plain-text article file's bytes, as `decode` and `normalized` make it, when the
  /// bytes are UTF-8 without a byte-order mark other than one leading UTF-8 mark; `nil` for any
  /// other encoding. Bytes that need no normalising are handed back without a copy.
  static func normalizedUTF8(_ bytes: [UInt8]) -> [UInt8]? {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let rest = bytes[start...]
    guard !rest.starts(with: [0xEF, 0xBB, 0xBF]), !rest.starts(with: [0xFF, 0xFE]),
      !rest.starts(with: [0xFE, 0xFF])
    else { return nil }
    return rest.withUnsafeBufferPointer { buffer in
      let survey = survey(buffer)
      guard survey.isValid else { return nil }
      guard !survey.isNormal else { return start == 0 ? bytes : Array(buffer) }
      return normalized(buffer)
    }
  }

  /// Whether the bytes look like a binary file rather than text (a NUL byte near the start).
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
    return bytes.prefix(8192).withUnsafeBufferPointer { head in
      guard let base = head.baseAddress else { return false }
      return memchr(base, 0, head.count) != nil
    }
  }

  /// The title line and the body paragraphs of normalised plain text (lines split at `\n`), as
  /// `lines(of:)`, `isBlank`, `collapsingSpaces` and `paragraphs(of:)` make them: the title is
  /// the first line that is not blank, with its 0-based line number; `nil` when every line is
  /// blank.
  static func titleAndParagraphs(_ text: [UInt8]) -> (
    title: String, titleLine: Int, paragraphs: [String]
  )? {
    text.withUnsafeBufferPointer { bytes in
      let count = bytes.count
      var index = 0
      var line = 0
      // The title: the first line with a byte other than a space (tabs and CRs are gone).
      var titleStart = -1
      while index < count {
        let byte = bytes[index]
        if byte == 0x0A {
          line += 1
        } else if byte != 0x20 {
          titleStart = index
          break
        }
        index += 1
      }
      guard titleStart >= 0 else { return nil }
      var current: [UInt8] = []
      var pendingSpace = false
      while index < count && bytes[index] != 0x0A {
        let byte = bytes[index]
        if byte == 0x20 {
          pendingSpace = true
        } else {
          if pendingSpace && !current.isEmpty { current.append(0x20) }
          pendingSpace = false
          current.append(byte)
        }
        index += 1
      }
      let title = String(decoding: current, as: UTF8.self)
      current.removeAll(keepingCapacity: true)
      index += 1
      // The body: lines joined by spaces into paragraphs, a blank line ends one. Lines are found
      // with `memchr`; a paragraph that is one line with single spaces is taken as it stands,
      // others are put together word by word in `current`.
      var paragraphs: [String] = []
      var paragraph = 0..<0  // the paragraph as written so far, while it is one clean line
      var open = false
      var asWritten = true
      while index < count {
        let lineEnd = endOfLine(bytes, from: index)
        var start = index
        var end = lineEnd
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        if start == end {
          // A blank line ends the paragraph.
          if open {
            paragraphs.append(Self.paragraph(bytes, paragraph, asWritten: asWritten, &current))
            open = false
          }
        } else if !open && !hasDoubleSpace(bytes, start..<end) {
          paragraph = start..<end
          open = true
          asWritten = true
        } else {
          if open && asWritten {
            current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[paragraph]))
          }
          appendWords(bytes, start..<end, to: &current)
          open = true
          asWritten = false
        }
        index = lineEnd + 1
      }
      if open {
        paragraphs.append(Self.paragraph(bytes, paragraph, asWritten: asWritten, &current))
      }
      return (title, line, paragraphs)
    }
  }

  /// The paragraphs of plain-text lines: blank lines separate paragraphs, the lines of a paragraph
  /// are joined with a space, and runs of spaces are collapsed.
  static func paragraphs<Lines: Sequence>(of lines: Lines) -> [String]
  where Lines.Element: StringProtocol {
    var paragraphs: [String] = []
    var current: [UInt8] = []
    for line in lines {
      var pendingSpace = !current.isEmpty
      var blank = true
      for byte in line.utf8 {
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
          pendingSpace = pendingSpace || !current.isEmpty
        } else {
          blank = false
          if pendingSpace && !current.isEmpty { current.append(0x20) }
          pendingSpace = false
          current.append(byte)
        }
      }
      if blank && !current.isEmpty {
        paragraphs.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
      }
    }
    if !current.isEmpty { paragraphs.append(String(decoding: current, as: UTF8.self)) }
    return paragraphs
  }

  /// The lines of `text`, split at `\n` bytes (the last one may be empty).
  static func lines(of text: String) -> [Substring] {
    var lines: [Substring] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == 0x0A {
        lines.append(text[start..<index])
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    lines.append(text[start..<utf8.endIndex])
    return lines
  }

  /// Where the line that starts at `index` ends: the next `\n`, or the end.
  private static func endOfLine(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    guard let base = bytes.baseAddress, index < bytes.count,
      let found = memchr(base + index, 0x0A, bytes.count - index)
    else { return bytes.count }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// Whether two spaces follow each other in `range`, eight bytes at a time.
  private static func hasDoubleSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Bool
  {
    guard let base = bytes.baseAddress else { return false }
    var index = range.lowerBound
    var previousWasSpace = false
    while index + 8 <= range.upperBound {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      // A byte of `spaces` has its high bit set where `word` holds 0x20.
      let x = word ^ 0x2020_2020_2020_2020
      let spaces =
        ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x | 0x7F7F_7F7F_7F7F_7F7F)
      if spaces & (spaces >> 8) != 0 || (previousWasSpace && spaces & 0x80 != 0) { return true }
      previousWasSpace = spaces >> 63 != 0
      index += 8
    }
    while index < range.upperBound {
      let isSpace = bytes[index] == 0x20
      if isSpace && previousWasSpace { return true }
      previousWasSpace = isSpace
      index += 1
    }
    return false
  }

  /// Appends the space-separated words of `range` to `current`, each after one space when
  /// `current` holds some already.
  private static func appendWords(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to current: inout [UInt8]
  ) {
    var index = range.lowerBound
    while index < range.upperBound {
      while index < range.upperBound && bytes[index] == 0x20 { index += 1 }
      let start = index
      while index < range.upperBound && bytes[index] != 0x20 { index += 1 }
      if index > start {
        if !current.isEmpty { current.append(0x20) }
        current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
      }
    }
  }

  /// A paragraph of `titleAndParagraphs`: the bytes of `range` as they stand, or those put
  /// together in `current` (then emptied).
  private static func paragraph(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, asWritten: Bool,
    _ current: inout [UInt8]
  ) -> String {
    guard !asWritten else {
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    defer { current.removeAll(keepingCapacity: true) }
    return String(decoding: current, as: UTF8.self)
  }

  /// Whether `line` holds only spaces.
  static func isBlank<Line: StringProtocol>(_ line: Line) -> Bool {
    line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  }

  /// The paragraphs of a body string from a JSON file or feed: blank lines separate paragraphs
  /// when there are any; otherwise every line is a paragraph.
  static func paragraphs(ofBody body: String) -> [String] {
    let text = normalized(body)
    let lines = lines(of: text)
    if lines.count == 1 || lines.contains(where: isBlank) {
      return paragraphs(of: lines)
    }
    return lines.map { collapsingSpaces(String($0)) }.filter { !$0.isEmpty }
  }

  /// `text` trimmed, with each run of spaces (and line breaks) collapsed into one space.
  static func collapsingSpaces(_ text: String) -> String {
    paragraphs(of: CollectionOfOne(text)).first ?? ""
  }

  /// The 1-based line and column (in characters) of the byte at `offset` in `bytes`.
  static func lineAndColumn(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for byte in bytes.prefix(max(0, min(offset, bytes.count))) {
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }
}
