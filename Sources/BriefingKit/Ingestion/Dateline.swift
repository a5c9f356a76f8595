import Foundation

/// The line at the head of a news story that says when or where it was filed.
///
/// Two forms are recognised: a paragraph that is only a date (`Thursday, February 23, 2023`,
/// `Published: Feb. 23, 2023 9:30 a.m. ET`), which gives the publication date, and a wire dateline
/// opening the first paragraph (`WASHINGTON (AP) — The Senate...`, `KYIV, Ukraine — ...`,
/// `Evansville, Indiana, United States - ...`), which gives a place and perhaps an agency but no
/// date.
public struct Dateline: Sendable, Hashable {
  /// The date it gives, when it gives a complete one.
  public var date: Date?
  /// The place it was filed from (`WASHINGTON`, `KYIV, Ukraine`), when it names one.
  public var place: String?
  /// The news agency in parentheses after the place (`AP`, `Reuters`), when there is one.
  public var agency: String?
  /// The paragraph's text after the dateline; empty when the dateline is the whole paragraph.
  public var text: String

  /// Creates a dateline.
  public init(date: Date? = nil, place: String? = nil, agency: String? = nil, text: String = "") {
    self.date = date
    self.place = place
    self.agency = agency
    self.text = text
  }

  /// The dateline `paragraph` is or opens with, or `nil` when it has none.
  public static func parse(_ paragraph: String, dates: DateParser) -> Dateline? {
    let trimmed = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
    if let date = loneDate(trimmed, dates: dates) { return Dateline(date: date) }
    return wire(trimmed)
  }

  /// The date of a paragraph that is nothing but a date, with an optional `Published:` label.
  static func loneDate(_ paragraph: String, dates: DateParser) -> Date? {
    let bytes = paragraph.utf8
    guard bytes.count <= 80 else { return nil }
    // Every date has a day or a year in digits; most short paragraphs are not dates.
    guard bytes.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
      return nil
    }
    if bytes.allSatisfy({ $0 < 0x80 }) { return asciiLoneDate(Array(bytes), dates: dates) }
    return labelledDate(paragraph, dates: dates)
  }

  /// The date of a paragraph after its label, with Foundation's string functions.
  static func labelledDate(_ paragraph: String, dates: DateParser) -> Date? {
    var rest = Substring(paragraph)
    let lower = paragraph.lowercased()
    for label in labels where lower.hasPrefix(label) {
      rest = rest.dropFirst(label.count)
      break
    }
    rest = rest.drop { $0 == " " || $0 == ":" }
    if rest.lowercased().hasPrefix("on ") { rest = rest.dropFirst(3) }
    // "Feb. 23, 2023 | 9:30 AM", "Feb. 23, 2023 · 9:30 AM"
    var text = String(rest)
    if mayHaveSeparator(text) {
      text = text.replacingOccurrences(of: " | ", with: " ")
        .replacingOccurrences(of: " · ", with: " ").replacingOccurrences(of: " • ", with: " ")
    }
    return dates.date(from: text)
  }

  /// Whether the text holds a byte of a separator `labelledDate` replaces: `|`, `·` (or the Greek
  /// ano teleia, which Foundation's search takes for it) or `•`. Without one the replacing
  /// changes nothing.
  private static func mayHaveSeparator(_ text: String) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: "|") || (previous == 0xC2 && byte == 0xB7)
        || (previous == 0xCE && byte == 0x87) || (previous == 0x80 && byte == 0xA2)
      {
        return true
      }
      previous = byte
    }
    return false
  }

  /// `loneDate` of an ASCII paragraph, over its bytes: lower-casing, labels and ` | ` without
  /// Foundation (` · ` and ` • ` are not ASCII).
  static func asciiLoneDate(_ bytes: [UInt8], dates: DateParser) -> Date? {
    var start = 0
    for label in asciiLabels where hasPrefix(bytes, label, at: 0) {
      start = label.count
      break
    }
    while start < bytes.count && (bytes[start] == 0x20 || bytes[start] == UInt8(ascii: ":")) {
      start += 1
    }
    if hasPrefix(bytes, onPrefix, at: start) { start += 3 }
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count - start)
    var index = start
    while index < bytes.count {
      if index + 2 < bytes.count && bytes[index] == 0x20 && bytes[index + 1] == UInt8(ascii: "|")
        && bytes[index + 2] == 0x20
      {
        text.append(0x20)
        index += 3
      } else {
        // A byte no date holds: `DateParser` would turn the text down.
        guard isDateByte(bytes[index]) else { return nil }
        text.append(bytes[index])
        index += 1
      }
    }
    return dates.date(from: String(decoding: text, as: UTF8.self))
  }

  /// Whether an ASCII byte may be in a date `DateParser` reads: a letter, a digit, a space, a tab,
  /// a line break it trims, or `,` `.` `:` `+` `-`.
  private static func isDateByte(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") { return true }
    if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return true }
    switch byte {
    case 0x09...0x0D, 0x20, UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ":"),
      UInt8(ascii: "+"), UInt8(ascii: "-"):
      return true
    default:
      return false
    }
  }

  private static let onPrefix: [UInt8] = Array("on ".utf8)

  /// Whether `bytes` hold `prefix` (lower case) at `index`, in any case.
  private static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8], at index: Int) -> Bool {
    guard bytes.count - index >= prefix.count else { return false }
    for (offset, byte) in prefix.enumerated() {
      let character = bytes[index + offset]
      if (character >= 0x41 && character <= 0x5A ? character | 0x20 : character) != byte {
        return false
      }
    }
    return true
  }

  private static let asciiLabels: [[UInt8]] = labels.map { Array($0.utf8) }

  /// A wire dateline opening the paragraph (`WireDateline`), unless what stands in the place is
  /// a label ("BREAKING — ", "UPDATE - ").
  static func wire(_ paragraph: String) -> Dateline? {
    var paragraph = paragraph
    return paragraph.withUTF8 { bytes in
      guard let found = WireDateline.find(in: bytes) else { return nil }
      func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      }
      let place = string(found.place)
      guard !notPlaces.contains(place) else { return nil }
      let text = string(found.end..<bytes.count).trimmingCharacters(in: .whitespaces)
      return Dateline(place: place, agency: found.agency.map(string), text: text)
    }
  }

  private static let labels = [
    "last updated", "first published", "published", "updated", "posted", "dated", "date",
  ]

  private static let notPlaces: Set<String> = [
    "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "OPINION", "ANALYSIS",
    "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "FILE", "VIDEO", "PHOTOS", "NEW",
  ]
}
