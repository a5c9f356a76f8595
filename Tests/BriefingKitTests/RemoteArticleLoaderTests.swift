import Foundation
import Testing

@testable import BriefingKit

/// `briefing extract` on URLs and HTML/feed files.
@Suite struct RemoteArticleLoaderTests {
  static func loader(fullText: SourceSpec.FullText = .auto) -> RemoteArticleLoader {
    RemoteArticleLoader(fetcher: RemoteSourceTests.fetcher(), fullText: fullText)
  }

  @Test func loadsEveryItemOfAFeedURL() async throws {
    let server = try RemoteSourceTests.server()
    defer { server.stop() }
    let articles = try await Self.loader().articles(at: server.url("/feeds/summaries.xml"))
    #expect(articles.count == 3)
    #expect(articles[0].paragraphs.count == 6)
    #expect(articles[0].source == "Gazette Summaries")
  }

  @Test func loadsAnArticlePageURL() async throws {
    let server = try RemoteSourceTests.server()
    defer { server.stop() }
    let articles = try await Self.loader().articles(at: server.url("/articles/bridge.html"))
    #expect(articles.map(\.title) == ["Council approves Northern Crossing bridge plan"])
  }

  @Test func sniffsJSONFeedAndMislabelledPage() async throws {
    let server = try RemoteSourceTests.server()
    defer { server.stop() }
    let feed = try await Self.loader(fullText: .never).articles(at: server.url("/feeds/feed.json"))
    #expect(feed.count == 3)
    #expect(feed.first?.source == "Harbour Notes")
    let page = try await Self.loader().articles(at: server.url("/articles/plain.txt"))
    #expect(page.first?.title == "Harbour dredging to start next month")
  }

  @Test func loadsHTMLAndFeedFiles() async throws {
    let html = try RemoteFixtures.url("html/div-soup.html").path
    let page = try await Self.loader().articles(at: html)
    #expect(page.count == 1)
    #expect(page.first?.id == "div-soup")
    #expect(page.first?.url == nil)
    #expect(page.first?.origin == html)

    let feed = try await Self.loader(fullText: .never).articles(
      at: try RemoteFixtures.url("feeds/atom.xml").absoluteString)
    #expect(feed.map(\.source) == ["Example Wire", "Example Wire", "Example Wire"])
  }

  @Test func handlesJSONFeedFilesButNotArticleJSON() throws {
    let directory = try RemoteFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let feed = directory.appendingPathComponent("notes.json")
    let article = directory.appendingPathComponent("story.json")
    try RemoteFixtures.data("feeds/feed.json").write(to: feed)
    try Data(#"{"title": "A story", "body": "Text."}"#.utf8).write(to: article)
    #expect(RemoteArticleLoader.handles(feed.path))
    #expect(!RemoteArticleLoader.handles(article.path))
  }

  @Test func unreachableAddressIsAnError() async throws {
    let server = try RemoteSourceTests.server()
    let url = server.url("/feeds/rss2.xml")
    server.stop()
    let error = await HTTPFetcherTests.error { _ = try await Self.loader().articles(at: url) }
    #expect(error?.diagnostics.first?.summary == "\(url): error: connection refused (2 attempts)")
  }

  @Test(arguments: [
    ("https://example.com/feed", true), ("http://example.com/a.html", true),
    ("file:///tmp/a.xml", true), ("saved/page.HTML", true), ("feeds/news.rss", true),
    ("articles/story.txt", false), ("articles/story.md", false), ("articles/story.json", false),
    ("  https://example.com/feed", true), ("HTTPS://EXAMPLE.COM/feed", true),
    ("File:///tmp/a.txt", true), ("feeds/news.Atom", true), ("feeds/a.b.rdf", true),
    ("h/story.txt", false), ("f.html/story", false), ("story.xhtml.txt", false), ("feeds", false),
  ])
  func knowsWhichAddressesItHandles(location: String, handled: Bool) {
    #expect(RemoteArticleLoader.handles(location) == handled)
  }

  @Test(
    arguments: [
      (
        "<?xml version=\"1.0\"?>\n<!-- generator -->\n<?xml-stylesheet href=\"s.xsl\"?><rss version=\"2.0\">",
        DocumentKind.feed
      ),
      ("  <feed xmlns=\"http://www.w3.org/2005/Atom\">", .feed),
      ("<rdf:RDF xmlns:rdf=\"...\">", .feed),
      ("<!DOCTYPE html><html><head>", .page),
      ("<html lang=\"en\">", .page),
      ("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}", .feed),
    ] as [(String, DocumentKind)])
  func sniffsDocumentKind(head: String, kind: DocumentKind) {
    let resource = FetchedResource(
      data: Data(head.utf8), requestedURL: "x", url: "x", contentType: "text/plain")
    #expect(DocumentKind(of: resource) == kind)
  }
}
