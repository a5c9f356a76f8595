import Foundation
import Testing

@testable import BriefingKit

/// The example article the project was specified with (`examples/articles/abc-blinken-pause.txt`,
/// kept as received), cleaned exactly: every piece of junk out, every real paragraph in.
@Suite struct ArticleCleanerABCTests {
  static func fixture() throws -> URL {
    let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return fixtures.appendingPathComponent("ingestion/abc-blinken-pause.txt")
  }

  static let junk: [RemovedText] = [
    RemovedText(
      kind: .caption,
      text: "Photo: US Secretary of State Antony Blinken and Israeli Prime Minister Benjamin "
        + "Netanyahu, during a meeting in Tel Aviv, Israel, November 3, 2023."),
    RemovedText(
      kind: .caption,
      text: "US Secretary of State Antony Blinken and Israeli Prime Minister Benjamin Netanyahu "
        + "during a meeting in Tel Aviv, Israel, November 3, 2023."),
    RemovedText(kind: .photoCredit, text: "GPO/Amos Ben Gershom/EPA via Shutterstock"),
    RemovedText(
      kind: .caption,
      text: "Photo: US Secretary of State Antony Blinken, left, speaks with Israeli President "
        + "Isaac Herzog, in Tel Aviv, Israel, November 3, 2023."),
    RemovedText(
      kind: .caption,
      text: "US Secretary of State Antony Blinken, left, speaks with Israeli President Isaac "
        + "Herzog, in Tel Aviv, Israel, November 3, 2023."),
    RemovedText(kind: .photoCredit, text: "Jonathan Ernst/Swimming pool photo via AP"),
    RemovedText(
      kind: .contributorLine,
      text: "ABC News’ Mary Bruce and Molly Nagel contributed to this report."),
    RemovedText(kind: .republicationNote, text: "This article originally appeared on"),
    RemovedText(kind: .commentForm, text: "Leave A Reply"),
    RemovedText(kind: .commentForm, text: "Your email address will not be published."),
  ]

  @Test func removesExactlyTheJunkOfTheABCArticle() throws {
    let url = try Self.fixture()
    let raw = try #require(try ArticleFileParser().parse(fileAt: url, outlet: "ABC").articles.first)
    #expect(raw.paragraphs.count == 38)
    let article = ArticleCleaner().clean(raw)
    #expect(article.removed == Self.junk)
    let junkTexts = Set(Self.junk.map(\.text))
    #expect(article.paragraphs == raw.paragraphs.filter { !junkTexts.contains($0) })
    #expect(article.paragraphs.count == 28)
    #expect(
      article.paragraphs.first?.hasPrefix("US Secretary of State Antony Blinken said on Friday")
        == true)
    #expect(
      article.paragraphs.last
        == "“The president will veto an Israel-only bill,” Kirby said on Thursday. “I think we’ve "
        + "made that clear.”")
    #expect(
      article.title
        == "Blinken’s increasing pressure on Israel over ‘pause’ signals change in US strategy: Analysis"
    )
  }

  @Test func leavesNoJunkInTheCleanedText() throws {
    let article = try #require(
      try ArticleFileParser().read(fileAt: try Self.fixture(), outlet: "ABC").articles.first)
    let body = article.body
    for junk in [
      "Photo:", "Shutterstock", "via AP", "contributed to this report", "originally appeared",
      "Leave A Reply", "will not be published",
    ] {
      #expect(!body.contains(junk), "still contains \(junk)")
    }
    #expect(body.contains("Photo") == false)
    #expect(article.removed.count == 10)
  }
}
