import Foundation
import Testing

@testable import BriefingKit

/// The lone dateline and the byline at the head of an article.
@Suite struct HeadLineTests {
  static let utc = DateParser()

  static func iso(_ text: String) -> Date? {
    try? Date(text, strategy: .iso8601)
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
      (
        "Evansville, Indiana, United States - This past week marked the opening.",
        "Evansville, Indiana, United States", nil, "This past week marked the opening."
      ),
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
    "UPDATE - The Senate voted.",
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
