import Foundation
import Testing

@testable import BriefingKit

/// The ingestion helpers that replace Foundation calls on the hot path give what those calls gave.
@Suite struct IngestFastPathTests {
  @Test func whitespaceIsFoundations() {
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(
        UnicodeWhitespace.isSpace(scalar) == CharacterSet.whitespaces.contains(scalar),
        "U+\(String(value, radix: 16))")
      #expect(
        UnicodeWhitespace.isSpaceOrNewline(scalar)
          == CharacterSet.whitespacesAndNewlines.contains(scalar),
        "U+\(String(value, radix: 16))")
    }
  }

  @Test func trimmingIsFoundations() {
    var generator = SplitMix(seed: 9)
    let pieces = [
      " ", "\t", "\n", "\r\n", "\u{00A0}", "\u{2009}", "\u{3000}", "\u{2028}", "\u{85}", "a", "é",
      "“", "\u{0301}", "word", ".", "\u{0B}", "\u{1F}", "\u{200B}", "\u{FEFF}",
    ]
    for _ in 0..<3000 {
      let text = (0..<Int(generator.next() % 8)).map { _ in
        pieces[Int(generator.next() % UInt64(pieces.count))]
      }.joined()
      #expect(UnicodeWhitespace.trimming(text) == text.trimmingCharacters(in: .whitespaces))
      #expect(
        UnicodeWhitespace.trimming(text, newlines: true)
          == text.trimmingCharacters(in: .whitespacesAndNewlines))
      let part = text.dropFirst()
      #expect(UnicodeWhitespace.trimming(part) == part.trimmingCharacters(in: .whitespaces))
    }
  }

  @Test(arguments: ["GMT", "UTC", "GMT+0100", "GMT-0530", "GMT+1400", "Europe/Berlin"])
  func momentsAreTheCalendars(zoneName: String) throws {
    let zone = try #require(TimeZone(identifier: zoneName))
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    var generator = SplitMix(seed: 21)
    for _ in 0..<3000 {
      let year = 1600 + Int(generator.next() % 8400)
      let month = 1 + Int(generator.next() % 12)
      let day = 1 + Int(generator.next() % 31)
      let time = ClockTime(
        hour: Int(generator.next() % 24), minute: Int(generator.next() % 60),
        second: Int(generator.next() % 61))
      let moment = DateParser.moment(year: year, month: month, day: day, time: time, zone: zone)
      let components = DateComponents(
        year: year, month: month, day: day, hour: time.hour, minute: time.minute,
        second: min(time.second, 59))
      let date = try #require(calendar.date(from: components))
      let valid = calendar.component(.day, from: date) == day
      #expect((moment != nil) == valid, "\(year)-\(month)-\(day)")
      if valid { #expect(moment == date, "\(year)-\(month)-\(day) \(time)") }
    }
    #expect(
      DateParser.moment(year: 999, month: 1, day: 1, time: ClockTime(), zone: zone) == nil)
  }

  @Test func asciiDatelinesReadAsWithFoundation() {
    let dates = DateParser()
    let lines = [
      "Thursday, February 23, 2023", "Published: Feb. 23, 2023 9:30 a.m. ET",
      "PUBLISHED Feb 23, 2023 | 9:30 AM", "Updated on 23 February 2023", "Last updated: 2023-02-23",
      "posted: on Mar 3 2024", "Date: 2024-03-14T09:30:00+01:00", "2023-02-23 | | 10:00",
      "dated 31 April 2023", "First published  :  1 Jan 1999",
      "On Friday, Nov 3, 2023 at 5:02 pm EST",
      "Feb 29, 2023", "Feb 29, 2024", "published | Feb 23, 2023",
      "Updated 10:32 AM EST, Thu February 23, 2023",
      "Posted 5 min ago", "1999", "In 2023 it rained",
      // Bytes no date holds, turned down before the date parser.
      "Feb 23, 2023 (AP)", "Thursday, February 23, 2023!", "3/4/2023", "Feb 23, 2023; 9:30",
      "Published: 'Feb 23, 2023'", "Feb 23, 2023 |", "Feb 23, 2023 | 9:30 AM", "Feb\t23,\t2023",
      "Feb 23, 2023 9:30 AM -0500", "2023-02-23T09:30:00+01:00\n",
    ]
    for line in lines {
      #expect(
        Dateline.asciiLoneDate(Array(line.utf8), dates: dates)
          == Dateline.labelledDate(line, dates: dates), "\(line)")
    }
  }
}
