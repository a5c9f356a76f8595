import Foundation
import Testing

@testable import BriefingKit

@Suite struct StoryGrouperTests {
  static let storyA = """
    The city council voted on Tuesday to close the old harbour bridge to cars from next spring, \
    after engineers warned that corrosion had weakened its main girders beyond repair. The mayor \
    said the decision was painful but unavoidable, and that a ferry service would run while a \
    replacement is designed. Traders on the north bank fear a drop in customers.
    """
  static let storyARewritten = """
    The city council voted Tuesday to close the old harbour bridge to cars from next spring, \
    after engineers warned that corrosion had weakened its main girders beyond repair. The mayor \
    called the decision painful but unavoidable, and said a ferry service would run while a \
    replacement is designed. Traders on the north bank fear a fall in customers.
    """
  static let storyB = """
    A regional orchestra announced a season of free concerts in public libraries, funded by a \
    private donation, with the first performance planned for the end of January. Musicians will \
    also visit schools to give workshops on composition and improvisation.
    """

  func extracted(
    _ id: String, source: String, title: String, body: String, url: String? = nil,
    quotes: [KeyQuote] = [], figures: [Figure] = []
  ) -> ExtractedArticle {
    ExtractedArticle(
      article: Article(
        id: id, title: title, source: source, url: url, paragraphs: [body], origin: id),
      quotes: quotes, figures: figures, lede: [])
  }

  @Test func groupsNearDuplicateTextFromTwoOutlets() {
    let articles = [
      extracted("a1", source: "Daily", title: "Harbour bridge to close", body: Self.storyA),
      extracted("b1", source: "Gazette", title: "Orchestra plays libraries", body: Self.storyB),
      extracted(
        "a2", source: "Herald", title: "Council shuts harbour bridge", body: Self.storyARewritten),
    ]
    let groups = StoryGrouper().groups(articles)
    #expect(groups.count == 2)
    #expect(
      Set(groups[0].others.map(\.article.id) + [groups[0].primary.article.id]) == ["a1", "a2"])
    #expect(groups[0].alsoReportedBy.count == 1)
    #expect(groups[1].primary.article.id == "b1")
    #expect(groups[1].others.isEmpty)
  }

  @Test func identicalItemsFromTwoFeedsAreOneStory() {
    let articles = [
      extracted("x", source: "Feed one", title: "Bridge", body: Self.storyA, url: "https://a/1"),
      extracted("y", source: "Feed two", title: "Bridge", body: Self.storyA, url: "https://a/1"),
    ]
    let groups = StoryGrouper().groups(articles)
    #expect(groups.count == 1)
    #expect(groups[0].alsoReportedBy == [groups[0].others[0].article.source])
  }

  @Test func sameQuoteJoinsDifferentlyWrittenReports() {
    let quote = KeyQuote(
      text: "We will not let this bridge fall into the river while I am mayor", speaker: "Ann Lee",
      kind: .direct, paragraph: 0)
    let other = KeyQuote(
      text: "we will not let this bridge fall into the river, while I am mayor", speaker: "Lee",
      kind: .direct, paragraph: 2)
    let articles = [
      extracted("a", source: "One", title: "Mayor vows", body: Self.storyA, quotes: [quote]),
      extracted("b", source: "Two", title: "Music", body: Self.storyB, quotes: [other]),
    ]
    let groups = StoryGrouper().groups(articles)
    #expect(groups.count == 1)
    // The merged story keeps one copy of the shared quote.
    #expect(groups[0].merged.quotes.count == 1)
  }

  @Test func differentStoriesStaySeparate() {
    let articles = (0..<40).map { i in
      extracted(
        "s\(i)", source: "Wire", title: "Story \(i)",
        body: "Item \(i) reports that council \(i * 7) met with group \(i * 13) about topic \(i).")
    }
    #expect(StoryGrouper().groups(articles).count == 40)
  }

  @Test func minHashEstimatesOverlap() {
    let m = MinHash(size: 128)
    let a = m.signature(of: Self.storyA)
    #expect(m.similarity(a, m.signature(of: Self.storyA)) == 1)
    #expect(m.similarity(a, m.signature(of: Self.storyARewritten)) > 0.4)
    #expect(m.similarity(a, m.signature(of: Self.storyB)) < 0.1)
  }
}
