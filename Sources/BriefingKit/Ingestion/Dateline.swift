import Foundation

/// The line at the head of a news story that says when or where it was filed.
///
/// Two forms are recognised: a paragraph that is only a date (`Thursday, February 23, 2023`,
/// `Published: Feb. 23, 2023 9:30 a.m. ET`), which gives the publication date, and a wire dateline
/// opening the first paragraph (`WASHINGTON (AP) — The Senate...`, `KYIV, Ukraine — ...`), which
/// gives a place and perhaps an agency but no date.
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
  public static func parse(_ paragraph: String, dates: ArticleDateParser) -> Dateline? {
    let trimmed = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
    if let date = loneDate(trimmed, dates: dates) { return Dateline(date: date) }
    return wire(trimmed)
  }

  /// The date of a paragraph that is nothing but a date, with an optional `Published:` label.
  static func loneDate(_ paragraph: String, dates: ArticleDateParser) -> Date? {
    guard paragraph.utf8.count <= 80 else { return nil }
    var rest = Substring(paragraph)
    let lower = paragraph.lowercased()
    for label in labels where lower.hasPrefix(label) {
      rest = rest.dropFirst(label.count)
      break
    }
    rest = rest.drop { $0 == " " || $0 == ":" }
    if rest.lowercased().hasPrefix("on ") { rest = rest.dropFirst(3) }
    // "Feb. 23, 2023 | 9:30 AM", "Feb. 23, 2023 · 9:30 AM"
    let text = String(rest).replacingOccurrences(of: " | ", with: " ")
      .replacingOccurrences(of: " · ", with: " ").replacingOccurrences(of: " • ", with: " ")
    return dates.date(from: text)
  }

  /// A wire dateline: an upper-case place, an optional `, Region`, an optional `(Agency)`, a dash.
  static func wire(_ paragraph: String) -> Dateline? {
    let head = paragraph.prefix(120)
    guard let dash = dashRange(in: head) else { return nil }
    var lead = head[..<dash.lowerBound].trimmingCharacters(in: .whitespaces)
    let text = paragraph[dash.upperBound...].trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else { return nil }
    var agency: String?
    if lead.hasSuffix(")"), let open = lead.lastIndex(of: "(") {
      let inner = lead[lead.index(after: open)..<lead.index(before: lead.endIndex)]
      let words = inner.split(separator: " ")
      guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true })
      else { return nil }
      agency = String(inner)
      lead = lead[..<open].trimmingCharacters(in: .whitespaces)
    }
    let parts = lead.split(separator: ",", maxSplits: 1).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard let city = parts.first, isUpperCasePlace(city), !notPlaces.contains(city) else {
      return nil
    }
    var place = city
    if parts.count == 2 {
      let region = parts[1]
      let words = region.split(separator: " ")
      guard !words.isEmpty, words.count <= 4,
        words.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true })
      else { return nil }
      // `LONDON, Feb 23 (Reuters)`: a date without a year is left out of the place.
      let first = words[0].lowercased().trimmingCharacters(in: .punctuationCharacters)
      if ArticleDateParser.months[first] == nil { place += ", " + region }
    }
    return Dateline(place: place, agency: agency, text: text)
  }

  private static func dashRange(in head: Substring) -> Range<Substring.Index>? {
    for dash in [" — ", " – ", " -- ", " - ", "— ", "– "] {
      if let range = head.range(of: dash) { return range }
    }
    return nil
  }

  private static func isUpperCasePlace(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard (1...4).contains(words.count) else { return false }
    var letters = 0
    for character in text {
      if character.isLetter {
        guard character.isUppercase else { return false }
        letters += 1
      } else if !(character == " " || character == "." || character == "'" || character == "-"
        || character == "’")
      {
        return false
      }
    }
    return letters >= 2
  }

  private static let labels = [
    "last updated", "first published", "published", "updated", "posted", "dated", "date",
  ]

  private static let notPlaces: Set<String> = [
    "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "OPINION", "ANALYSIS",
    "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "FILE", "VIDEO", "PHOTOS", "NEW",
  ]
}
