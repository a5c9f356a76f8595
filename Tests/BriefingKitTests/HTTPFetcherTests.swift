import Foundation
import Testing

@testable import BriefingKit

@Suite struct HTTPFetcherTests {
  /// A fetcher with short timeouts, no per-host delay and fast, jitter-free retries.
  static func fetcher(
    retries: Int = 2, connectTimeout: Double = 2, totalTimeout: Double = 3,
    maxConcurrent: Int = 4, perHostDelay: Double = 0, maxBytes: Int = 1_000_000,
    cache: HTTPCache? = nil
  ) -> HTTPFetcher {
    let spec = HTTPSpec(
      userAgent: "briefing-tests/1.0", connectTimeout: .seconds(connectTimeout),
      totalTimeout: .seconds(totalTimeout), maxConcurrent: maxConcurrent,
      perHostDelay: .seconds(perHostDelay), retries: retries, maxBytes: maxBytes)
    return HTTPFetcher(
      spec: spec, cache: cache,
      retryPolicy: RetryPolicy(retries: retries, baseDelay: .seconds(0.01), jitter: 0.5),
      random: { 0.5 })
  }

  /// The error `body` throws, as a `BriefingError`.
  static func error(_ body: () async throws -> Void) async -> BriefingError? {
    do {
      try await body()
      return nil
    } catch let error as BriefingError {
      return error
    } catch {
      return nil
    }
  }

  @Test func fetchesBodySendingUserAgent() async throws {
    let server = try TestHTTPServer { _, _, _ in .text("<p>hello</p>") }
    defer { server.stop() }
    let resource = try await Self.fetcher().fetch(server.url("/page"))
    #expect(String(decoding: resource.data, as: UTF8.self) == "<p>hello</p>")
    #expect(resource.contentType == "text/html; charset=utf-8")
    #expect(resource.url == server.url("/page"))
    #expect(!resource.isFromCache)
    #expect(server.requests.first?.headers["user-agent"] == "briefing-tests/1.0")
  }

  @Test func followsRedirectsAndReportsFinalAddress() async throws {
    let server = try TestHTTPServer { request, _, server in
      switch request.path {
      case "/old": .status(301, location: server.url("/middle"))
      case "/middle": .status(302, location: "/new")
      default: .text("moved here")
      }
    }
    defer { server.stop() }
    let resource = try await Self.fetcher().fetch(server.url("/old"))
    #expect(String(decoding: resource.data, as: UTF8.self) == "moved here")
    #expect(resource.url == server.url("/new"))
    #expect(resource.requestedURL == server.url("/old"))
  }

  @Test func decodesGzipBodies() async throws {
    let compressed = try RemoteFixtures.data("feeds/rss2.xml.gz")
    let server = try TestHTTPServer { _, _, _ in
      TestHTTPServer.Reply(
        headers: ["Content-Type": "application/rss+xml", "Content-Encoding": "gzip"],
        body: compressed)
    }
    defer { server.stop() }
    let resource = try await Self.fetcher().fetch(server.url("/feed.xml"))
    #expect(resource.data == (try RemoteFixtures.data("feeds/rss2.xml")))
  }

  @Test func stopsRedirectLoops() async throws {
    let server = try TestHTTPServer { request, _, _ in
      .status(302, location: request.path == "/a" ? "/b" : "/a")
    }
    defer { server.stop() }
    let url = server.url("/a")
    let error = await Self.error { _ = try await Self.fetcher(retries: 2).fetch(url) }
    #expect(error?.diagnostics.first?.summary == "\(url): error: too many redirects")
    #expect(server.requests.count < 40)
  }

  @Test func retriesAfterServerErrorThenSucceeds() async throws {
    let server = try TestHTTPServer { _, hit, _ in
      hit == 1 ? .status(500) : .text("second time lucky")
    }
    defer { server.stop() }
    let resource = try await Self.fetcher(retries: 2).fetch(server.url("/flaky"))
    #expect(String(decoding: resource.data, as: UTF8.self) == "second time lucky")
    #expect(server.requests(for: "/flaky").count == 2)
  }

  @Test func givesUpAfterRetriesWithReadableReason() async throws {
    let server = try TestHTTPServer { _, _, _ in .status(500) }
    defer { server.stop() }
    let url = server.url("/down")
    let error = await Self.error { _ = try await Self.fetcher(retries: 2).fetch(url) }
    let diagnostic = try #require(error?.diagnostics.first)
    #expect(error?.step == .ingest)
    #expect(error?.reason == .source)
    #expect(diagnostic.summary == "\(url): error: HTTP 500 after 3 attempts")
    #expect(server.requests(for: "/down").count == 3)
  }

  @Test func doesNotRetryNotFound() async throws {
    let server = try TestHTTPServer { _, _, _ in .status(404) }
    defer { server.stop() }
    let url = server.url("/missing")
    let error = await Self.error { _ = try await Self.fetcher(retries: 2).fetch(url) }
    #expect(error?.diagnostics.first?.summary == "\(url): error: HTTP 404 (not found)")
    #expect(error?.diagnostics.first?.hint == "check the address; the document is not there")
    #expect(server.requests(for: "/missing").count == 1)
  }

  @Test func stopsSlowResponseAtTotalTimeout() async throws {
    let server = try TestHTTPServer { _, _, _ in
      var reply = TestHTTPServer.Reply.text("too late")
      reply.delay = 3
      return reply
    }
    defer { server.stop() }
    let url = server.url("/slow")
    let start = ContinuousClock.now
    let error = await Self.error {
      _ = try await Self.fetcher(retries: 0, connectTimeout: 5, totalTimeout: 0.4).fetch(url)
    }
    #expect(error?.diagnostics.first?.summary == "\(url): error: timed out after 0.4s")
    #expect(ContinuousClock.now - start < .seconds(2))
    #expect(ContinuousClock.now - start >= .milliseconds(390))
  }

  @Test func stopsStalledResponseAtConnectTimeout() async throws {
    let server = try TestHTTPServer { _, _, _ in
      var reply = TestHTTPServer.Reply.text("stalls")
      reply.delay = 1.5
      return reply
    }
    defer { server.stop() }
    let url = server.url("/stalled")
    let start = ContinuousClock.now
    let error = await Self.error {
      _ = try await Self.fetcher(retries: 0, connectTimeout: 0.4, totalTimeout: 5).fetch(url)
    }
    #expect(error?.diagnostics.first?.summary == "\(url): error: timed out after 0.4s")
    #expect(ContinuousClock.now - start < .seconds(2))
    #expect(ContinuousClock.now - start >= .milliseconds(390))
  }

  @Test func keepsSlowButSteadyResponseUnderIdleTimeout() async throws {
    let server = try TestHTTPServer { _, _, _ in
      var reply = TestHTTPServer.Reply.text(String(repeating: "abcdefghij", count: 10))
      reply.pieceSize = 20
      reply.pieceDelay = 0.15
      return reply
    }
    defer { server.stop() }
    let resource = try await Self.fetcher(retries: 0, connectTimeout: 0.4, totalTimeout: 5)
      .fetch(server.url("/steady"))
    #expect(resource.data.count == 100)
  }

  @Test func rejectsOversizeBodyByLengthAndWhileStreaming() async throws {
    let big = Data(repeating: UInt8(ascii: "x"), count: 50_000)
    let server = try TestHTTPServer { request, _, _ in
      var reply = TestHTTPServer.Reply(headers: ["Content-Type": "text/plain"], body: big)
      if request.path == "/streamed" {
        reply.omitsLength = true
        reply.pieceSize = 4096
      }
      return reply
    }
    defer { server.stop() }
    for path in ["/declared", "/streamed"] {
      let url = server.url(path)
      let error = await Self.error {
        _ = try await Self.fetcher(retries: 2, maxBytes: 10_000).fetch(url)
      }
      #expect(error?.diagnostics.first?.summary == "\(url): error: response larger than 10 kB")
      #expect(server.requests(for: path).count == 1)
    }
  }

  @Test func reportsTruncatedBody() async throws {
    let server = try TestHTTPServer { _, _, _ in
      var reply = TestHTTPServer.Reply.text(String(repeating: "<p>text</p>", count: 100))
      reply.truncateAfter = 300
      return reply
    }
    defer { server.stop() }
    let url = server.url("/cut")
    let error = await Self.error { _ = try await Self.fetcher(retries: 1).fetch(url) }
    let message = try #require(error?.diagnostics.first?.message)
    #expect(message.hasPrefix("connection lost after 300 of 1100 bytes"))
    #expect(message.hasSuffix("(2 attempts)"))
    #expect(server.requests(for: "/cut").count == 2)
  }

  @Test func refusedConnectionIsReported() async throws {
    let server = try TestHTTPServer { _, _, _ in .text("") }
    let url = server.url("/gone")
    server.stop()
    let error = await Self.error { _ = try await Self.fetcher(retries: 0).fetch(url) }
    #expect(error?.diagnostics.first?.summary == "\(url): error: connection refused")
  }

  @Test func conditionalGetUsesStoredETagAndReturnsCachedBody() async throws {
    let server = try TestHTTPServer { request, _, _ in
      if request.headers["if-none-match"] == "\"v1\"" { return .status(304) }
      var reply = TestHTTPServer.Reply.text("<rss>first</rss>", type: "application/rss+xml")
      reply.headers["ETag"] = "\"v1\""
      return reply
    }
    defer { server.stop() }
    let directory = try RemoteFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = server.url("/feed.xml")

    let first = try await Self.fetcher(cache: HTTPCache(directory: directory)).fetch(url)
    #expect(!first.isFromCache)
    // A new fetcher and cache over the same folder, as on the next morning's run.
    let second = try await Self.fetcher(cache: HTTPCache(directory: directory)).fetch(url)
    #expect(second.isFromCache)
    #expect(second.data == first.data)
    #expect(second.contentType == "application/rss+xml")
    let requests = server.requests(for: "/feed.xml")
    try #require(requests.count == 2)
    #expect(requests[0].headers["if-none-match"] == nil)
    #expect(requests[1].headers["if-none-match"] == "\"v1\"")
    #expect(
      FileManager.default.fileExists(
        atPath: directory.appendingPathComponent("http-cache.json").path))
  }

  @Test func conditionalGetUsesLastModified() async throws {
    let stamp = "Tue, 10 Jun 2003 04:00:00 GMT"
    let server = try TestHTTPServer { request, _, _ in
      if request.headers["if-modified-since"] == stamp { return .status(304) }
      var reply = TestHTTPServer.Reply.text("page body")
      reply.headers["Last-Modified"] = stamp
      return reply
    }
    defer { server.stop() }
    let directory = try RemoteFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let fetcher = Self.fetcher(cache: HTTPCache(directory: directory))
    _ = try await fetcher.fetch(server.url("/page"))
    let again = try await fetcher.fetch(server.url("/page"))
    #expect(again.isFromCache)
    #expect(String(decoding: again.data, as: UTF8.self) == "page body")
  }

  @Test func boundsConcurrentRequests() async throws {
    let server = try TestHTTPServer { _, _, _ in
      var reply = TestHTTPServer.Reply.text("ok")
      reply.delay = 0.15
      return reply
    }
    defer { server.stop() }
    let fetcher = Self.fetcher(maxConcurrent: 2)
    try await withThrowingTaskGroup(of: Void.self) { group in
      for index in 0..<6 {
        group.addTask { _ = try await fetcher.fetch(server.url("/item\(index)")) }
      }
      try await group.waitForAll()
    }
    #expect(server.requests.count == 6)
    #expect(server.peakConcurrency == 2)
  }

  @Test func spacesRequestsToTheSameHost() async throws {
    let server = try TestHTTPServer { _, _, _ in .text("ok") }
    defer { server.stop() }
    let fetcher = Self.fetcher(maxConcurrent: 4, perHostDelay: 0.2)
    try await withThrowingTaskGroup(of: Void.self) { group in
      for index in 0..<3 {
        group.addTask { _ = try await fetcher.fetch(server.url("/p\(index)")) }
      }
      try await group.waitForAll()
    }
    let arrivals = server.requests.map(\.arrival).sorted()
    #expect(arrivals.count == 3)
    for (earlier, later) in zip(arrivals, arrivals.dropFirst()) {
      #expect(later - earlier >= .milliseconds(180))
    }
  }

  @Test func readsFilesByPathAndFileURL() async throws {
    let url = try RemoteFixtures.url("feeds/rss2.xml")
    let byPath = try await Self.fetcher().fetch(url.path)
    let byURL = try await Self.fetcher().fetch(url.absoluteString)
    #expect(byPath.data == byURL.data)
    #expect(!byPath.data.isEmpty)
    #expect(byPath.contentType == "application/xml")
    let missing = "/nonexistent/briefing/feed.xml"
    let error = await Self.error { _ = try await Self.fetcher().fetch(missing) }
    #expect(error?.diagnostics.first?.summary == "\(missing): error: no such file")
  }

  @Test(arguments: [
    (1, 1.125), (2, 2.25), (3, 4.5), (10, 30.0),
  ])
  func backoffDoublesWithBoundedJitter(retry: Int, expected: Double) {
    let policy = RetryPolicy(
      retries: 3, baseDelay: .seconds(1), maxDelay: .seconds(30), jitter: 0.25)
    #expect(policy.delay(beforeRetry: retry, random: 0.5).seconds == expected)
    #expect(policy.delay(beforeRetry: 1, random: 0.99).seconds < 1.25)
    #expect(policy.delay(beforeRetry: 1, random: 0.5, retryAfter: 120).seconds == 30)
  }

  @Test func formatsSizes() {
    #expect(HTTPFetcher.formatted(bytes: 5_000_000) == "5 MB")
    #expect(HTTPFetcher.formatted(bytes: 1_500_000) == "1.5 MB")
    #expect(HTTPFetcher.formatted(bytes: 10_000) == "10 kB")
    #expect(HTTPFetcher.formatted(bytes: 512) == "512 bytes")
  }
}
