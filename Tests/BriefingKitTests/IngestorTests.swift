import Foundation
import Testing

@testable import BriefingKit

@Suite struct IngestorTests {
  static func directory(_ name: String, _ path: String, label: String? = nil) -> SourceSpec {
    SourceSpec(name: name, kind: .directory, path: path, label: label)
  }

  @Test func keepsReadingWhenOneSourceFails() async throws {
    let folder = try IngestScratchFolder()
    try folder.write("one/a.txt", "Alpha\n\nBody A.\n")
    try folder.write("two/b.txt", "Beta\n\nBody B.\n")
    try folder.write("two/c.json", "[1]")
    let sources = [
      Self.directory("one", "one"), Self.directory("missing", "missing"),
      Self.directory("two", "two"),
    ]
    let result = await Ingestor().articles(from: sources, config: folder.config(sources))
    #expect(result.articles.map(\.title) == ["Alpha", "Beta"])
    #expect(result.articles.map(\.source) == ["one", "two"])
    let missing = folder.url.appendingPathComponent("missing").path
    #expect(
      result.failures == [
        SourceFailure(
          source: "missing", reason: "folder '\(missing)' does not exist")
      ])
    #expect(result.errors.map(\.reason) == [.unreadable])
    #expect(
      result.warnings.map(\.message) == [
        "article 1 skipped: expected an article object, found a number"
      ])
  }

  @Test func keepsTheConfiguredOrderWhateverFinishesFirst() async throws {
    let folder = try IngestScratchFolder()
    let sources = ["slow", "fast", "middle"].map {
      SourceSpec(name: $0, kind: .feed, url: "stub://\($0)")
    }
    let probe = ConcurrencyProbe()
    let ingestor = Ingestor(readers: [.feed: StubReader(probe: probe)])
    let result = await ingestor.articles(from: sources, config: folder.config(sources))
    #expect(result.articles.map(\.id) == ["slow-1", "fast-1", "middle-1"])
    #expect(await probe.slowSawOthersStart, "sources should be read concurrently")
  }

  @Test func dropsArticlesSeenBefore() async throws {
    let folder = try IngestScratchFolder()
    try folder.write("one/same.txt", "Same\n\nBody.\n")
    try folder.write("two/same.txt", "Same again\n\nBody.\n")
    try folder.write(
      "one/linked.json", #"{"title": "Linked", "body": "B.", "url": "https://www.example.org/x/"}"#)
    try folder.write(
      "three/other.json", #"{"title": "Other", "body": "B.", "url": "http://example.org/x#top"}"#)
    let sources = [
      Self.directory("one", "one", label: "Ledger"), Self.directory("two", "two", label: "Ledger"),
      Self.directory("three", "three", label: "Gazette"),
    ]
    let result = await Ingestor().articles(from: sources, config: folder.config(sources))
    #expect(result.articles.map(\.title) == ["Linked", "Same"])
    #expect(result.failures.isEmpty)
  }

  @Test func reportsSourcesWithoutAReader() async throws {
    let folder = try IngestScratchFolder()
    let sources = [SourceSpec(name: "news", kind: .feed, url: "https://example.org/feed")]
    let result = await Ingestor().articles(from: sources, config: folder.config(sources))
    #expect(result.articles.isEmpty)
    #expect(result.failures.map(\.source) == ["news"])
    #expect(
      result.errors.first?.diagnostics.first?.message
        == "source 'news': feed sources cannot be read by this build")
  }

  @Test func turnsAnyThrownErrorIntoASourceFailure() async throws {
    let folder = try IngestScratchFolder()
    let sources = [SourceSpec(name: "odd", kind: .page, urls: ["x"])]
    let result = await Ingestor(readers: [.page: ThrowingReader()]).articles(
      from: sources, config: folder.config(sources))
    #expect(result.failures.count == 1)
    #expect(result.errors.first?.step == .ingest)
    #expect(result.errors.first?.reason == .source)
    // The failure is listed under the source's name, so the reason does not repeat it.
    #expect(result.failures.first?.source == "odd")
    #expect(result.failures.first?.reason.hasPrefix("source 'odd'") == false)
    #expect(result.errors.first?.diagnostics.first?.message.hasPrefix("source 'odd': ") == true)
  }
}

/// Records whether the slow source saw the others start before it finished.
private actor ConcurrencyProbe {
  var started: Set<String> = []
  var slowSawOthersStart = false

  func start(_ name: String) { started.insert(name) }
  func othersStarted() -> Bool { started.isSuperset(of: ["fast", "middle"]) }
  func recordSlowSawOthers(_ value: Bool) { slowSawOthersStart = value }
}

/// A source reader that answers from memory; the `slow` source waits (briefly, bounded) until the
/// other sources have started.
private struct StubReader: SourceReading {
  let probe: ConcurrencyProbe

  func articles(from source: SourceSpec, config: BriefingConfig) async throws -> [Article] {
    await probe.start(source.name)
    if source.name == "slow" {
      var saw = false
      for _ in 0..<2000 where !saw {
        saw = await probe.othersStarted()
        if !saw { try await Task.sleep(nanoseconds: 1_000_000) }
      }
      await probe.recordSlowSawOthers(saw)
    }
    return [
      Article(
        id: "\(source.name)-1", title: source.name, source: source.name, paragraphs: ["Body."],
        origin: source.url ?? "")
    ]
  }
}

private struct ThrowingReader: SourceReading {
  struct Failure: Error {}

  func articles(from source: SourceSpec, config: BriefingConfig) async throws -> [Article] {
    throw Failure()
  }
}
