import Foundation
import Testing

@testable import BriefingKit

@Suite struct DateParserTests {
  static func iso(_ text: String) -> Date? {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.date(from: text)
      ?? ISO8601DateFormatter().date(from: text)
  }

  @Test(arguments: [
    ("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z"),
    ("Tue, 10 Jun 2003 04:00:00 +0000", "2003-06-10T04:00:00Z"),
    ("10 Jun 2003 04:00 +0100", "2003-06-10T03:00:00Z"),
    ("Tue, 1 Jun 2003 04:00:00 EST", "2003-06-01T09:00:00Z"),
    ("Sun, 3 Mar 2024 9:15:00 PDT", "2024-03-03T16:15:00Z"),
    ("Tuesday, 10 June 2003 04:00:00 UT", "2003-06-10T04:00:00Z"),
    ("Tue,10 Jun 03 04:00:00 -0400", "2003-06-10T08:00:00Z"),
    ("Tue, 10 Jun 2003 04:00:00 Z", "2003-06-10T04:00:00Z"),
    ("Tue, 10 Jun 2003 04:00:00 +01:00", "2003-06-10T03:00:00Z"),
    ("Mon, 4 Mar 2024 6:05 PM CET", "2024-03-04T17:05:00Z"),
    ("June 10, 2003 04:00 GMT", "2003-06-10T04:00:00Z"),
    ("Sept. 4, 2023", "2023-09-04T00:00:00Z"),
    ("2003-06-10T04:00:00Z", "2003-06-10T04:00:00Z"),
    ("2003-06-10T04:00:00.250+02:00", "2003-06-10T02:00:00.250Z"),
    ("2003-06-10T04:00+02:00", "2003-06-10T02:00:00Z"),
    ("2003-06-10T04:00:00+0200", "2003-06-10T02:00:00Z"),
    ("2003-06-10 04:00:00", "2003-06-10T04:00:00Z"),
    ("2003-06-10T04:00:00-05", "2003-06-10T09:00:00Z"),
    ("2003-06-10", "2003-06-10T00:00:00Z"),
    ("20030610T040000Z", "2003-06-10T04:00:00Z"),
    ("  2024-02-29T23:59:59Z \n", "2024-02-29T23:59:59Z"),
  ])
  func readsRealWorldDates(text: String, expected: String) throws {
    let date = try #require(DateParser().date(from: text))
    #expect(date == Self.iso(expected))
  }

  @Test(arguments: [
    "", "yesterday", "not a date at all", "2023-02-30", "Tue, 32 Jun 2003 04:00:00 GMT",
    "2003-13-01T00:00:00Z", "12345",
  ])
  func rejectsNonDates(text: String) {
    #expect(DateParser().date(from: text) == nil)
  }

  @Test func readsZonelessDatesInTheDefaultZone() throws {
    let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
    let parser = DateParser(defaultTimeZone: berlin)
    #expect(parser.date(from: "2024-07-01 12:00") == Self.iso("2024-07-01T10:00:00Z"))
    #expect(parser.date(from: "2024-01-15T12:00:00") == Self.iso("2024-01-15T11:00:00Z"))
    #expect(parser.date(from: "2024-01-15T12:00:00Z") == Self.iso("2024-01-15T12:00:00Z"))
  }
}
