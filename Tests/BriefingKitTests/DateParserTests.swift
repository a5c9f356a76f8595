import Foundation
import Testing

@testable import BriefingKit

@Suite struct DateParserTests {
  /// The moment of an ISO 8601 timestamp in UTC, with or without fractional seconds.
  static func iso(_ text: String) -> Date? {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.date(from: text) ?? ISO8601DateFormatter().date(from: text)
  }

  /// Whether `date` is the moment `expected` names, to the microsecond (fractions of a second
  /// go through floating point).
  static func isMoment(_ date: Date?, _ expected: String) -> Bool {
    guard let date, let moment = iso(expected) else { return false }
    return abs(date.timeIntervalSince(moment)) < 1e-6
  }

  @Test(arguments: [
    // ISO 8601
    ("2003-06-10T04:00:00Z", "2003-06-10T04:00:00Z"),
    ("2023-02-23T09:30:00Z", "2023-02-23T09:30:00Z"),
    ("2003-06-10T04:00:00.250+02:00", "2003-06-10T02:00:00.250Z"),
    ("2023-02-23T09:30:00.123Z", "2023-02-23T09:30:00.123Z"),
    ("2003-06-10T04:00+02:00", "2003-06-10T02:00:00Z"),
    ("2023-02-23T09:30+0100", "2023-02-23T08:30:00Z"),
    ("2003-06-10T04:00:00+0200", "2003-06-10T02:00:00Z"),
    ("2023-02-23T09:30:00+01:00", "2023-02-23T08:30:00Z"),
    ("2003-06-10 04:00:00", "2003-06-10T04:00:00Z"),
    ("2023-02-23 09:30:00", "2023-02-23T09:30:00Z"),
    ("2003-06-10T04:00:00-05", "2003-06-10T09:00:00Z"),
    ("2023-02-23T09:30:00-05", "2023-02-23T14:30:00Z"),
    ("2003-06-10", "2003-06-10T00:00:00Z"),
    ("2023-02-23", "2023-02-23T00:00:00Z"),
    ("20030610T040000Z", "2003-06-10T04:00:00Z"),
    ("20030610T0400+0100", "2003-06-10T03:00:00Z"),
    ("  2024-02-29T23:59:59Z \n", "2024-02-29T23:59:59Z"),
    ("2024-03-05 07:30:00.5 -0500 EST", "2024-03-05T12:30:00.500Z"),
    // RFC 822
    ("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z"),
    ("Thu, 23 Feb 2023 09:30:00 GMT", "2023-02-23T09:30:00Z"),
    ("Tue, 10 Jun 2003 04:00:00 +0000", "2003-06-10T04:00:00Z"),
    ("Thu, 23 Feb 2023 09:30:00 +0100", "2023-02-23T08:30:00Z"),
    ("10 Jun 2003 04:00 +0100", "2003-06-10T03:00:00Z"),
    ("Tue, 1 Jun 2003 04:00:00 EST", "2003-06-01T09:00:00Z"),
    ("23 Feb 23 09:30 EST", "2023-02-23T14:30:00Z"),
    ("Sun, 3 Mar 2024 9:15:00 PDT", "2024-03-03T16:15:00Z"),
    ("Thu, 23 Feb 2023 09:30:00 PDT", "2023-02-23T16:30:00Z"),
    ("Tuesday, 10 June 2003 04:00:00 UT", "2003-06-10T04:00:00Z"),
    ("Tue,10 Jun 03 04:00:00 -0400", "2003-06-10T08:00:00Z"),
    ("Tue, 10 Jun 2003 04:00:00 Z", "2003-06-10T04:00:00Z"),
    ("Tue, 10 Jun 2003 04:00:00 +01:00", "2003-06-10T03:00:00Z"),
    ("Mon, 4 Mar 2024 6:05 PM CET", "2024-03-04T17:05:00Z"),
    // As news pages write them
    ("Thursday, February 23, 2023", "2023-02-23T00:00:00Z"),
    ("February 23, 2023", "2023-02-23T00:00:00Z"),
    ("Feb. 23, 2023", "2023-02-23T00:00:00Z"),
    ("Sept. 4, 2023", "2023-09-04T00:00:00Z"),
    ("Sept. 4, 2019", "2019-09-04T00:00:00Z"),
    ("23 February 2023", "2023-02-23T00:00:00Z"),
    ("February 23rd, 2023", "2023-02-23T00:00:00Z"),
    ("June 10, 2003 04:00 GMT", "2003-06-10T04:00:00Z"),
    ("Feb. 23, 2023, 9:30 p.m. GMT", "2023-02-23T21:30:00Z"),
    ("February 23, 2023 at 12:05 AM UTC", "2023-02-23T00:05:00Z"),
    ("10:32 AM EST, Thu February 23, 2023", "2023-02-23T15:32:00Z"),
    ("Feb.\u{A0}23,\u{A0}2023, 9:30\u{202F}AM", "2023-02-23T09:30:00Z"),
  ])
  func readsDates(text: String, expected: String) throws {
    let date = DateParser().date(from: text)
    #expect(Self.isMoment(date, expected), "\(String(describing: date))")
  }

  @Test(arguments: [
    "", "yesterday", "not a date at all", "12345", "February 23", "10:32 AM EST",
    "2023-02-30", "2023-13-01", "2003-13-01T00:00:00Z", "2023-02-23T25:00", "0001-01-01",
    "February 30, 2023", "Tue, 32 Jun 2003 04:00:00 GMT", "Feb 23, 20233",
    "13:30 PM, February 23, 2023", "23/02/2023", "Thursday — February 23, 2023",
    "The talks began on February 23, 2023", "Published February 23, 2023",
  ])
  func rejectsWhatIsNotADate(text: String) {
    #expect(DateParser().date(from: text) == nil)
  }

  @Test(arguments: [
    ("2023-02-23", "2023-02-22T23:00:00Z"),
    ("Thursday, February 23, 2023", "2023-02-22T23:00:00Z"),
    ("2023-07-01T09:00:00", "2023-07-01T07:00:00Z"),
    ("2024-07-01 12:00", "2024-07-01T10:00:00Z"),
    ("2024-01-15T12:00:00", "2024-01-15T11:00:00Z"),
    ("2023-07-01T09:00:00Z", "2023-07-01T09:00:00Z"),
    ("2024-01-15T12:00:00Z", "2024-01-15T12:00:00Z"),
    ("Feb. 23, 2023, 9:30 a.m. CET", "2023-02-23T08:30:00Z"),
  ])
  func readsDatesWithoutAZoneInTheDefaultZone(text: String, expected: String) throws {
    let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
    let date = DateParser(defaultTimeZone: berlin).date(from: text)
    #expect(Self.isMoment(date, expected), "\(String(describing: date))")
  }

  @Test func readsZonesThatFollowDaylightSavingTime() {
    let parser = DateParser()
    #expect(Self.isMoment(parser.date(from: "Jan. 5, 2024, 9:30 a.m. ET"), "2024-01-05T14:30:00Z"))
    #expect(Self.isMoment(parser.date(from: "July 5, 2024, 9:30 a.m. ET"), "2024-07-05T13:30:00Z"))
  }
}
