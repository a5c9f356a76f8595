import Foundation
import Testing

@testable import BriefingKit

/// Hand-built extraction results for selection tests.
enum SelectionFixture {
  static func article(
    _ id: String, title: String? = nil, body: [String] = ["Body text."],
    published: TimeInterval? = nil, quotes: [KeyQuote] = [], figures: [Figure] = [],
    lede: [String] = []
  ) -> ExtractedArticle {
    ExtractedArticle(
      article: Article(
        id: id, title: title ?? "Story \(id)", source: "Wire", url: "https://example.org/\(id)",
        published: published.map { Date(timeIntervalSince1970: $0) }, paragraphs: body,
        origin: "/tmp/\(id).txt"),
      quotes: quotes, figures: figures, lede: lede)
  }

  static func quote(
    _ text: String, by speaker: String? = nil, role: String? = nil, kind: KeyQuote.Kind = .direct,
    paragraph: Int = 0, salience: Double = 0
  ) -> KeyQuote {
    KeyQuote(
      text: text, speaker: speaker, role: role, cue: "said", kind: kind, paragraph: paragraph,
      salience: salience)
  }

  static func figure(
    _ text: String, _ value: Double?, _ unit: String?, kind: Figure.Kind = .count,
    paragraph: Int = 0, salience: Double = 0
  ) -> Figure {
    Figure(
      text: text, value: value, unit: unit, kind: kind, sentence: "It was \(text).",
      paragraph: paragraph, salience: salience)
  }

  static let longQuote = "we will keep working until every hostage is home"
}

@Suite struct SelectionTests {
  typealias F = SelectionFixture

  func ids(_ briefing: Briefing) -> [String] {
    briefing.stories.flatMap(\.articleIDs)
  }

  @Test(arguments: [
    (["gaza"], [String](), ["a"]),
    (["GAZA"], [], ["a"]),
    (["ceasefire talks"], [], ["b"]),
    (["gazans"], [], ["c"]),
    (["gaza"], ["Gazans"], ["a"]),
    ([], ["gaza"], ["b", "c"]),
    (["talks"], ["hostage"], ["b"]),
    (["crane", "gaza"], [], ["a", "c"]),
  ])
  func filtersByWholeWordKeywords(include: [String], exclude: [String], expected: [String]) {
    let articles = [
      F.article("a", title: "Aid reaches Gaza", body: ["A hostage deal is near."]),
      F.article("b", title: "Ceasefire\ntalks resume", body: ["Talks in Doha."]),
      F.article("c", title: "Crane collapse", body: ["Aid for Gazans was not affected."]),
    ]
    let spec = BriefingSpec(name: "x", title: "X", include: include, exclude: exclude, sort: .time)
    let briefing = StorySelector().select(articles, for: spec, date: "2026-11-24")
    #expect(Set(ids(briefing)) == Set(expected))
  }

  @Test func keywordNeedsWordBoundaries() {
    #expect(KeywordFilter.contains("art", in: "The art show"))
    #expect(!KeywordFilter.contains("art", in: "A startling party"))
    #expect(KeywordFilter.contains("u.s.", in: "The U.S. said"))
    #expect(KeywordFilter.contains("gaza", in: "Gaza-bound"))
    #expect(!KeywordFilter.contains("gaza", in: "Gazans"))
  }

  @Test func ranksBySalienceWithTiesByTitleThenID() {
    let rich = F.article(
      "rich", title: "Zeta",
      quotes: [
        F.quote(F.longQuote, by: "Ann Lee"), F.quote("this is only the start of it", by: "Bo Chan"),
      ],
      figures: [F.figure("74 Americans", 74, "Americans")], lede: ["Something happened."])
    let tieB = F.article("b", title: "Alpha")
    let tieA = F.article("a", title: "Alpha")
    let other = F.article("c", title: "Beta")
    let spec = BriefingSpec(name: "x", title: "X")
    let briefing = StorySelector().select([other, tieB, tieA, rich], for: spec, date: "2026-11-24")
    #expect(ids(briefing) == ["rich", "a", "b", "c"])
  }

  @Test func sortsByTimeNewestFirstUndatedLast() {
    let articles = [
      F.article("old", published: 1_000), F.article("undated"), F.article("new", published: 3_000),
      F.article("mid-b", title: "B", published: 2_000),
      F.article("mid-a", title: "A", published: 2_000),
    ]
    let spec = BriefingSpec(name: "x", title: "X", sort: .time)
    let briefing = StorySelector().select(articles, for: spec, date: "2026-11-24")
    #expect(ids(briefing) == ["new", "mid-a", "mid-b", "old", "undated"])
  }

  /// A file's modification time orders stories but is not shown as their date.
  @Test func showsNoDateForAFileTime() {
    var copied = F.article("copied", published: 2_000)
    copied.article.publishedIsFileTime = true
    let articles = [F.article("dated", published: 1_000), copied]
    let spec = BriefingSpec(name: "x", title: "X", sort: .time)
    let briefing = StorySelector().select(articles, for: spec, date: "2026-11-24")
    #expect(ids(briefing) == ["copied", "dated"])
    #expect(briefing.stories.map(\.published) == [nil, Date(timeIntervalSince1970: 1_000)])
  }

  @Test func cutsToMaxStories() {
    let articles = (1...5).map { F.article("s\($0)", published: Double($0)) }
    let spec = BriefingSpec(name: "x", title: "X", maxStories: 2, sort: .time)
    #expect(ids(StorySelector().select(articles, for: spec, date: "2026-11-24")) == ["s5", "s4"])
  }

  @Test func sameInputInAnyOrderGivesSameBriefing() {
    let articles = (0..<8).map { index in
      F.article(
        "id\(index)", title: index % 2 == 0 ? "Same title" : "Title \(index)",
        quotes: index % 3 == 0 ? [F.quote(F.longQuote, by: "Ann Lee")] : [])
    }
    let spec = BriefingSpec(name: "x", title: "X", maxStories: 5)
    let first = StorySelector().select(articles, for: spec, date: "2026-11-24")
    let second = StorySelector().select(articles.reversed(), for: spec, date: "2026-11-24")
    #expect(first == second)
  }

  @Test func carriesSpecAndTimeZoneIntoBriefing() {
    let zone = TimeZone(identifier: "Europe/Berlin") ?? .gmt
    let spec = BriefingSpec(name: "exec", title: "Executive briefing", showLede: false)
    let briefing = StorySelector(timeZone: zone).select(
      [F.article("a")], for: spec, date: "2026-11-24")
    #expect(briefing.name == "exec")
    #expect(briefing.title == "Executive briefing")
    #expect(briefing.date == "2026-11-24")
    #expect(briefing.showsLede == false)
    #expect(briefing.timeZone == zone)
    #expect(briefing.stories.first?.url == "https://example.org/a")
    #expect(briefing.stories.first?.source == "Wire")
  }
}

@Suite struct SelectionQuoteTests {
  typealias F = SelectionFixture

  func texts(_ quotes: [KeyQuote]) -> [String] { quotes.map(\.text) }

  @Test func givesEachSpeakerAQuoteBeforeAnyGetsASecond() {
    let quotes = [
      F.quote("first thing the minister said today", by: "Ann Lee", salience: 0.9),
      F.quote("second thing the minister said today", by: "Ann Lee", salience: 0.8),
      F.quote("what the opposition leader said today", by: "Bo Chan", salience: 0.2),
      F.quote("third thing the minister said today", by: "Lee", salience: 0.7),
    ]
    let chosen = QuoteChooser(limit: 3).choose(from: quotes)
    #expect(
      texts(chosen) == [
        "first thing the minister said today", "what the opposition leader said today",
        "second thing the minister said today",
      ])
  }

  @Test func countsSurnameAndFullNameAsOneSpeaker() {
    #expect(
      QuoteChooser.speakerKeys(["Antony Blinken", "Blinken", nil]) == [
        "antony blinken", "antony blinken", "",
      ])
  }

  @Test func prefersNamedSpeakersAndSubstantiveDirectQuotes() {
    let quotes = [
      F.quote("a fragment of three", by: "Ann Lee", kind: .partial, salience: 0.9),
      F.quote("this is a whole statement of substance", by: "a spokesperson", salience: 0.9),
      F.quote("this is a whole statement by a named person", by: "Bo Chan", salience: 0.1),
    ]
    let chosen = QuoteChooser(limit: nil).choose(from: quotes)
    #expect(
      texts(chosen) == [
        "this is a whole statement by a named person", "a fragment of three",
        "this is a whole statement of substance",
      ])
  }

  @Test func neverShowsAnUnattributedQuoteWhenAnotherHasASpeaker() {
    let quotes = [
      F.quote("an unattributed but very long and salient statement", salience: 5),
      F.quote("a short attributed statement here", by: "Ann Lee"),
    ]
    #expect(
      texts(QuoteChooser(limit: 2).choose(from: quotes)) == ["a short attributed statement here"])
    let alone = [F.quote("an unattributed but very long statement")]
    #expect(
      texts(QuoteChooser(limit: 2).choose(from: alone)) == [
        "an unattributed but very long statement"
      ])
  }

  @Test func dropsFragmentsIndirectSpeechAndRepeats() {
    let quotes = [
      F.quote("cease-fire", by: "Ann Lee", kind: .partial),
      F.quote("very much", by: "Ann Lee", kind: .partial),
      F.quote("the pause was necessary", by: "Ann Lee", kind: .indirect),
      F.quote("We will not stop, not now.", by: "Bo Chan"),
      F.quote("we will not stop — not now", by: "Bo Chan", paragraph: 4),
      F.quote("on the agenda for talks", by: "Ann Lee", kind: .partial),
    ]
    #expect(
      texts(QuoteChooser(limit: nil).choose(from: quotes)) == [
        "We will not stop, not now.", "on the agenda for talks",
      ])
  }

  @Test(arguments: [0, 1, 2])
  func cutsToLimit(limit: Int) {
    let quotes = (0..<4).map { F.quote("statement number \($0) of the day", by: "Speaker \($0)") }
    #expect(QuoteChooser(limit: limit).choose(from: quotes).count == limit)
  }

  @Test func breaksTiesByParagraphThenReadingOrder() {
    let quotes = [
      F.quote("later paragraph statement here", by: "Ann Lee", paragraph: 5),
      F.quote("earlier paragraph statement here", by: "Bo Chan", paragraph: 1),
      F.quote("same paragraph but second", by: "Cy Dee", paragraph: 1),
    ]
    #expect(
      texts(QuoteChooser(limit: nil).choose(from: quotes)) == [
        "earlier paragraph statement here", "same paragraph but second",
        "later paragraph statement here",
      ])
  }
}

@Suite struct SelectionFigureTests {
  typealias F = SelectionFixture

  @Test func choosesMostSalientDistinctFiguresInReadingOrder() {
    let figures = [
      F.figure("2023", 2023, "year", kind: .year, paragraph: 0, salience: 0.1),
      F.figure("more than 240 hostages", 240, "hostages", paragraph: 1, salience: 0.9),
      F.figure("$1.2 billion", 1.2e9, "USD", kind: .money, paragraph: 2, salience: 0.8),
      F.figure("240 hostages", 240, "Hostages", paragraph: 3, salience: 0.7),
      F.figure("74 Americans", 74, "Americans", paragraph: 4, salience: 0.5),
    ]
    let chosen = FigureChooser(limit: 2).choose(from: figures)
    #expect(chosen.map(\.text) == ["more than 240 hostages", "$1.2 billion"])
    let all = FigureChooser(limit: nil).choose(from: figures)
    #expect(all.map(\.text) == ["2023", "more than 240 hostages", "$1.2 billion", "74 Americans"])
  }

  @Test func breaksSalienceTiesByKindThenReadingOrder() {
    let figures = [
      F.figure("October 7", nil, "date", kind: .date, paragraph: 0),
      F.figure("45%", 45, "percent", kind: .percent, paragraph: 1),
      F.figure("€300m", 3e8, "EUR", kind: .money, paragraph: 2),
      F.figure("12 people", 12, "people", paragraph: 3),
    ]
    #expect(FigureChooser(limit: 2).choose(from: figures).map(\.text) == ["€300m", "12 people"])
  }

  @Test func keepsSameValueWithOtherUnits() {
    let figures = [
      F.figure("12 people", 12, "people"), F.figure("12 percent", 12, "percent", kind: .percent),
    ]
    #expect(FigureChooser(limit: nil).choose(from: figures).count == 2)
  }
}

@Suite struct SelectionLedeTests {
  typealias F = SelectionFixture

  @Test(arguments: [
    (["One two three four five."], Int?.none, "One two three four five."),
    (["One two three four five."], 5, "One two three four five."),
    (["One two three four five."], 3, "One two three…"),
    (["One, two; three four."], 2, "One, two…"),
    (["One two,", "three four."], 2, "One two…"),
    (["First  sentence\nhere.", "Second one."], nil, "First sentence here. Second one."),
    (["Anything at all."], 0, ""),
    // In the last third of the limit: a sentence's end, else a clause's end.
    (
      ["The minister resigned on Sunday after a row. Mr. Smith said he was sorry and left."], 10,
      "The minister resigned on Sunday after a row."
    ),
    (
      ["The minister resigned on Sunday after a long row with colleagues, aides said."], 11,
      "The minister resigned on Sunday after a long row with colleagues…"
    ),
    (
      ["It was agreed by the U.S. Senate on a vote of the whole chamber."], 10,
      "It was agreed by the U.S. Senate on a vote…"
    ),
  ])
  func cutsAtWordBoundaryWithEllipsis(lede: [String], maxWords: Int?, expected: String) {
    #expect(LedeTrimmer(maxWords: maxWords).lede(of: F.article("a", lede: lede)) == expected)
  }

  @Test func fallsBackToFirstRealParagraph() {
    let article = F.article(
      "a",
      body: [
        "", "Tuesday, January 28, 2014", "The first paragraph says what happened and where.",
        "More.",
      ])
    #expect(LedeTrimmer(maxWords: 4).lede(of: article) == "The first paragraph says…")
    let short = F.article("b", body: ["", "Only a dateline", "More."])
    #expect(LedeTrimmer(maxWords: nil).lede(of: short) == "Only a dateline")
  }

  @Test func storiesUseSpecLimits() {
    let article = F.article(
      "a",
      quotes: (0..<3).map { F.quote("statement number \($0) of the day", by: "Speaker \($0)") },
      figures: (0..<4).map { F.figure("\($0) people", Double($0), "people", paragraph: $0) },
      lede: ["A long lede of many words indeed."])
    let spec = BriefingSpec(
      name: "x", title: "X", maxQuotesPerStory: 1, maxFiguresPerStory: 2, maxWords: 3)
    let story = StorySelector().select([article], for: spec, date: "2026-11-24").stories[0]
    #expect(story.quotes.count == 1)
    #expect(story.figures.map(\.text) == ["0 people", "1 people"])
    #expect(story.lede == "A long lede…")
  }
}
