import Foundation
import Testing

@testable import BriefingKit

@Suite struct FeedParserTests {
  static func feed(_ name: String, url: String? = nil, contentType: String? = nil) throws -> Feed {
    try FeedParser().feed(
      from: try RemoteFixtures.data("feeds/\(name)"),
      url: url ?? "https://example.com/\(name)", contentType: contentType)
  }

  static func date(_ text: String) -> Date? { DateParser().date(from: text) }

  @Test func readsRSS2Items() throws {
    let feed = try Self.feed("rss2.xml", url: "https://gazette.example.com/feed.xml")
    #expect(feed.format == .rss)
    #expect(feed.title == "The Riverside Gazette – News")
    #expect(feed.link == "https://gazette.example.com/")
    #expect(feed.items.count == 4)
    #expect(feed.skippedItems == 1)

    let bridge = feed.items[0]
    #expect(bridge.id == "https://gazette.example.com/news/2024/03/bridge-plan")
    #expect(bridge.title == "Council approves “Northern Crossing” bridge plan")
    #expect(
      bridge.link
        == "https://gazette.example.com/news/2024/03/bridge-plan?utm_source=rss&utm_medium=feed")
    #expect(bridge.published == Self.date("2024-03-05T07:30:00Z"))
    #expect(bridge.author == "Maria Ortiz")
    #expect(bridge.summary == ["Councillors voted 9–4 for the £48m crossing."])
    #expect(
      bridge.content == [
        "Riverside council approved the £48m Northern Crossing on Monday night, ending a decade of argument over how to ease traffic in the town centre.",
        "“This is the most important decision this council has taken in a generation,” said council leader Jan Okafor.",
        "Work is due to begin in the spring of 2025.",
        "The bridge should open in 2027.",
      ])
  }

  @Test func decodesHTMLEntitiesAndNormalisesLinkIdentifiers() throws {
    let feed = try Self.feed("rss2.xml", url: "https://gazette.example.com/feed.xml")
    let meals = feed.items[1]
    #expect(meals.id == "https://gazette.example.com/news/2024/03/school-meals")
    #expect(meals.author == "Tom Becker")
    #expect(meals.published == Self.date("2024-03-04T17:05:00Z"))
    #expect(
      meals.summary == [
        "All primary pupils will get free meals from September, the council said. Café owners welcomed the move — mostly."
      ])

    let column = feed.items[2]
    #expect(column.id == "https://gazette.example.com/feed.xml#12345")
    #expect(column.title == "Opinion: Why the bridge matters")
    #expect(column.link == nil)
    #expect(column.summary == ["First paragraph of the column.", "Second paragraph."])
    #expect(column.published == Self.date("2024-03-03T14:15:00Z"))

    let untitled = feed.items[3]
    #expect(untitled.title == "A short item with no title, but with text that says what…")
    #expect(untitled.id.hasPrefix("sha:"))
  }

  @Test func readsAtomWithBaseTypesAndAuthors() throws {
    let feed = try Self.feed("atom.xml", url: "https://wire.example.org/atom.xml")
    #expect(feed.format == .atom)
    #expect(feed.title == "Example Wire")
    #expect(feed.link == "https://wire.example.org/")
    #expect(feed.items.count == 3)

    let storm = feed.items[0]
    #expect(storm.id == "tag:wire.example.org,2024:storm-ports")
    #expect(storm.title == "Storm Ciara closes ports")
    #expect(storm.link == "https://wire.example.org/stories/storm-ports")
    #expect(storm.author == "Ana Lindqvist, Piet de Vries")
    #expect(storm.published == Self.date("2024-03-05T05:45:00Z"))
    #expect(storm.updated == Self.date("2024-03-05T07:10:30.250Z"))
    #expect(
      storm.content == [
        "Ports on the north coast closed on Tuesday as winds reached 140 km/h.",
        "“We have never seen anything like it,” said harbour master Ole Hansen.",
      ])
    #expect(storm.summary == ["Ports on the north coast closed as winds reached 140 km/h."])

    let rail = feed.items[1]
    #expect(rail.title == "Rail strike called off")
    #expect(rail.author == "Wire Staff")
    #expect(
      rail.content == [
        "The rail union called off Thursday's strike after a late offer.",
        "Talks will resume next week.",
      ])

    let plain = feed.items[2]
    #expect(plain.title == "Plain text title with 5 < 6")
    #expect(plain.content.isEmpty)
    #expect(plain.summary == ["Only a short summary here."])
    #expect(plain.link == "https://wire.example.org/stories/plain")
    #expect(plain.published == nil)
    #expect(plain.updated == Self.date("2024-03-04T00:00:00Z"))
  }

  @Test func readsRSS1RDF() throws {
    let feed = try Self.feed("rdf.xml")
    #expect(feed.format == .rdf)
    #expect(feed.title == "Science Daily Example")
    #expect(
      feed.items.map(\.title) == [
        "Coral reefs recover faster than expected", "Comet visible to the naked eye",
      ])
    #expect(feed.items[0].id == "https://science.example.net/2024/coral")
    #expect(feed.items[0].author == "Lena Fischer")
    #expect(feed.items[0].published == Self.date("2024-03-01T17:00:00Z"))
    #expect(feed.items[1].published == Self.date("2024-02-29T00:00:00Z"))
  }

  @Test func readsJSONFeedSkippingBrokenItems() throws {
    let feed = try Self.feed("feed.json", url: "https://notes.example.com/feed.json")
    #expect(feed.format == .jsonFeed)
    #expect(feed.title == "Harbour Notes")
    #expect(feed.items.count == 3)
    #expect(feed.skippedItems == 2)

    let ferry = feed.items[0]
    #expect(ferry.content == ["The ferry will run every ½ hour from April.", "Fares rise by 5%."])
    #expect(ferry.author == "Sam Patel")

    let market = feed.items[1]
    #expect(market.id == "https://notes.example.com/feed.json#42")
    #expect(market.link == "https://notes.example.com/2024/market")
    #expect(market.title == "The Saturday market moves to the quay.")
    #expect(market.author == "Harbour Notes Team")
    #expect(market.content.count == 2)
    #expect(market.updated == Self.date("2024-03-04T10:00:00Z"))

    #expect(feed.items[2].id == "urn:uuid:8d3c-0001")
    #expect(feed.items[2].text == ["High tides expected on Friday."])
  }

  @Test func keepsItemsAroundABrokenOne() throws {
    let feed = try Self.feed("broken.xml")
    let titles = feed.items.map(\.title)
    #expect(titles.first == "First story survives")
    #expect(titles.last == "Third story survives too")
    #expect(titles.count == 3)
  }

  @Test func keepsCompleteItemsOfTruncatedFeed() throws {
    let feed = try Self.feed("truncated.xml")
    #expect(feed.items.first?.title == "Complete item")
    #expect(feed.items.first?.summary == ["This item arrived whole."])
  }

  @Test func decodesDeclaredLatin1AsWindows1252() throws {
    let feed = try Self.feed("latin1.xml")
    #expect(feed.title == "Le Journal démo")
    #expect(feed.items.first?.title == "“Café crème” – la hausse des prix")
    #expect(feed.items.first?.summary == ["Le prix du café a augmenté de 12 % …"])
  }

  @Test func headerCharsetWinsOverDeclaration() throws {
    let utf8 = Data(
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Zürich Nachrichten</title></channel></rss>"
        .utf8)
    let feed = try FeedParser().feed(
      from: utf8, url: "https://z.example/rss", contentType: "text/xml; charset=utf-8")
    #expect(feed.title == "Zürich Nachrichten")
  }

  @Test(arguments: [
    ("", "https://e.example/f: error: the feed is empty"),
    (
      "<html><body>hi</body></html>",
      "https://e.example/f: error: not a feed: the document's root element is <html>"
    ),
    (
      "{\"title\": \"x\"}",
      "https://e.example/f: error: not a JSON Feed (no 'version' naming jsonfeed.org, or no 'items')"
    ),
    (
      "<rss><channel><title>x</title>",
      "https://e.example/f:1:31: error: the document ends too early: the feed is not well-formed XML"
    ),
  ])
  func rejectsWhatIsNotAFeed(text: String, expected: String) {
    #expect(throws: BriefingError.self) {
      try FeedParser().feed(fromText: text, url: "https://e.example/f")
    }
    do {
      _ = try FeedParser().feed(fromText: text, url: "https://e.example/f")
    } catch let error as BriefingError {
      #expect(error.diagnostics.first?.summary == expected)
      #expect(error.step == .ingest && error.reason == .source)
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test func feedItemBecomesArticle() throws {
    let feed = try Self.feed("rss2.xml")
    let article = feed.items[0].article(
      source: "Gazette", origin: "https://gazette.example.com/feed.xml")
    #expect(article.id == feed.items[0].id)
    #expect(article.source == "Gazette")
    #expect(article.paragraphs.count == 4)
    #expect(article.published == feed.items[0].published)
    #expect(article.url == feed.items[0].link)
  }
}
