import Foundation
import Testing

@Suite struct ExtractCommandTests {
  @Test func printsOneObjectPerArticleWithTheStableKeys() async throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "A title\n\nFirst paragraph of the body.\n".write(
      to: dir.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
    let result = try await CLIRunner.run(["extract", "--format", "json", "one.txt"], in: dir)
    #expect(result.status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(json.count == 1)
    #expect(json[0]["id"] as? String == "one")
    #expect(json[0]["title"] as? String == "A title")
    #expect(
      Set(json[0].keys) == [
        "id", "title", "source", "url", "published", "quotes", "figures", "lede",
      ])
  }

  @Test func aMissingFileIsReportedAndTheOthersStillExtracted() async throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "Title\n\nBody.\n".write(
      to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
    let result = try await CLIRunner.run(["extract", "missing.txt", "good.txt"], in: dir)
    #expect(result.status == 2)
    #expect(result.stderr.contains("missing.txt"))
    #expect(result.stdout.contains("\"id\" : \"good\""))
  }
}

@Suite struct ExtractURLCommandTests {
  /// A feed URL, a file and an address that fails: the feed's items and the file are extracted,
  /// the failure is named on stderr, and the exit status says something failed.
  @Test func extractsFeedsOverHTTPNextToFilesAndReportsAFailedAddress() async throws {
    // Items link back to this server (hermetic: no outside network); their pages are missing, so
    // each item keeps its own text.
    let server = try TestHTTPServer { request, _, server in
      guard request.path == "/feed.xml" else { return .status(404) }
      let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Local Wire</title>
        <item><title>Council approves bridge plan</title><link>\(server.url("/a"))</link>
        <description>The council approved the £48m crossing on Monday night.</description></item>
        <item><title>Schools to get free meals</title><link>\(server.url("/b"))</link>
        <description>“Every child deserves a hot lunch,” said Mayor Ann Lee.</description></item>
        </channel></rss>
        """
      return TestHTTPServer.Reply(
        status: 200, headers: ["Content-Type": "application/rss+xml"], body: Data(feed.utf8))
    }
    defer { server.stop() }
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "Title\n\nBody of the article.\n".write(
      to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
    let result = try await CLIRunner.run(
      ["extract", server.url("/feed.xml"), "good.txt", server.url("/gone")], in: dir)
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(server.url("/gone")): error: HTTP 404"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(
      json.map { $0["title"] as? String } == [
        "Council approves bridge plan", "Schools to get free meals", "Title",
      ])
    let quotes = try #require(json[1]["quotes"] as? [[String: Any]])
    #expect(quotes.first?["speaker"] as? String == "Ann Lee")
  }
}
