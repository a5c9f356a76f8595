import Foundation

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
  /// and ordinary spaces for tabs and non-breaking spaces.
  static func normalized(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\r":
        scalars.append("\n")
      case "\n":
        if previous != "\r" { scalars.append("\n") }
      case "\u{FEFF}", "\u{200B}", "\u{2060}", "\u{00AD}":
        break
      case "\t", "\u{00A0}", "\u{2007}", "\u{202F}", "\u{2009}", "\u{200A}", "\u{3000}":
        scalars.append(" ")
      case "\u{2028}", "\u{2029}", "\u{0085}":
        scalars.append("\n")
      default:
        scalars.append(scalar)
      }
      previous = scalar
    }
    return String(scalars)
  }

  /// The paragraphs of plain-text lines: blank lines separate paragraphs, the lines of a paragraph
  /// are joined with a space, and runs of spaces are collapsed.
  static func paragraphs<Lines: Sequence>(of lines: Lines) -> [String]
  where Lines.Element: StringProtocol {
    var paragraphs: [String] = []
    var current: [String] = []
    for line in lines {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty {
        if !current.isEmpty { paragraphs.append(collapsingSpaces(current.joined(separator: " "))) }
        current = []
      } else {
        current.append(trimmed)
      }
    }
    if !current.isEmpty { paragraphs.append(collapsingSpaces(current.joined(separator: " "))) }
    return paragraphs
  }

  /// The paragraphs of a body string from a JSON file or feed: blank lines separate paragraphs
  /// when there are any; otherwise every line is a paragraph.
  static func paragraphs(ofBody body: String) -> [String] {
    let text = normalized(body)
    if text.contains("\n\n") || !text.contains("\n") {
      return paragraphs(of: text.split(separator: "\n", omittingEmptySubsequences: false))
    }
    return text.split(separator: "\n").map { collapsingSpaces(String($0)) }.filter { !$0.isEmpty }
  }

  /// `text` trimmed, with each run of spaces collapsed into one.
  static func collapsingSpaces(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar == " " || scalar == "\n" || scalar == "\t" {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.unicodeScalars.append(" ") }
        pendingSpace = false
        result.unicodeScalars.append(scalar)
      }
    }
    return result
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
