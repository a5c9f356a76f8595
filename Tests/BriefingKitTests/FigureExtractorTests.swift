import Foundation
import Testing

@testable import BriefingKit

/// One expected figure: the sentence it is found in, and its text, value, unit and kind.
struct FigureCase: Sendable, CustomTestStringConvertible {
  var sentence: String
  var text: String
  var value: Double?
  var unit: String?
  var kind: Figure.Kind

  init(_ sentence: String, _ text: String, _ value: Double?, _ unit: String?, _ kind: Figure.Kind) {
    self.sentence = sentence
    self.text = text
    self.value = value
    self.unit = unit
    self.kind = kind
  }

  var testDescription: String { text }
}

@Suite struct FigureExtractorTests {
  static func figures(_ paragraphs: [String], published: Date? = nil) -> [Figure] {
    FigureExtractor().figures(
      in: ArticleText(title: "Test", paragraphs: paragraphs), published: published)
  }

  static let cases: [FigureCase] = [
    // Counts with what they count, qualifiers kept.
    FigureCase(
      "Hamas still holds more than 240 hostages, officials said.", "more than 240 hostages", 240,
      "hostages", .count),
    FigureCase("Today we took out 74 Americans.", "74 Americans", 74, "Americans", .count),
    FigureCase(
      "Talks aim to free dozens of hostages held in the tunnels.", "dozens of hostages", nil,
      "hostages", .count),
    FigureCase(
      "Hundreds of protesters gathered outside the court.", "Hundreds of protesters", nil,
      "protesters", .count),
    FigureCase("Hundreds were killed in the quake.", "Hundreds were killed", nil, "deaths", .count),
    FigureCase("Thousands evacuated on Sunday.", "Thousands evacuated", nil, "evacuated", .count),
    FigureCase("A dozen officers searched the house.", "A dozen officers", 12, "officers", .count),
    FigureCase(
      "The ministry hired twenty-five inspectors this spring.", "twenty-five inspectors", 25,
      "inspectors", .count),
    FigureCase(
      "More than two billion people live in such regions.", "More than two billion people", 2e9,
      "people", .count),
    FigureCase("Nearly 400 families were moved.", "Nearly 400 families", 400, "families", .count),
    FigureCase("It has about 80 members.", "about 80 members", 80, "members", .count),
    FigureCase("Up to 30 ships may join.", "Up to 30 ships", 30, "ships", .count),
    FigureCase("At least 12 miners were trapped.", "At least 12 miners", 12, "miners", .count),
    FigureCase(
      "The fund now backs some 1,200 start-ups.", "some 1,200 start-ups", 1200, "start-ups",
      .count),
    FigureCase("Roughly 90 stalls opened.", "Roughly 90 stalls", 90, "stalls", .count),
    FigureCase("Dockworkers at 36 US ports walked out.", "36 US ports", 36, "ports", .count),
    FigureCase("Almost 70 lawyers signed.", "Almost 70 lawyers", 70, "lawyers", .count),
    FigureCase("Only 18 senators opposed it.", "Only 18 senators", 18, "senators", .count),
    FigureCase("Claims rose to over 150,000.", "over 150,000", 150_000, nil, .count),
    FigureCase("Cases rose to 42,200, up from 941.", "941", 941, nil, .count),
    FigureCase("Sales fell to 300 from 450 a year earlier.", "450", 450, nil, .count),
    FigureCase("Profit was $680 million a year earlier.", "$680 million", 680e6, "USD", .money),
    FigureCase("A crowd of 60,000 is expected.", "crowd of 60,000", 60_000, "crowd", .count),
    FigureCase(
      "Two died and three others were hurt.", "three others", 3, "others", .count),
    FigureCase(
      "The party won 48 of the 200 seats.", "48 of the 200 seats", 48, "seats", .count),
    FigureCase("She made 13 of 21 shots.", "13 of 21 shots", 13, "shots", .count),
    FigureCase("She won two Grammy Awards.", "two Grammy Awards", 2, "Grammy Awards", .count),
    FigureCase(
      "They won five of their last six matches.", "five of their last six matches", 5, "matches",
      .count),
    FigureCase(
      "Three of the four victims were children.", "Three of the four victims", 3, "victims",
      .count),
    FigureCase(
      "Police put the figure at 240,000.", "figure at 240,000", 240_000, "figure", .count),
    FigureCase(
      "Officials put the death toll at 2,053.", "toll at 2,053", 2_053, "toll", .count),
    FigureCase(
      "The Dow fell 120 points, or 0.4%, to 35,012.", "35,012", 35_012, nil, .count),
    FigureCase(
      "The town has a population of 12,500.", "population of 12,500", 12_500, "population", .count),
    FigureCase(
      "An estimated audience of 4,000 watched.", "audience of 4,000", 4_000, "audience", .count),
    FigureCase(
      "The flood destroyed three remaining river bridges near the town.",
      "three remaining river bridges", 3, "bridges", .count),
    FigureCase(
      "A fire swept the tower, killing 107 or more and wounding 238.", "killing 107 or more",
      107, "deaths", .count),
    FigureCase("The ferry sank, killing all six aboard.", "killing all six", 6, "deaths", .count),
    FigureCase(
      "The 1.2m people affected need water.", "1.2m people", 1_200_000, "people", .count),
    // Money
    FigureCase(
      "The firm agreed a $1.2 billion settlement.", "$1.2 billion settlement", 1.2e9, "USD",
      .money),
    FigureCase("The club paid €300m for the site.", "€300m", 3e8, "EUR", .money),
    FigureCase("He was fined £5,000 by the court.", "£5,000", 5000, "GBP", .money),
    FigureCase(
      "She was released on US$20,000 bail on Monday.", "US$20,000 bail", 20000, "USD", .money),
    FigureCase(
      "The schools owe over 422,000 euros in arrears.", "over 422,000 euros", 422_000, "EUR",
      .money),
    FigureCase("The state spent Rs 5 crore on roads.", "Rs 5 crore", 5e7, "INR", .money),
    FigureCase("Shares closed at 45.20 dollars.", "45.20 dollars", 45.2, "USD", .money),
    FigureCase("Earnings were 85 cents a share.", "85 cents", 0.85, "USD", .money),
    FigureCase("The deal is worth $2bn.", "$2bn", 2e9, "USD", .money),
    // Percentages and points
    FigureCase("Only 10 per cent of salt is iodised.", "Only 10 per cent", 10, "percent", .percent),
    FigureCase("Acceptance is above 95%.", "above 95%", 95, "percent", .percent),
    FigureCase(
      "Rates rose by 3 percentage points.", "3 percentage points", 3, "percentage points",
      .percent),
    FigureCase("Turnout fell 12 percent.", "12 percent", 12, "percent", .percent),
    FigureCase("Shares closed at 245p.", "245p", 2.45, "GBP", .money),
    FigureCase("Unemployment fell to 3.7pc.", "3.7pc", 3.7, "percent", .percent),
    FigureCase("One in five adults smoke.", "One in five adults", 20, "percent", .percent),
    // Ranges
    FigureCase(
      "The form runs from ten to 32 pages.", "ten to 32 pages", 10, "pages", .count),
    FigureCase(
      "It asks 40 to 50 questions in English.", "40 to 50 questions", 40, "questions", .count),
    FigureCase("Officials expect 20 to 30 boats.", "20 to 30 boats", 20, "boats", .count),
    FigureCase(
      "They scored one or two points each.", "one or two points", 1, "points", .count),
    FigureCase(
      "The club finished third in the 2012–13 season.", "2012–13 season", 2012, "season", .year),
    // Measurements
    FigureCase(
      "They drove about 500 miles to the capital.", "about 500 miles", 500, "miles", .measurement),
    FigureCase("The route is 800 km long.", "800 km", 800, "km", .measurement),
    FigureCase("The probe weighs 6.2 tonnes.", "6.2 tonnes", 6.2, "tonnes", .measurement),
    FigureCase("Temperatures hit 40C in London.", "40C", 40, "°C", .measurement),
    FigureCase("Winds reached 120 km/h.", "120 km/h", 120, "km/h", .measurement),
    FigureCase("The battery holds 4,800 mAh.", "4,800 mAh", 4800, "mAh", .measurement),
    FigureCase(
      "The trip takes two and a half years.", "two and a half years", 2.5, "years", .duration),
    FigureCase(
      "He ended a 33-match winning streak.", "33-match winning streak", 33, "matches", .count),
    FigureCase("Nights fall to −173 °C there.", "−173 °C", -173, "°C", .measurement),
    FigureCase("The low was -89.2 °C.", "-89.2 °C", -89.2, "°C", .measurement),
    FigureCase(
      "It freezes at minus 210 degrees Celsius.", "minus 210 degrees Celsius", -210, "°C",
      .measurement),
    FigureCase("Gusts hit 90km/h on the coast.", "90km/h", 90, "km/h", .measurement),
    FigureCase(
      "A magnitude 6.8 earthquake struck the coast.", "magnitude 6.8", 6.8, "magnitude",
      .measurement),
    FigureCase("A severe deficit costs 15 IQ points.", "15 IQ points", 15, "points", .count),
    // Durations
    FigureCase(
      "The shuttle broke up 73 seconds after launch.", "73 seconds", 73, "seconds", .duration),
    FigureCase(
      "The form must be back within twenty working days.", "within twenty working days", 20, "days",
      .duration),
    FigureCase("It rained for nearly a month.", "nearly a month", 1, "months", .duration),
    FigureCase(
      "Seventeen years ago this was impossible.", "Seventeen years ago", 17, "years", .duration),
    FigureCase("He sat in a cell for the next 30 hours.", "next 30 hours", 30, "hours", .duration),
    FigureCase("Broadcasts resumed after an 11-year lull.", "11-year lull", 11, "years", .duration),
    // Ages
    FigureCase(
      "Daniel Moreno, 19, was arrested on Monday.", "Daniel Moreno, 19", 19, "years of age", .age),
    FigureCase("Children aged 8–10 years took part.", "aged 8–10 years", 8, "years of age", .age),
    FigureCase("A 19-year-old was charged.", "19-year-old", 19, "years of age", .age),
    FigureCase("He died at the age of 82.", "age of 82", 82, "years of age", .age),
    FigureCase("She was 91.", "She was 91", 91, "years of age", .age),
    FigureCase("Brown, who turned 28 last week, scored.", "turned 28", 28, "years of age", .age),
    FigureCase(
      "They stole a quarter of a million euros.", "a quarter of a million euros", 250_000, "EUR",
      .money),
    FigureCase(
      "She paid half a million dollars.", "half a million dollars", 500_000, "USD", .money),
    FigureCase(
      "They released 500,000 Swiss francs.", "500,000 Swiss francs", 500_000, "CHF", .money),
    FigureCase("It set aside 200 million soles.", "200 million soles", 200e6, "PEN", .money),
    FigureCase("The cost rose from £850,000 to £1.6m.", "£1.6m", 1.6e6, "GBP", .money),
    FigureCase("People under 60 walked more.", "under 60", 60, "years of age", .age),
    FigureCase("The jab is for adults over 65.", "over 65", 65, "years of age", .age),
    FigureCase("The ban covers over 60 products.", "over 60 products", 60, "products", .count),
    FigureCase("It is hard to lie to a 19 year old.", "19 year old", 19, "years of age", .age),
    FigureCase(
      "The seven-time world champion, 39, won again.", "seven-time world champion, 39", 39,
      "years of age", .age),
    FigureCase(
      "Her mother, 54, was unhurt.", "mother, 54", 54, "years of age", .age),
    // Scores
    FigureCase("Sweden defeated South Korea 1–0 on Monday.", "1–0", nil, "score", .score),
    FigureCase("United sealed a 3-2 win at home.", "3-2 win", nil, "score", .score),
    FigureCase("The Lakers beat the Celtics 112-104.", "112-104", nil, "score", .score),
    FigureCase("The vote was 85 to 11.", "85 to 11", nil, "votes", .score),
    FigureCase(
      "She won 1-6, 7-6 (8-6), 6-4 on Sunday.", "1-6, 7-6 (8-6), 6-4", nil, "score", .score),
    FigureCase(
      "The final lasted four hours and 42 minutes.", "four hours and 42 minutes", 4, "hours",
      .duration),
    FigureCase("The Senate voted 77-19 late Friday.", "77-19", nil, "votes", .score),
    FigureCase(
      "It cut its forecast to $8.30 to $8.90 per share.", "$8.30 to $8.90 per share", 8.3, "USD",
      .money),
    FigureCase("Oil traded at $80 a barrel.", "$80 a barrel", 80, "USD", .money),
    FigureCase(
      "The Fed held rates at 5.25%-5.5% on Wednesday.", "5.25%-5.5%", 5.25, "percent", .percent),
    FigureCase(
      "It signalled a 25-basis-point cut in March.", "25-basis-point cut", 25, "basis points",
      .percent),
    FigureCase("Rates rose 50 basis points.", "50 basis points", 50, "basis points", .percent),
    FigureCase(
      "Opec+ agreed to cut output by 2.2 million barrels per day.",
      "2.2 million barrels per day", 2_200_000, "barrels", .measurement),
    FigureCase("The airline runs 12 flights a week.", "12 flights a week", 12, "flights", .count),
    // Multiples
    FigureCase(
      "Cases rose more than 30-fold last year.", "more than 30-fold", 30, "times", .measurement),
    FigureCase(
      "There was a 10-fold increase in deaths.", "10-fold increase", 10, "times", .measurement),
    // Fractions as proportions
    FigureCase(
      "About a third of renters were behind.", "About a third of renters", 33.3, "percent",
      .percent),
    FigureCase(
      "Nearly half of all firms plan rises.", "Nearly half of all firms", 50, "percent", .percent),
    FigureCase(
      "Two-thirds of the population voted.", "Two-thirds of the population", 66.7, "percent",
      .percent),
    FigureCase(
      "It won three-quarters of voters.", "three-quarters of voters", 75, "percent", .percent),
    FigureCase("It was $9.70 previously.", "$9.70", 9.7, "USD", .money),
    FigureCase(
      "The House approved the measure earlier in the day by 341-86.", "341-86", nil, "votes",
      .score),
    // Times
    FigureCase("The quake hit at 2.15pm local time.", "2.15pm", nil, "time", .time),
    FigureCase("Polls close at 14:30 GMT.", "14:30 GMT", nil, "time", .time),
    FigureCase("He left at 10 a.m. sharp.", "10 a.m.", nil, "time", .time),
    // Ordinals with nouns
    FigureCase("It was the orbiter's 39th mission.", "39th mission", 39, "mission", .ordinal),
    FigureCase(
      "The town marks its 30th anniversary.", "30th anniversary", 30, "anniversary", .ordinal),
    FigureCase(
      "He claimed his 105th career victory.", "105th career victory", 105, "victory", .ordinal),
    // Hyphenated compounds
    FigureCase("A six-member team won silver.", "six-member team", 6, "members", .count),
    FigureCase(
      "They joined a three-nation alliance.", "three-nation alliance", 3, "nations", .count),
    FigureCase("A 5,000-strong crowd gathered.", "5,000-strong crowd", 5000, "crowd", .count),
    // Years with meaning
    FigureCase("The request was made in 2010.", "in 2010", 2010, "year", .year),
    FigureCase("Taxes from 2004 to 2009 are due.", "from 2004 to 2009", 2004, "year", .year),
  ]

  @Test(arguments: cases)
  func findsFigure(_ c: FigureCase) throws {
    let figures = Self.figures([c.sentence])
    let figure = try #require(
      figures.first { $0.text == c.text }, "no \(c.text) in \(figures.map(\.text))")
    #expect(figure.value == c.value)
    #expect(figure.unit == c.unit)
    #expect(figure.kind == c.kind)
    #expect(figure.sentence == c.sentence)
  }

  /// A number after a noun for a person and a comma is an age only when the aside closes.
  @Test(arguments: [
    ("NEW YORK, Nov 20 (Reuters) - Sales rose 5% on Monday.", ["5%"]),
    ("WASHINGTON — The Senate passed it 85 to 11.", ["85 to 11"]),
    ("WILKES-BARRE, Pa. - About 300 people were evacuated.", ["About 300 people"]),
    ("Kabul, Afghanistan, Nov 20 - About 300 people were evacuated.", ["About 300 people"]),
    ("U.S. stocks fell 3% - the biggest drop in May 2020.", ["3%", "May 2020"]),
    ("NATO allies agreed on 2 percent - a long-held goal.", ["2 percent"]),
  ])
  func leavesAWireDatelineOut(paragraph: String, texts: [String]) {
    #expect(Self.figures([paragraph]).map(\.text) == texts)
  }

  /// In text without full stops a figure keeps the words around it, not the whole block.
  @Test func keepsTheWordsAroundAFigureInRunOnText() throws {
    let filler = Array(repeating: "the council met again in the town hall", count: 80)
      .joined(separator: " and ")
    let figures = Self.figures([filler + " with 42 hostages freed and " + filler])
    let figure = try #require(figures.first { $0.text == "42 hostages" })
    #expect(figure.sentence.utf8.count <= FigureExtractor.maxSentenceBytes + 6)
    #expect(figure.sentence.hasPrefix("…") && figure.sentence.hasSuffix("…"))
    #expect(figure.sentence.contains("with 42 hostages freed"))
  }

  /// Near a vote, "20 to 30" followed by a noun is still a range of that noun.
  @Test func aRangeNearAVoteIsNotATally() {
    let figures = Self.figures(["The council voted to build 20 to 30 new homes."])
    #expect(figures.map(\.kind) == [.count])
  }

  @Test func personNounThenNumberIsAnAgeOnlyInAnAside() {
    let figures = Self.figures(["The minister, 12 aides and a driver arrived."])
    #expect(figures.map(\.text) == ["12 aides"])
    #expect(figures.allSatisfy { $0.kind == .count })
  }

  /// Sentences with numbers that are not key figures.
  @Test(arguments: [
    "She said one of the reasons was cost.",
    "The teams were one national and one made up of refugees.",
    "See page 12 of the report, or call 555-1234.",
    "Shells fell near posts 542 and 543.",
    "He lived near Studio 54 and flew on Vostok 1 and STS-135.",
    "The COVID-19 pandemic hit G7 economies and 5G networks.",
    "Voters in the 18-24 age group gave it a 50-50 chance.",
    "She waited a quarter of an hour and finished third of 20.",
    "He moved from 12 Baker Street.",
    "Apple said iPhone 15 sales rose as Boeing 737 deliveries resumed.",
    "He spoke at 10 Downing Street under Article 50.",
    "The 747, which carried shuttles, is retired.",
    "Its popularity grew a thousand fold in the 1960s.",
    "The 2007 starting date was chosen by the 20th century's artists.",
    "Movimento 5 Stelle deputies asked again.",
    "She scored three times and accepted one or more awards.",
    "It ended 9/11 era rules on 24/7 patrols.",
    "It was one of 12 and rated on a scale of 1 to 10.",
    "The band Fleet of 40 played.",
    "They met at the hotel at 10 and left the station at 11.",
    "The clip was shot in 720p.",
    "It raises the risk of type 2 diabetes.",
    "The score was 91 and it was 3.",
    "Temperatures drop below zero at night.",
    "Many four-year colleges consider it.",
    "It rose a week ago and fell an hour later.",
  ])
  func ignoresIncidentalNumbers(_ sentence: String) {
    let figures = Self.figures([sentence])
    #expect(figures.isEmpty, "\(figures.map(\.text))")
  }

  @Test func resolvesDatesAgainstPublished() throws {
    // Friday, 2023-11-03
    let published = Date(timeIntervalSince1970: 1_698_969_600)
    let figures = Self.figures(
      [
        "The attack on October 7 began the war. They met last Friday and will meet next Monday.",
        "The talks of November 3, 2023 followed those of 7 March and of July 2003.",
      ], published: published)
    let dates = Dictionary(
      figures.filter { $0.kind == .date }.map { ($0.text, $0.resolvedDate) },
      uniquingKeysWith: { a, _ in a })
    #expect(dates["October 7"] == "2023-10-07")
    #expect(dates["last Friday"] == "2023-10-27")
    #expect(dates["next Monday"] == "2023-11-06")
    #expect(dates["November 3, 2023"] == "2023-11-03")
    #expect(dates["7 March"] == "2023-03-07")
    #expect(dates["July 2003"] == "2003-07")
    #expect(figures.allSatisfy { $0.kind != .date || $0.value == nil })
  }

  /// A period after an abbreviated month is the abbreviation's; after "May", "June" or "July" it
  /// ends the sentence.
  @Test(arguments: [
    ("The vote is on 12 May.", "12 May"), ("They meet on Nov. 3.", "Nov. 3"),
    ("It opens on 4 Nov. next year.", "4 Nov."), ("It closed on 30 June.", "30 June"),
  ])
  func keepsAPeriodOnlyOnAnAbbreviatedMonth(sentence: String, text: String) {
    #expect(Self.figures([sentence]).filter { $0.kind == .date }.map(\.text) == [text])
  }

  @Test func resolvesDatesAgainstDatelineWithoutPublished() throws {
    let figures = Self.figures([
      "Saturday, October 9, 2010",
      "He left on September 24 and returned on January 5.",
    ])
    let dates = figures.filter { $0.kind == .date }
    #expect(dates.map(\.text) == ["October 9, 2010", "September 24", "January 5"])
    #expect(dates.map(\.resolvedDate) == ["2010-10-09", "2010-09-24", "2011-01-05"])
    // The dateline ranks last.
    #expect(dates[0].salience < dates[1].salience)
  }

  @Test func keepsRepeatedFiguresOnce() {
    let figures = Self.figures([
      "Five nationalities are covered.", "Claims from five nationalities are fast-tracked.",
      "The death toll rose to 41 on Friday.", "Officials said 41 people died.",
    ])
    #expect(figures.map(\.text) == ["Five nationalities", "41 people"])
  }

  @Test func skipsCaptionParagraphs() {
    let figures = Self.figures([
      "Photo: Protesters in the square on November 3, 2023.",
      "Police detained 45 people.",
    ])
    #expect(figures.map(\.text) == ["45 people"])
    #expect(figures.first?.paragraph == 1)
  }

  @Test func ranksCountsAndMoneyOverIncidentalNumbers() {
    let figures = Self.figures([
      "Friday, July 21, 2017",
      "The strike killed at least 41 people and cost $3 million, officials said.",
      "In the 35th minute, the match was paused for two minutes.",
    ])
    let ranked = FigureRanker().ranked(figures, limit: 2)
    #expect(ranked.map(\.text) == ["at least 41 people", "$3 million"])
    #expect(FigureRanker().ranked(figures, limit: 10).last?.text == "July 21, 2017")
  }

  /// Fragments of figures glued at random, to shake out index errors at paragraph edges.
  @Test func survivesArbitraryText() {
    let pieces = [
      "$", "US$", "€", "£", "12", "1,200", "3.5", "-", "–", "—", "%", "per", "cent", "to", "or",
      "more", "than", "at", "least", "a", "an", "dozen", "hundreds", "of", "million", "bn", "m",
      "aged", "year", "-year-old", "years", "old", "ago", "October", "Sept.", "7th", "2023", ",",
      ".", ":", "30", "pm", "p.m.", "GMT", "last", "Friday", "between", "and", "in", "the", "one",
      "twenty", "five", "Smith", "(", ")", "“", "”", "'", "/", "#", "0800", "°", "C", "9999999999",
      "é", "killing", "all", "rose", "magnitude", "strong", "in", "five", "adults", "x",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    for _ in 0..<2000 {
      var text = ""
      for _ in 0..<(next() % 12) {
        text += pieces[next() % pieces.count]
        if next() % 3 != 0 { text += " " }
      }
      let paragraphs = [text, String(text.reversed())]
      let figures = Self.figures(paragraphs, published: Date(timeIntervalSince1970: 1e9))
      for f in figures {
        #expect(!f.text.isEmpty)
        #expect(paragraphs[f.paragraph].contains(f.text))
      }
      _ = LedeExtractor().lede(of: ArticleText(title: "", paragraphs: paragraphs))
    }
  }

  @Test func findsEveryFigureOfFixtureArticle() throws {
    let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
      .appendingPathComponent("figures/harbour-fire.txt")
    let article = try #require(
      try ArticleFileParser().articles(at: url, source: "fixtures").first)
    // The dateline paragraph ("March 14, 2024") became the article's date when the file was read.
    let figures = FigureExtractor().figures(
      in: ArticleText(title: article.title, paragraphs: article.paragraphs),
      published: article.published)
    #expect(
      figures.map(\.text) == [
        "at least 23 people", "injured more than 140", "about 400 firefighters",
        "$85 million", "roughly 60%", "March 12", "11.40pm", "aged 7 to 12", "Lena Ortiz, 34",
        "Six ships", "within 72 hours", "1998–99 season", "nearly two decades", "in 2009",
        "3 percentage points", "12th fire",
      ])
    #expect(figures.first { $0.text == "March 12" }?.resolvedDate == "2024-03-12")
  }
}
