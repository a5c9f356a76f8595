import Foundation
import Testing

@testable import BriefingKit

/// Collects the warnings readers report.
final class RemoteWarningLog: @unchecked Sendable {
  private let lock = NSLock()
  private var diagnostics: [Diagnostic] = []

  var all: [Diagnostic] { lock.withLock { diagnostics } }

  var handler: @Sendable (Diagnostic) -> Void {
    { diagnostic in self.lock.withLock { self.diagnostics.append(diagnostic) } }
  }
}

/// Feed and page sources read over real HTTP from a server on 127.0.0.1.
@Suite struct RemoteSourceTests {
  static func config(_ directory: URL) -> BriefingConfig {
    BriefingConfig(
      timezone: TimeZone(identifier: "UTC") ?? .current, output: OutputSpec(), sources: [],
      briefings: [], file: directory.appendingPathComponent("briefings.yaml"))
  }

  static var config: BriefingConfig {
    config(FileManager.default.temporaryDirectory)
  }

  /// A server for the fixture feeds and pages.
  static func server() throws -> TestHTTPServer {
    try TestHTTPServer { request, hit, server in
      let path = request.path
      switch path {
      case "/feeds/summaries.xml", "/feeds/rss2.xml", "/feeds/atom.xml":
        let text = (try? RemoteFixtures.text(String(path.dropFirst()), base: server.baseURL)) ?? ""
        return .text(text, type: "application/rss+xml")
      case "/feeds/latin1.xml":
        let body = (try? RemoteFixtures.data("feeds/latin1.xml")) ?? Data()
        return TestHTTPServer.Reply(headers: ["Content-Type": "text/xml"], body: body)
      case "/feeds/feed.json":
        let body = (try? RemoteFixtures.data("feeds/feed.json")) ?? Data()
        return TestHTTPServer.Reply(headers: ["Content-Type": "application/json"], body: body)
      case "/feeds/flaky.xml":
        if hit == 1 { return .status(503) }
        return .text((try? RemoteFixtures.text("feeds/rdf.xml")) ?? "", type: "application/rdf+xml")
      case "/feeds/slow.xml":
        var reply = TestHTTPServer.Reply.text("<rss/>", type: "application/rss+xml")
        reply.delay = 2
        return reply
      case "/feeds/cut.xml":
        let full = (try? RemoteFixtures.data("feeds/rss2.xml")) ?? Data()
        var reply = TestHTTPServer.Reply(
          headers: ["Content-Type": "application/rss+xml"], body: full)
        reply.truncateAfter = full.count * 2 / 3
        reply.omitsLength = true
        return reply
      case "/articles/bridge.html", "/articles/long.html":
        return .text((try? RemoteFixtures.text("html/news-article.html")) ?? "")
      case "/articles/soup.html":
        return .text((try? RemoteFixtures.text("html/div-soup.html")) ?? "")
      case "/articles/mislabelled.html":
        let body = (try? RemoteFixtures.data("html/undeclared-1252.html")) ?? Data()
        return TestHTTPServer.Reply(
          headers: ["Content-Type": "text/html; charset=utf-8"], body: body)
      case "/articles/latin9.html":
        let body = (try? RemoteFixtures.data("html/iso-8859-15.html")) ?? Data()
        return TestHTTPServer.Reply(
          headers: ["Content-Type": "text/html; charset=windows-1252"], body: body)
      case "/articles/plain.txt":
        return .text((try? RemoteFixtures.text("html/div-soup.html")) ?? "", type: "text/plain")
      default:
        return .status(404)
      }
    }
  }

  static func fetcher(totalTimeout: Double = 3) -> HTTPFetcher {
    HTTPFetcherTests.fetcher(retries: 1, totalTimeout: totalTimeout)
  }

  @Test func completesSummaryOnlyItemsFromTheirPages() async throws {
    let server = try Self.server()
    defer { server.stop() }
    let warnings = RemoteWarningLog()
    let reader = FeedSourceReader(fetcher: Self.fetcher(), warn: warnings.handler)
    let source = SourceSpec(name: "gazette", kind: .feed, url: server.url("/feeds/summaries.xml"))
    let articles = try await reader.articles(from: source, config: Self.config)

    #expect(
      articles.map(\.title) == [
        "Council approves Northern Crossing bridge plan", "Page that went missing",
        "Inquiry hears from engineers",
      ])
    #expect(articles.allSatisfy { $0.source == "Gazette Summaries" })
    let bridge = articles[0]
    #expect(bridge.paragraphs.count == 6)
    #expect(bridge.paragraphs[0].hasPrefix("Riverside council approved the £48m Northern Crossing"))
    #expect(bridge.author == "Maria Ortiz, Tom Becker")
    #expect(bridge.origin == server.url("/articles/bridge.html"))
    #expect(articles[1].paragraphs == ["This summary is all there is."])
    #expect(articles[2].paragraphs.count == 1)
    #expect(server.requests(for: "/articles/long.html").isEmpty)

    let warning = try #require(warnings.all.first)
    #expect(warnings.all.count == 1)
    #expect(
      warning.summary
        == "\(server.url("/articles/missing.html")): warning: could not read the full text (HTTP 404 (not found)); the feed's summary is used"
    )
  }

  @Test(arguments: [SourceSpec.FullText.never, .always])
  func fullTextSettingForcesOrStopsPageFetches(fullText: SourceSpec.FullText) async throws {
    let server = try Self.server()
    defer { server.stop() }
    let reader = FeedSourceReader(fetcher: Self.fetcher())
    let source = SourceSpec(
      name: "gazette", kind: .feed, url: server.url("/feeds/summaries.xml"), label: "Gazette",
      fullText: fullText)
    let articles = try await reader.articles(from: source, config: Self.config)
    #expect(articles.count == 3)
    #expect(articles.allSatisfy { $0.source == "Gazette" })
    let pageRequests = server.requests.filter { $0.path.hasPrefix("/articles/") }.count
    #expect(pageRequests == (fullText == .always ? 3 : 0))
    #expect(articles[0].paragraphs.count == (fullText == .always ? 6 : 1))
    #expect(articles[2].paragraphs.count == (fullText == .always ? 6 : 1))
  }

  @Test func readsFeedFilesRelativeToTheConfiguration() async throws {
    let directory = try RemoteFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try RemoteFixtures.data("feeds/rdf.xml").write(
      to: directory.appendingPathComponent("science.rdf"))
    let source = SourceSpec(name: "science", kind: .feed, url: "science.rdf", fullText: .never)
    let articles = try await FeedSourceReader(fetcher: Self.fetcher())
      .articles(from: source, config: Self.config(directory))
    #expect(articles.map(\.source) == ["Science Daily Example", "Science Daily Example"])
    #expect(articles.first?.origin == directory.appendingPathComponent("science.rdf").path)
  }

  @Test func decodesFeedByItsXMLDeclaration() async throws {
    let server = try Self.server()
    defer { server.stop() }
    let source = SourceSpec(
      name: "journal", kind: .feed, url: server.url("/feeds/latin1.xml"), fullText: .never)
    let articles = try await FeedSourceReader(fetcher: Self.fetcher()).articles(
      from: source, config: Self.config)
    #expect(articles.first?.title == "“Café crème” – la hausse des prix")
    #expect(articles.first?.source == "Le Journal démo")
  }

  @Test func retriesAFeedThatFailsOnce() async throws {
    let server = try Self.server()
    defer { server.stop() }
    let source = SourceSpec(
      name: "science", kind: .feed, url: server.url("/feeds/flaky.xml"), fullText: .never)
    let articles = try await FeedSourceReader(fetcher: Self.fetcher()).articles(
      from: source, config: Self.config)
    #expect(articles.count == 2)
    #expect(server.requests(for: "/feeds/flaky.xml").count == 2)
  }

  @Test func slowFeedFailsTheSourceWithItsAddress() async throws {
    let server = try Self.server()
    defer { server.stop() }
    let url = server.url("/feeds/slow.xml")
    let source = SourceSpec(name: "slow", kind: .feed, url: url)
    let error = await HTTPFetcherTests.error {
      _ = try await FeedSourceReader(
        fetcher: HTTPFetcherTests.fetcher(retries: 0, totalTimeout: 0.3)
      )
      .articles(from: source, config: Self.config)
    }
    #expect(error?.diagnostics.first?.summary == "\(url): error: timed out after 0.3s")
  }

  @Test func missingFeedFailsTheSource() async throws {
    let server = try Self.server()
    defer { server.stop() }
    let url = server.url("/feeds/nothing.xml")
    let source = SourceSpec(name: "gone", kind: .feed, url: url)
    let error = await HTTPFetcherTests.error {
      _ = try await FeedSourceReader(fetcher: Self.fetcher()).articles(
        from: source, config: Self.config)
    }
    #expect(error?.diagnostics.first?.summary == "\(url): error: HTTP 404 (not found)")
  }

  @Test func keepsTheItemsOfAFeedCutOffMidway() async throws {
    let server = try Self.server()
    defer { server.stop() }
    let source = SourceSpec(
      name: "cut", kind: .feed, url: server.url("/feeds/cut.xml"), fullText: .never)
    let articles = try await FeedSourceReader(fetcher: Self.fetcher()).articles(
      from: source, config: Self.config)
    #expect(articles.first?.title == "Council approves “Northern Crossing” bridge plan")
    #expect(articles.count >= 1)
    #expect(articles.count < 4)
  }

  @Test func conditionalGetServesUnchangedFeedFromCache() async throws {
    let directory = try RemoteFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let feed = try RemoteFixtures.text("feeds/atom.xml")
    let server = try TestHTTPServer { request, _, _ in
      if request.headers["if-none-match"] == "\"atom-1\"" { return .status(304) }
      var reply = TestHTTPServer.Reply.text(feed, type: "application/atom+xml")
      reply.headers["ETag"] = "\"atom-1\""
      return reply
    }
    defer { server.stop() }
    let source = SourceSpec(
      name: "wire", kind: .feed, url: server.url("/atom.xml"), fullText: .never)
    func read() async throws -> [Article] {
      let fetcher = HTTPFetcherTests.fetcher(cache: HTTPCache(directory: directory))
      return try await FeedSourceReader(fetcher: fetcher).articles(
        from: source, config: Self.config)
    }
    let first = try await read()
    let second = try await read()
    #expect(first == second)
    #expect(first.count == 3)
    #expect(server.requests.last?.headers["if-none-match"] == "\"atom-1\"")
  }

  @Test func readsPagesWarningAboutTheOnesThatFail() async throws {
    let server = try Self.server()
    defer { server.stop() }
    let warnings = RemoteWarningLog()
    let source = SourceSpec(
      name: "picks", kind: .page,
      urls: [
        server.url("/articles/bridge.html"), server.url("/articles/gone.html"),
        server.url("/articles/soup.html"),
      ])
    let articles = try await PageSourceReader(fetcher: Self.fetcher(), warn: warnings.handler)
      .articles(from: source, config: Self.config)
    #expect(
      articles.map(\.title) == [
        "Council approves Northern Crossing bridge plan", "Harbour dredging to start next month",
      ])
    #expect(articles.map(\.source) == ["The Riverside Gazette", "127.0.0.1"])
    #expect(
      warnings.all.map(\.summary) == [
        "\(server.url("/articles/gone.html")): warning: HTTP 404 (not found)"
      ])
  }

  @Test func pageSourceFailsWhenEveryPageFails() async throws {
    let server = try Self.server()
    defer { server.stop() }
    let urls = [server.url("/articles/a.html"), server.url("/articles/b.html")]
    let source = SourceSpec(name: "picks", kind: .page, urls: urls)
    let error = await HTTPFetcherTests.error {
      _ = try await PageSourceReader(fetcher: Self.fetcher()).articles(
        from: source, config: Self.config)
    }
    #expect(error?.diagnostics.map(\.summary) == urls.map { "\($0): error: HTTP 404 (not found)" })
  }

  @Test func pageWithWrongCharsetHeaderHasNoMojibake() async throws {
    let server = try Self.server()
    defer { server.stop() }
    let source = SourceSpec(
      name: "cafe", kind: .page, urls: [server.url("/articles/mislabelled.html")],
      label: "Café Times")
    let article = try #require(
      try await PageSourceReader(fetcher: Self.fetcher()).articles(
        from: source, config: Self.config
      ).first)
    #expect(article.title == "Café prices climb again")
    #expect(article.source == "Café Times")
    #expect(article.paragraphs[1].hasPrefix("“We had no choice,” said Renée Dubois"))
  }

  @Test func sourceEncodingOverridesTheServer() async throws {
    let server = try Self.server()
    defer { server.stop() }
    let url = server.url("/articles/latin9.html")
    let plain = SourceSpec(name: "p", kind: .page, urls: [url])
    let overridden = SourceSpec(name: "p", kind: .page, urls: [url], encoding: "iso-8859-15")
    let reader = PageSourceReader(fetcher: Self.fetcher())
    let asServed = try await reader.articles(from: plain, config: Self.config)
    let asOverridden = try await reader.articles(from: overridden, config: Self.config)
    #expect(asServed.first?.paragraphs.last?.hasSuffix("now ¤3.40.") == true)
    #expect(asOverridden.first?.paragraphs.last?.hasSuffix("now €3.40.") == true)
  }
}
