import Foundation
import Testing

@testable import BriefingKit

/// One quote a fixture must yield: how its text starts, who said it and how it is quoted.
struct ExpectedQuote: Sendable, CustomStringConvertible {
  var start: String
  var speaker: String?
  var kind: KeyQuote.Kind

  init(_ start: String, _ speaker: String?, _ kind: KeyQuote.Kind = .direct) {
    self.start = start
    self.speaker = speaker
    self.kind = kind
  }

  var description: String { "\(kind) “\(start)…” – \(speaker ?? "nil")" }
}

/// Checks the direct and partial quotes of a fixture article against `expected`, in order.
func expectQuotes(in fixture: String, _ expected: [ExpectedQuote]) throws {
  let quotes = try fixtureQuotes(fixture).filter { $0.kind != .indirect }
  let found = quotes.map { "\($0.kind) “\($0.text)” – \($0.speaker ?? "nil")" }
  #expect(quotes.count == expected.count, "\(fixture): \(found)")
  for (quote, want) in zip(quotes, expected) {
    #expect(quote.text.hasPrefix(want.start), "\(fixture): \(quote.text)")
    #expect(quote.speaker == want.speaker, "\(fixture): \(want) got \(quote.speaker ?? "nil")")
    #expect(quote.kind == want.kind, "\(fixture): \(want) got \(quote.kind)")
  }
}

/// Reads a quote fixture from `Fixtures/quotes/` and extracts its quotes.
func fixtureQuotes(_ name: String) throws -> [KeyQuote] {
  let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
  let url = fixtures.appendingPathComponent("quotes").appendingPathComponent(name + ".txt")
  let article = try #require(try ArticleFileParser().articles(at: url, source: "test").first)
  return Extractor().extract(from: article).quotes
}

@Suite struct QuoteExtractorTests {
  /// Every pattern of quoting and attribution, one small article each: the direct and partial
  /// quotes it must yield, in order, and nothing else.
  @Test(arguments: [
    (
      "after-attribution",
      [
        ExpectedQuote("We need to see more evidence", "Andrew Bailey"),
        ExpectedQuote("It is a finely balanced judgement", "Catherine Mann"),
        ExpectedQuote("Some of us wanted to move now.", "Catherine Mann"),
      ]
    ),
    (
      "before-attribution",
      [
        ExpectedQuote("This is a historic day", "Maria Lopez"),
        ExpectedQuote("The costs will fall on taxpayers", "Tom Reed"),
      ]
    ),
    (
      "pronoun-speaker",
      [ExpectedQuote("What we are talking about", "John Kirby")]
    ),
    (
      "appositive-aside",
      [
        ExpectedQuote("We are the only party", "Vince Cable"),
        ExpectedQuote("Voters deserve a real choice", "Sarah Olney"),
      ]
    ),
    (
      "interrupted-quote",
      [
        ExpectedQuote("I’m delighted to stay", "Marcus Reid"),
        ExpectedQuote("This club has given me everything", "Marcus Reid"),
        ExpectedQuote("We are building something special", "Lisa Grant"),
        ExpectedQuote("and Marcus is at the heart of it.", "Lisa Grant"),
      ]
    ),
    (
      "multi-paragraph",
      [
        ExpectedQuote("Older people are facing impossible choices", "Helen Price"),
        ExpectedQuote("Many will cut back on heating", "Helen Price"),
        ExpectedQuote("The government must act now.", "Helen Price"),
      ]
    ),
    (
      "quote-only-paragraph",
      [
        ExpectedQuote("This is a landscape frozen in time", "Priya Nair"),
        ExpectedQuote("Nobody expected to find", "Priya Nair"),
      ]
    ),
    (
      "partial-quotes",
      [
        ExpectedQuote("fair and firm", "Yvette Cooper", .partial),
        ExpectedQuote("damning that nothing had been done", "Yvette Cooper", .partial),
        ExpectedQuote("a step in the right direction", "the Refugee Council", .partial),
      ]
    ),
    ("scare-quotes-titles", []),
    (
      "apostrophes",
      [
        ExpectedQuote("the biggest we have ever had", "Jane Doyle", .partial),
        ExpectedQuote("a triumph for the town", "Jane Doyle", .partial),
      ]
    ),
    (
      "organisations",
      [
        ExpectedQuote("the number of people affected", "the report"),
        ExpectedQuote("we may extend the use", "the Home Office letter"),
        ExpectedQuote("Foolhardy provocation", "Korean Central News Agency"),
      ]
    ),
    (
      "broken-marks",
      [
        ExpectedQuote("without [a cease-fire]“The United States", "Elham Fakhro"),
        ExpectedQuote("So this is something we have a duty to do.", "Elham Fakhro"),
        ExpectedQuote("talks were continuing", "officials", .partial),
        ExpectedQuote("Nobody wants a wider war", "Elham Fakhro"),
      ]
    ),
    (
      "guillemets",
      [
        ExpectedQuote("We will win the title", "Jean Martin"),
        ExpectedQuote("We played very well today", "Klaus Weber"),
        ExpectedQuote("She told me ‘never give up on this team’", "Anna Berg"),
      ]
    ),
    (
      "typo-surname",
      [ExpectedQuote("We've got to make sure", "Lydia Buchtmann")]
    ),
    (
      "short-nested-suffixes",
      [
        ExpectedQuote("Yes", nil),
        ExpectedQuote("We regret the decision", "the statement"),
        ExpectedQuote("We will never give up", "Martin Luther King Jr."),
        ExpectedQuote("Brazil is back", "Luiz Inácio Lula da Silva"),
        ExpectedQuote("We are “thrilled” with the result", "Luiz Inácio Lula da Silva"),
        ExpectedQuote("regroup and come back stronger", "Luiz Inácio Lula da Silva", .partial),
        ExpectedQuote("Why now?", "Ann Brooks"),
        ExpectedQuote("Nobody has explained that.", "Ann Brooks"),
      ]
    ),
    (
      "wire-copy",
      [
        ExpectedQuote("This is a good bill", "Chuck Schumer"),
        ExpectedQuote("We were given less than a day", "Rand Paul"),
        ExpectedQuote("It keeps the government open", "a senior administration official"),
        ExpectedQuote("a victory for common sense.", "Chuck Schumer", .partial),
        ExpectedQuote("Nobody wanted a shutdown.", "Chuck Schumer"),
        ExpectedQuote("We got the best deal we could", "Mike Johnson"),
        ExpectedQuote("Now we move on.", "Mike Johnson"),
      ]
    ),
    (
      "sport-report",
      [
        ExpectedQuote("We were not at our best", "Pep Guardiola"),
        ExpectedQuote("The players were exhausted.", "Pep Guardiola"),
        ExpectedQuote("I don't understand the decision", "Mikel Arteta"),
        ExpectedQuote("We have to accept it", "Mikel Arteta"),
        ExpectedQuote("very happy", "Erling Haaland", .partial),
        ExpectedQuote("He is a machine", "Kevin De Bruyne"),
        ExpectedQuote("Every week he scores.", "Kevin De Bruyne"),
        ExpectedQuote("nothing left", "Bukayo Saka", .partial),
        ExpectedQuote("We gave everything", "Bukayo Saka"),
        ExpectedQuote("It was a special atmosphere", "the City goalkeeper"),
      ]
    ),
    (
      "feature-family",
      [
        ExpectedQuote("Everyone said we were done", "Maria Lindqvist"),
        ExpectedQuote("They said the young", "Maria Lindqvist"),
        // The subject past two appositives; then a shared surname told apart by "she".
        ExpectedQuote("She is why this place", "Erik Lindqvist"),
        ExpectedQuote("Without the ferry", "Maria Lindqvist"),
        ExpectedQuote("We have had a good year", "the mayor"),
        // Past the cue and a dash, the statement goes on: still direct.
        ExpectedQuote("but one good year is not a recovery.", "the mayor"),
      ]
    ),
    (
      "sport-tabloid",
      [
        ExpectedQuote("looked tired", "Mark Ellison", .partial),
        ExpectedQuote("We've had worse nights", "Mark Ellison"),
        ExpectedQuote("That one's on us", "Joe Brady"),
        // "he" is the subject of the sentence before, past the qualifier "Former".
        ExpectedQuote("It's the worst I've seen them play", "Dean Holt"),
      ]
    ),
    (
      "dateline-politics",
      [
        ExpectedQuote("balance the books", "Huw Pritchard", .partial),
        ExpectedQuote("built on hope", "Alun Davies", .partial),
        ExpectedQuote("Families will pay for it.", "Alun Davies"),
        ExpectedQuote("the size of the gap", "the Treasury", .partial),
        // Right after an organisation spoke, "he" is nobody the article names.
        ExpectedQuote("We will not comment further.", nil),
        ExpectedQuote("Many will close", "Tina McKenzie"),
        ExpectedQuote("not be commenting further", "Huw Pritchard’s spokesman", .partial),
        ExpectedQuote("The standards committee", "a senior government source"),
        ExpectedQuote("Nobody saw this coming", "Owen Price"),
        ExpectedQuote("It's a disaster", "Tom Hale"),
        // Two particles inside a name.
        ExpectedQuote("This is a historic day", "Ursula von der Leyen"),
        ExpectedQuote("Europe is ready.", "Ursula von der Leyen"),
        ExpectedQuote("the only option", "Carys Evans", .partial),
        // The relative pronoun stands for the name before it.
        ExpectedQuote("a step forward", "Rhodri Morgan", .partial),
      ]
    ),
    (
      "business-report",
      [
        ExpectedQuote("Accelerated computing", "Jensen Huang"),
        ExpectedQuote("The numbers are extraordinary", "Dan Ives"),
        ExpectedQuote("This is a 1995 internet moment.", "Dan Ives"),
      ]
    ),
    (
      "science-report",
      [
        ExpectedQuote("We were stunned", "Emma Curtis-Lake"),
        ExpectedQuote("Nobody expected galaxies", "Emma Curtis-Lake"),
        ExpectedQuote("It's a remarkable result", "Brant Robertson"),
        ExpectedQuote("challenges our models", "the team", .partial),
        ExpectedQuote("a giant leap for science.", "Bill Nelson", .partial),
      ]
    ),
  ])
  func extractsQuotes(fixture: String, expected: [ExpectedQuote]) throws {
    try expectQuotes(in: fixture, expected)
  }

  @Test func indirectSpeechNeedsAReportingVerbAndANamedSpeaker() throws {
    let quotes = try fixtureQuotes("indirect-speech")
    let indirect = quotes.filter { $0.kind == .indirect }
    #expect(
      indirect.map(\.text) == [
        "weak consumer demand would hurt sales for the rest of the year",
        "Demand for home furnishings has slumped since the spring",
      ])
    #expect(indirect.map(\.speaker) == ["Paul Adams", "the company"])
    #expect(indirect.first?.role == "Chief executive")
    #expect(quotes.allSatisfy { $0.kind == .indirect })
  }

  /// Roles from a title before the name (with "former"), and from an appositive before it,
  /// also past a dateline or an opening "But", or after it past an age.
  @Test func findsRolesBeforeTheName() throws {
    let quotes = try fixtureQuotes("dateline-politics")
    var roles: [String: String] = [:]
    for quote in quotes { roles[quote.speaker ?? ""] = quote.role }
    #expect(roles["Huw Pritchard"] == "Finance Minister")
    #expect(roles["Alun Davies"] == "former first minister")
    #expect(roles["Tina McKenzie"] == "head of the Federation of Small Businesses")
    #expect(roles["Owen Price"] == "shopkeeper in Cardiff")
    #expect(roles["Tom Hale"] == "farmer")
    #expect(roles["Carys Evans"] == "Welsh Government deputy chief of staff")
  }

  /// Companies named by their trade ("Brittany Ferries", "Northern Trains", "Harbour Energy")
  /// are organisations, so "the company" and "it" find them; an owner's possessive opens a role.
  @Test func findsCompaniesAndTheirPeople() throws {
    let quotes = try fixtureQuotes("companies").filter { $0.kind != .indirect }
    #expect(
      quotes.map(\.speaker) == [
        "Brittany Ferries", "Northern Trains", "Harbour Energy", "Albert Bourla", "Albert Bourla",
        "Ed Miliband",
      ])
    #expect(quotes[3].role == "Pfizer's chief executive")
    #expect(quotes[5].role == "Energy Secretary")
  }

  /// A hyphenated modifier belongs to the role, never to the name.
  @Test func keepsHyphenatedModifiersInTheRole() {
    let quotes = QuoteExtractor().quotes(
      in: ArticleText(
        title: "T",
        paragraphs: [
          "Far-right leader Marine Le Pen said she would judge him \"on his actions\".",
          "Mother-of-three Lisa Grant said: \"The bins are overflowing.\"",
        ]))
    #expect(quotes.map(\.speaker) == ["Marine Le Pen", "Lisa Grant"])
    #expect(quotes.first?.role == "Far-right leader")
  }

  /// The role before a name: two roles joined by "and" are one role, before or after the verb;
  /// particles in a surname ("de la") do not cut the role off.
  @Test(arguments: [
    ("Grazier Tom Hughes said: \"You can't keep feeding them.\"", "Tom Hughes", "Grazier"),
    ("First Minister Humza Yousaf said: \"We will help.\"", "Humza Yousaf", "First Minister"),
    (
      "Councillor Jenny Atwell, the council's cabinet member for highways, said it \"takes every "
        + "collision seriously\".", "Jenny Atwell", "council's cabinet member for highways"
    ),
    (
      "The United Nations special envoy, Dr. Amara Nwosu, said: \"I have seen worse days.\"",
      "Amara Nwosu", "United Nations special envoy"
    ),
    (
      "Spain coach Luis de la Fuente praised his players. \"They are a model,\" he said.",
      "Luis de la Fuente", "Spain coach"
    ),
    (
      "\"Gaming is dynamic,\" Microsoft chairman and chief executive Satya Nadella said.",
      "Satya Nadella", "Microsoft chairman and chief executive"
    ),
    (
      "\"It is a good day,\" said Acme founder and chief executive Jane Roe.", "Jane Roe",
      "Acme founder and chief executive"
    ),
  ])
  func findsTheRoleBeforeAName(paragraph: String, speaker: String, role: String) {
    let quotes = QuoteExtractor().quotes(in: ArticleText(title: "T", paragraphs: [paragraph]))
    #expect(quotes.map(\.speaker) == [speaker])
    #expect(quotes.first?.role == role)
  }

  /// "Another lawmaker, X," gives X a role; a reporting verb after the name ("X, told the BBC
  /// that") is no role.
  @Test(arguments: [
    (
      "Another lawmaker, Fernando Cheung, told the BBC that police had used \"excessive force\".",
      "lawmaker"
    ),
    (
      "Fernando Cheung, told the BBC that police had used \"excessive force\" against them.",
      nil
    ),
  ])
  func readsAnAppositiveRoleButNotAVerb(paragraph: String, role: String?) {
    let quotes = QuoteExtractor().quotes(in: ArticleText(title: "T", paragraphs: [paragraph]))
    #expect(quotes.filter { $0.kind != .indirect }.map(\.speaker) == ["Fernando Cheung"])
    #expect(quotes.first?.role == role)
  }

  /// A given name alone after a relation ("His wife, Sue,") is a person with that role.
  @Test func readsARelationBeforeAGivenName() {
    let quotes = QuoteExtractor().quotes(
      in: ArticleText(
        title: "T",
        paragraphs: [
          "John Carter, 58, died at the scene.",
          "His wife, Sue, said: \"He knew every inch of that land.\"",
        ]))
    #expect(quotes.map(\.speaker) == ["Sue"])
    #expect(quotes.first?.role == "his wife")
  }

  /// A verb after a name and age ("Ardern, 42, became ...") opens a predicate, not a role.
  @Test func aPredicateAfterAnAgeIsNoRole() {
    let quotes = QuoteExtractor().quotes(
      in: ArticleText(
        title: "T",
        paragraphs: [
          "Jacinda Ardern, 42, became the world's youngest female head of government in 2017.",
          "\"It's that simple,\" Ms Ardern said.",
        ]))
    #expect(quotes.map(\.speaker) == ["Jacinda Ardern"])
    #expect(quotes.first?.role == nil)
  }

  /// An interview transcript's answers ("Jane Doe: ...") are the person's direct quotes; the
  /// interviewer's questions and a label that is no person ("Update: ...") are not.
  @Test func readsTranscriptLinesAsQuotes() {
    let quotes = QuoteExtractor().quotes(
      in: ArticleText(
        title: "T",
        paragraphs: [
          "Wikinews interviewed Jane Doe, the Green Party candidate for mayor.",
          "((Wikinews)) Why are you running for mayor?",
          "Jane Doe: I have lived in this city for 30 years and never seen it so divided.",
          "Update: The city council postponed the vote until next month.",
        ]))
    #expect(quotes.map(\.speaker) == ["Jane Doe"])
    #expect(quotes.first?.kind == .direct)
    #expect(quotes.first?.text.hasPrefix("I have lived") == true)
  }

  /// Indirect speech in the opening paragraph starts after its wire dateline.
  @Test func indirectSpeechStartsAfterTheDateline() {
    let quotes = QuoteExtractor().quotes(
      in: ArticleText(
        title: "T",
        paragraphs: [
          "KABUL, Afghanistan (AP) — About 300 people were evacuated from the valley on Monday, "
            + "officials said."
        ]))
    #expect(quotes.map(\.text) == ["About 300 people were evacuated from the valley on Monday"])
  }

  /// A quote over paragraphs that takes its speaker from a later paragraph is ranked with it.
  @Test func ranksARunningQuoteWithTheSpeakerItTakesLater() throws {
    let quotes = QuoteExtractor().quotes(
      in: ArticleText(
        title: "T",
        paragraphs: [
          "“We have been working on this vaccine for ten years. Every step has been hard.",
          "“But today we can say that it works,” said Dr Maria Gonzalez, who led the trial.",
        ]))
    let first = try #require(quotes.first)
    #expect(first.speaker == "Maria Gonzalez")
    var unattributed = first
    unattributed.speaker = nil
    unattributed.role = nil
    #expect(
      first.salience > QuoteRanker().salience(of: unattributed, paragraphCount: 2) + 0.4)
  }

  /// A sentence-initial "Born" is no part of the name after it, and a birth name is no one new.
  @Test func bornIsNoPartOfAName() {
    let quotes = QuoteExtractor().quotes(
      in: ArticleText(
        title: "T",
        paragraphs: [
          "Margot Ellery, the jazz singer, has died.",
          "Born Margaret Louise Ellery in 1933, she moved to New York at 17.",
          "Ellery won two Grammy Awards. \"I never planned to retire,\" she said.",
        ]))
    #expect(quotes.map(\.speaker) == ["Margot Ellery"])
  }

  /// A speaker introduced by a relative pronoun ("..., who said") reports what follows the verb.
  @Test func indirectSpeechAfterWhoSaidFollowsTheVerb() {
    let quotes = QuoteExtractor().quotes(
      in: ArticleText(
        title: "T",
        paragraphs: [
          "Her death was confirmed by her nephew, Marcus Ellery, who said the cause was heart "
            + "failure after a long illness."
        ]))
    #expect(quotes.map(\.text) == ["the cause was heart failure after a long illness"])
    #expect(quotes.map(\.speaker) == ["Marcus Ellery"])
  }

  /// The person before "of" in a subject is the speaker of indirect speech, not the place.
  @Test func indirectSpeechOfAPersonFromAnInstitution() {
    let quotes = QuoteExtractor().quotes(
      in: ArticleText(
        title: "T",
        paragraphs: [
          "Political scientist Marina Costa Lobo of the University of Lisbon said a minority "
            + "government was the most likely outcome."
        ]))
    #expect(quotes.map(\.speaker) == ["Marina Costa Lobo"])
  }

  /// Indirect speech ends at a semicolon: what follows is another clause with its own subject.
  @Test func indirectSpeechEndsAtASemicolon() {
    let quotes = QuoteExtractor().quotes(
      in: ArticleText(
        title: "T",
        paragraphs: [
          "Organisers estimated that more than one million people took part in a march on "
            + "Sunday; police put the figure at 240,000."
        ]))
    #expect(
      quotes.map(\.text) == ["more than one million people took part in a march on Sunday"])
  }

  /// A role given at one mention of a speaker stands on all the speaker's quotes.
  @Test func sharesARoleAcrossTheSpeakersQuotes() throws {
    let quotes = try fixtureQuotes("sport-tabloid").filter { $0.speaker == "Mark Ellison" }
    #expect(quotes.count == 3)
    #expect(quotes.allSatisfy { $0.role == "Rovers manager" }, "\(quotes.map(\.role))")
  }

  /// A given name tells a speaker's gender, so "she" skips a man who spoke just before.
  @Test func sheSkipsAManNamedByAGivenName() {
    let quotes = QuoteExtractor().quotes(
      in: ArticleText(
        title: "T",
        paragraphs: [
          "Foreign ministry spokeswoman Maria Zakharova attended the briefing.",
          "Kremlin spokesman Dmitry Peskov told reporters there were no plans for talks.",
          "“We are ready for any outcome,” she said.",
        ]))
    #expect(quotes.first { $0.text.hasPrefix("We are ready") }?.speaker == "Maria Zakharova")
  }

  /// A reporting verb with a number after it takes an object, not reported speech.
  @Test(arguments: [
    ("Daniel Marsh admitted 12 counts of bribery at an earlier hearing in London.", 0),
    ("Daniel Marsh admitted he had taken the money over a period of years.", 1),
  ])
  func indirectSpeechNeedsAClause(sentence: String, count: Int) {
    let quotes = QuoteExtractor().quotes(in: ArticleText(title: "T", paragraphs: [sentence]))
    #expect(quotes.filter { $0.kind == .indirect }.count == count, "\(quotes)")
  }

  @Test func recordsRoleAndCueAsWritten() throws {
    let quotes = try fixtureQuotes("after-attribution")
    #expect(quotes.first?.role == "Governor")
    #expect(quotes.first?.cue == "told reporters")
    #expect(quotes.dropFirst().first?.role == "external member of the Monetary Policy Committee")
  }

  @Test func ranksSubstanceAndNamedSpeakersFirst() {
    let ranker = QuoteRanker()
    let named = KeyQuote(
      text: "We will keep working until every hostage is home with their family.",
      speaker: "Antony Blinken", role: "US Secretary of State", kind: .direct, paragraph: 3)
    let unnamed = KeyQuote(
      text: "We will keep working until every hostage is home with their family.", kind: .direct,
      paragraph: 3)
    let fragment = KeyQuote(
      text: "very much on the agenda", speaker: "Antony Blinken", kind: .partial, paragraph: 3)
    let scored = ranker.scored([fragment, unnamed, named], paragraphCount: 10)
    #expect(scored[2].salience > scored[1].salience)
    #expect(scored[2].salience > scored[0].salience)
    let top = ranker.top(scored, limit: 2)
    #expect(top.map(\.speaker) == [nil, "Antony Blinken"])
    #expect(top.last?.kind == .direct)
  }
}
