import Foundation
import Testing

@testable import BriefingKit

@Suite struct IngestDateTests {
  static let utc = ArticleDateParser()

  static func iso(_ text: String) -> Date? {
    try? Date(text, strategy: .iso8601)
  }

  @Test(arguments: [
    ("2023-02-23", "2023-02-23T00:00:00Z"),
    ("2023-02-23T09:30:00Z", "2023-02-23T09:30:00Z"),
    ("2023-02-23T09:30:00.123Z", "2023-02-23T09:30:00Z"),
    ("2023-02-23T09:30:00+01:00", "2023-02-23T08:30:00Z"),
    ("2023-02-23T09:30+0100", "2023-02-23T08:30:00Z"),
    ("2023-02-23 09:30:00", "2023-02-23T09:30:00Z"),
    ("2023-02-23T09:30:00-05", "2023-02-23T14:30:00Z"),
    ("Thu, 23 Feb 2023 09:30:00 GMT", "2023-02-23T09:30:00Z"),
    ("Thu, 23 Feb 2023 09:30:00 +0100", "2023-02-23T08:30:00Z"),
    ("23 Feb 23 09:30 EST", "2023-02-23T14:30:00Z"),
    ("Thu, 23 Feb 2023 09:30:00 PDT", "2023-02-23T16:30:00Z"),
    ("Thursday, February 23, 2023", "2023-02-23T00:00:00Z"),
    ("February 23, 2023", "2023-02-23T00:00:00Z"),
    ("Feb. 23, 2023", "2023-02-23T00:00:00Z"),
    ("Sept. 4, 2019", "2019-09-04T00:00:00Z"),
    ("23 February 2023", "2023-02-23T00:00:00Z"),
    ("February 23rd, 2023", "2023-02-23T00:00:00Z"),
    ("Feb. 23, 2023, 9:30 p.m. GMT", "2023-02-23T21:30:00Z"),
    ("February 23, 2023 at 12:05 AM UTC", "2023-02-23T00:05:00Z"),
    ("10:32 AM EST, Thu February 23, 2023", "2023-02-23T15:32:00Z"),
  ])
  func readsDates(text: String, expected: String) throws {
    #expect(Self.utc.date(from: text) == Self.iso(expected))
  }

  @Test(arguments: [
    "", "yesterday", "February 23", "2023-02-30", "2023-13-01", "February 30, 2023",
    "The talks began on February 23, 2023", "Published February 23, 2023", "23/02/2023",
    "Thursday — February 23, 2023", "2023-02-23T25:00", "Feb 23, 20233",
    "13:30 PM, February 23, 2023", "10:32 AM EST",
  ])
  func rejectsWhatIsNotADate(text: String) {
    #expect(Self.utc.date(from: text) == nil)
  }

  @Test func readsDatesWithoutOffsetInTheConfiguredZone() throws {
    let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
    let parser = ArticleDateParser(timeZone: berlin)
    #expect(parser.date(from: "2023-02-23") == Self.iso("2023-02-22T23:00:00Z"))
    #expect(parser.date(from: "Thursday, February 23, 2023") == Self.iso("2023-02-22T23:00:00Z"))
    #expect(parser.date(from: "2023-07-01T09:00:00") == Self.iso("2023-07-01T07:00:00Z"))
    #expect(parser.date(from: "2023-07-01T09:00:00Z") == Self.iso("2023-07-01T09:00:00Z"))
  }

  @Test(arguments: [
    ("Thursday, February 23, 2023", "2023-02-23T00:00:00Z"),
    ("Published: Feb. 23, 2023", "2023-02-23T00:00:00Z"),
    ("Updated on February 23, 2023 9:30 AM GMT", "2023-02-23T09:30:00Z"),
    ("Posted 2023-02-23", "2023-02-23T00:00:00Z"),
    ("Updated 10:32 AM EST, Thu February 23, 2023", "2023-02-23T15:32:00Z"),
    ("Feb. 23, 2023 | 9:30 AM", "2023-02-23T09:30:00Z"),
  ])
  func readsLoneDatelines(paragraph: String, expected: String) throws {
    let dateline = try #require(Dateline.parse(paragraph, dates: Self.utc))
    #expect(dateline.date == Self.iso(expected))
    #expect(dateline.place == nil)
    #expect(dateline.text == "")
  }

  @Test(
    arguments: [
      (
        "WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON", "AP",
        "The Senate voted on Tuesday."
      ),
      (
        "KYIV, Ukraine (AP) — Air raid sirens sounded.", "KYIV, Ukraine", "AP",
        "Air raid sirens sounded."
      ),
      ("LONDON, Feb 23 (Reuters) - Shares fell.", "LONDON", "Reuters", "Shares fell."),
      ("NEW YORK — Stocks rose on Monday.", "NEW YORK", nil, "Stocks rose on Monday."),
    ] as [(String, String, String?, String)])
  func readsWireDatelinesAsPlaceNotDate(
    paragraph: String, place: String, agency: String?, text: String
  ) throws {
    let dateline = try #require(Dateline.parse(paragraph, dates: Self.utc))
    #expect(dateline.date == nil)
    #expect(dateline.place == place)
    #expect(dateline.agency == agency)
    #expect(dateline.text == text)
  }

  @Test(arguments: [
    "The Senate voted on Tuesday — after a long debate.",
    "BREAKING — The Senate voted.",
    "NASA (the space agency) — which is based in Washington — said so.",
    "On February 23, 2023, the talks began.",
    "Evansville, Indiana, United States - This past week marked the opening.",
  ])
  func findsNoDatelineInOrdinaryText(paragraph: String) {
    #expect(Dateline.parse(paragraph, dates: Self.utc) == nil)
  }

  @Test(arguments: [
    ("By Jane Doe", "Jane Doe"),
    ("By Jane Doe and John Roe, Reuters", "Jane Doe and John Roe"),
    ("BY JANE DOE | Associated Press", "Jane Doe"),
    ("By Jean-Luc de la Tour", "Jean-Luc de la Tour"),
    ("By Martin Luther King Jr.", "Martin Luther King Jr."),
  ])
  func readsBylines(paragraph: String, author: String) {
    #expect(Byline.author(in: paragraph) == author)
  }

  @Test(arguments: [
    "By Tuesday, the fighting had stopped.", "By contrast, the Senate waited.",
    "By 2030 the plant will close.", "By then, it was too late.", "By Far The Best",
    "Bystanders Ran Away", "By Him.",
  ])
  func findsNoBylineInOrdinaryText(paragraph: String) {
    #expect(Byline.author(in: paragraph) == nil)
  }
}
