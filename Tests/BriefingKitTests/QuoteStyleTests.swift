import Testing

@testable import BriefingKit

/// News writing of many outlets and beats, one short article each: wire copy with datelines, UK
/// house styles, sport, business, science, courts, politics, obituaries, press releases,
/// features, interviews, European quotation marks, nested and long quotes. Each must yield these
/// direct and partial quotes in order, with these speakers, and nothing else.
@Suite struct QuoteStyleTests {
  @Test(arguments: [
    (
      "storm-organisations",
      [
        ExpectedQuote("around the clock", "National Grid spokesperson", .partial),
        ExpectedQuote("We expect most customers", "National Grid spokesperson"),
        ExpectedQuote("will remain dangerous", "the Met Office", .partial),
        ExpectedQuote("Rail passengers should not travel", "Network Rail"),
        ExpectedQuote("Flooding of homes", "the Environment Agency"),
        ExpectedQuote("We've had worse.", "John Perry"),
        ExpectedQuote("monitoring the situation closely", "Mark Harper", .partial),
        ExpectedQuote("on standby to support", "the Ministry of Defence", .partial),
        ExpectedQuote("I think it is a disgrace", "one resident"),
        // A bare "a spokesperson" right after an organisation acted speaks for it.
        ExpectedQuote("Please stay away", "Environment Agency spokesperson"),
        // "the company" is the organisation just named, even one the word lists do not know.
        ExpectedQuote("We regret the disruption", "Wightlink"),
        ExpectedQuote("Inquiries are ongoing", "police spokesperson"),
      ]
    ),
    (
      "wire-business",
      [
        ExpectedQuote("These are painful decisions", "Maria Lopez"),
        ExpectedQuote("adapt to a new reality", "Maria Lopez", .partial),
        ExpectedQuote("The cuts are deeper", "Klaus Becker"),
        ExpectedQuote("But the market will welcome", "Klaus Becker"),
        ExpectedQuote("a betrayal of the workforce", "IG Metall", .partial),
      ]
    ),
    (
      "single-quote-house-style",
      [
        ExpectedQuote("Students shouldn’t pay more", "Bridget Phillipson"),
        ExpectedQuote("genuine hardship", "Bridget Phillipson", .partial),
        ExpectedQuote("Labour’s sums don’t add up", "Gillian Keegan"),
        ExpectedQuote("They’ve had fourteen years", "Gillian Keegan"),
        ExpectedQuote("It’s rock ’n’ roll economics", "Nick Hillman"),
        ExpectedQuote("Nobody has explained", "Nick Hillman"),
      ]
    ),
    (
      "match-report",
      [
        ExpectedQuote("He is a machine", "Pep Guardiola"),
        ExpectedQuote("Every time he has a chance", "Pep Guardiola"),
        ExpectedQuote("We made it too easy", "Gary O'Neil"),
        ExpectedQuote("You cannot give a player", "Gary O'Neil"),
        ExpectedQuote("There are still six games", "Pep Guardiola"),
        ExpectedQuote("just happy to help the team", "Erling Haaland", .partial),
        ExpectedQuote("When I arrived here", "Kyle Walker"),
      ]
    ),
    (
      "court-report",
      [
        ExpectedQuote("You abused the trust", "Sarah Collins"),
        ExpectedQuote("This was not a moment of madness", "James Whitfield"),
        ExpectedQuote("It went on for the best part", "James Whitfield"),
        ExpectedQuote("deeply ashamed", "Helen Ford", .partial),
        ExpectedQuote("He has lost everything", "Helen Ford"),
        ExpectedQuote("Today's sentence sends", "Amina Yusuf"),
      ]
    ),
    (
      "politics-ministries",
      [
        ExpectedQuote("We are investing record sums", "Ministry of Defence spokesman"),
        ExpectedQuote("The committee's figures", "Ministry of Defence spokesman"),
        ExpectedQuote("a clear and present risk", "the Commons Defence Committee", .partial),
        ExpectedQuote("full confidence", "Downing Street", .partial),
        ExpectedQuote("The government has lost control", "Labour spokesperson"),
        ExpectedQuote("Ministers cannot keep hiding", "Richard Foord"),
        ExpectedQuote("Transparency is not optional", "Amnesty International"),
      ]
    ),
    (
      "science-study",
      [
        ExpectedQuote("Our findings support", "the authors"),
        ExpectedQuote("not a reason to panic", "Mingyang Song", .partial),
        ExpectedQuote("Not all ultra-processed foods", "Mingyang Song"),
        ExpectedQuote("Processed meat and sugary drinks", "Mingyang Song"),
        ExpectedQuote("This is an observational study", "Gunter Kuhnle"),
      ]
    ),
    (
      "obituary",
      [
        ExpectedQuote("She died peacefully", "Maggie Burke’s family"),
        ExpectedQuote("women's voices lack authority", "a senior editor", .partial),
        ExpectedQuote("I decided to prove him wrong", "Maggie Burke"),
        ExpectedQuote("Maggie was fearless", "Trevor Lane"),
        ExpectedQuote("We will not see her like again.", "Trevor Lane"),
        ExpectedQuote("opened doors for generations", "Tim Davie", .partial),
      ]
    ),
    (
      "press-release",
      [
        ExpectedQuote("This investment marks a new chapter", "Claire Donnelly"),
        ExpectedQuote("We are proud to be creating", "Claire Donnelly"),
        ExpectedQuote("Scotland has the skills", "Neil Grant"),
        ExpectedQuote("This is fantastic news", "Robert Hay"),
      ]
    ),
    (
      "feature-says",
      [
        ExpectedQuote("People think this job is about fish", "Tomasz Kowalski"),
        ExpectedQuote("It's really about people.", "Tomasz Kowalski"),
        ExpectedQuote("Some of them come in just to talk", "Ewa"),
        ExpectedQuote("For some, we're the only people", "Ewa"),
        ExpectedQuote("But then who would tell Mrs Jones", "Tomasz Kowalski"),
        ExpectedQuote("part of the fabric of the town", "Priya Shah", .partial),
      ]
    ),
    (
      "european-marks",
      [
        ExpectedQuote("Nous avançons ensemble", "Emmanuel Macron"),
        ExpectedQuote("le cœur de notre souveraineté", "Emmanuel Macron", .partial),
        ExpectedQuote("Wir stehen zu diesem Projekt.", "Olaf Scholz"),
        ExpectedQuote("mostly symbolic", "Claudia Major", .partial),
        ExpectedQuote("The industrial disputes are not solved", "Claudia Major"),
      ]
    ),
    (
      "nested-quotes",
      [
        ExpectedQuote("The headteacher came running in and said, 'Get the", "Janet Hughes"),
        ExpectedQuote("We had about five minutes.", "Janet Hughes"),
        ExpectedQuote("the end of the world", "one pupil", .partial),
        ExpectedQuote("A boy looked at me and said, ‘Miss", "Janet Hughes"),
        ExpectedQuote("failed when it was needed most", "the council", .partial),
      ]
    ),
    (
      "long-speech",
      [
        ExpectedQuote("For too long, this country", "Helen Carter"),
        ExpectedQuote("That changes today.", "Helen Carter"),
        ExpectedQuote("And we will do it without raising taxes", "Helen Carter"),
        ExpectedQuote("This is the clearest statement", "Rain Newton-Smith"),
        ExpectedQuote("We cannot afford another false start", "Rain Newton-Smith"),
        ExpectedQuote("warmed-up leftovers", "Mark Davies", .partial),
      ]
    ),
    (
      "ap-politics",
      [
        ExpectedQuote("The American people are tired", "James Lankford"),
        ExpectedQuote("Let's vote.", "James Lankford"),
        ExpectedQuote("a mistake that will hurt", "Elizabeth Warren", .partial),
        ExpectedQuote("want action, not speeches.", "Henry Cuellar", .partial),
        ExpectedQuote("We will do what Washington", "Greg Abbott"),
        ExpectedQuote("the moment it reaches his desk.", "Karine Jean-Pierre", .partial),
      ]
    ),
    (
      "titles-nicknames",
      [
        ExpectedQuote("bolder than ever", "organisers", .partial),
        ExpectedQuote("We wanted to take risks", "Sam Okafor"),
      ]
    ),
    (
      "health-agencies",
      [
        ExpectedQuote("We are seeing a worrying resurgence", "Tedros Adhanom Ghebreyesus"),
        ExpectedQuote("their lowest level in a decade", "the UK Health Security Agency", .partial),
        ExpectedQuote("Measles spreads very easily", "Vanessa Saliba"),
        ExpectedQuote(
          "working closely with the NHS", "the Department of Health and Social Care", .partial),
      ]
    ),
    (
      "interview-qa",
      [
        ExpectedQuote("I never stop thinking about that final", "Dina Okoye"),
        ExpectedQuote("But I don't need to be there again.", "Dina Okoye"),
      ]
    ),
  ])
  func extractsQuotesInEveryStyle(fixture: String, expected: [ExpectedQuote]) throws {
    try expectQuotes(in: fixture, expected)
  }

  /// Roles keep titles written out and parties out; cues are the reporting verb and its
  /// audience only.
  @Test func rolesAndCuesAreClean() throws {
    let ap = try fixtureQuotes("ap-politics")
    #expect(ap.first { $0.speaker == "Elizabeth Warren" }?.role == "Senator")
    #expect(ap.first { $0.speaker == "Greg Abbott" }?.role == "Governor")
    #expect(ap.first { $0.speaker == "Karine Jean-Pierre" }?.cue == "told reporters")
    let storm = try fixtureQuotes("storm-organisations")
    #expect(storm.first { $0.speaker == "Mark Harper" }?.cue == "told Sky News")
    #expect(storm.first?.role == "spokesperson")
    let court = try fixtureQuotes("court-report")
    let indirect = court.first { $0.kind == .indirect && $0.speaker == "James Whitfield" }
    #expect(indirect?.cue == "told the court")
    #expect(indirect?.text.hasPrefix("Marsh had spent the money") == true)
    let health = try fixtureQuotes("health-agencies")
    #expect(health.first?.role == "WHO Director-General")
  }
}
