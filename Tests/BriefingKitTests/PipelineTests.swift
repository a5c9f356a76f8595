import Foundation
import Logging
import Testing

@testable import BriefingKit

/// The whole run, `briefing generate` as a library call: the shipped example configuration end to
/// end against golden files, state and what counts as new, and failing feeds over real HTTP.
@Suite struct PipelineTests {
  /// A moment on the golden date: 2026-11-25 06:30 in Berlin.
  static let morning = Date(timeIntervalSince1970: 1_795_584_600)

  /// A scratch folder with a copy of the example articles, their modification times fixed so
  /// articles without a date of their own get the same one on every machine.
  struct Sandbox {
    let root: URL

    init() throws {
      root = FileManager.default.temporaryDirectory.appendingPathComponent(
        "briefing-pipeline-\(UUID().uuidString)")
      let articles = root.appendingPathComponent("articles")
      try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
      let examples = CLIRunner.packageRoot.appendingPathComponent("examples/articles")
      for name in try FileManager.default.contentsOfDirectory(atPath: examples.path) {
        let target = articles.appendingPathComponent(name)
        try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: target)
        try FileManager.default.setAttributes(
          [.modificationDate: Date(timeIntervalSince1970: 1_795_500_000)], ofItemAtPath: target.path
        )
      }
    }

    /// The shipped `briefings.yaml`, reading the copied articles and writing into the sandbox.
    func exampleConfig() throws -> BriefingConfig {
      let shipped = CLIRunner.packageRoot.appendingPathComponent("briefings.yaml")
      var config = try ConfigLoader(environment: [:]).load(from: shipped)
      config.sources[0].path = root.appendingPathComponent("articles").path
      config.output.directory = root.appendingPathComponent("out").path
      config.state.directory = root.appendingPathComponent("state").path
      return config
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
  }

  func pipeline(_ config: BriefingConfig, at moment: Date = morning) -> Pipeline {
    Pipeline(config: config, environment: [:], now: { moment })
  }

  @Test(arguments: ["executive", "analyst"])
  func theExampleConfigWritesTheGoldenBriefings(briefing: String) async throws {
    let box = try Sandbox()
    defer { box.remove() }
    let config = try box.exampleConfig()
    let report = try await pipeline(config).generate(GenerateRequest(briefings: [briefing]))
    #expect(report.status == .success)
    let outcome = try #require(report.outcomes.first)
    #expect(outcome.files.map(\.lastPathComponent) == ["\(briefing).md", "\(briefing).txt"])
    for file in outcome.files {
      #expect(file.deletingLastPathComponent().lastPathComponent == "2026-11-25")
      let text = try String(contentsOf: file, encoding: .utf8)
      try RenderGolden.check(text, against: file.lastPathComponent, in: "pipeline")
    }
  }

  @Test func theSameInputsAndDateGiveByteIdenticalFiles() async throws {
    let box = try Sandbox()
    defer { box.remove() }
    let config = try box.exampleConfig()
    let first = try await pipeline(config).generate(GenerateRequest())
    let before = try first.outcomes.flatMap(\.files).map { try Data(contentsOf: $0) }
    // Forced an hour later: the same date, so the same stories, byte for byte.
    let again = try await pipeline(config, at: Self.morning.addingTimeInterval(3600))
      .generate(GenerateRequest(force: true))
    let after = try again.outcomes.flatMap(\.files).map { try Data(contentsOf: $0) }
    #expect(before.count == 4)
    #expect(before == after)
  }

  @Test func aDateAlreadyProducedIsSkippedAndTheNextDayShowsOnlyWhatIsNew() async throws {
    let box = try Sandbox()
    defer { box.remove() }
    let config = try box.exampleConfig()
    _ = try await pipeline(config).generate(GenerateRequest(briefings: ["analyst"]))
    let again = try await pipeline(config).generate(GenerateRequest(briefings: ["analyst"]))
    #expect(again.outcomes.first?.skipped?.contains("already produced") == true)

    // The next morning nothing is new, until a new article arrives.
    let tomorrow = Self.morning.addingTimeInterval(86_400)
    let quiet = try await pipeline(config, at: tomorrow).generate(
      GenerateRequest(briefings: ["analyst"]))
    #expect(quiet.outcomes.first?.stories == 0)
    try "Harbour bridge to close\n\nThe council voted to close the harbour bridge on Monday.\n"
      .write(
        to: box.root.appendingPathComponent("articles/bridge.txt"), atomically: true,
        encoding: .utf8)
    let later = tomorrow.addingTimeInterval(86_400)
    let fresh = try await pipeline(config, at: later).generate(
      GenerateRequest(briefings: ["analyst"]))
    #expect(fresh.outcomes.first?.stories == 1)
    let markdown = try String(
      contentsOf: try #require(fresh.outcomes.first?.files.first), encoding: .utf8)
    #expect(markdown.contains("Harbour bridge to close"))
  }

  @Test func standardOutputAndDryRunWriteNothing() async throws {
    let box = try Sandbox()
    defer { box.remove() }
    let config = try box.exampleConfig()
    let printed = try await pipeline(config).generate(
      GenerateRequest(briefings: ["executive"], destination: .standardOutput))
    #expect(printed.outcomes.first?.markdown?.hasPrefix("# Executive briefing") == true)
    _ = try await pipeline(config).generate(GenerateRequest(destination: .dryRun))
    #expect(!FileManager.default.fileExists(atPath: box.root.appendingPathComponent("out").path))
    #expect(
      !FileManager.default.fileExists(
        atPath: box.root.appendingPathComponent("state/executive.state.json").path))
  }

  @Test func anUnknownBriefingIsAConfigurationError() async throws {
    let box = try Sandbox()
    defer { box.remove() }
    await #expect(throws: BriefingError.self) {
      try await pipeline(try box.exampleConfig()).generate(GenerateRequest(briefings: ["daily"]))
    }
  }

  /// One feed answers, one fails: the briefing is still written, names the failed source, the
  /// run is a partial failure, and the failed source's items count as new when it recovers.
  @Test func aFailingFeedDoesNotStopTheBriefingAndIsNotAdvanced() async throws {
    let box = try Sandbox()
    defer { box.remove() }
    let feed = try RemoteFixtures.data("feeds/rss2.xml")
    let other = try RemoteFixtures.data("feeds/atom.xml")
    let healthy = LockedFlag()
    let server = try TestHTTPServer { request, _, _ in
      switch request.path {
      case "/good.xml":
        return TestHTTPServer.Reply(
          status: 200, headers: ["Content-Type": "application/rss+xml"], body: feed)
      case "/flaky.xml" where healthy.value:
        return TestHTTPServer.Reply(
          status: 200, headers: ["Content-Type": "application/atom+xml"], body: other)
      default:
        return .status(500)
      }
    }
    defer { server.stop() }
    var config = try box.exampleConfig()
    config.http = HTTPSpec(
      connectTimeout: .seconds(2), totalTimeout: .seconds(5), perHostDelay: .seconds(0), retries: 0)
    config.sources = [
      SourceSpec(name: "good", kind: .feed, url: server.url("/good.xml"), fullText: .never),
      SourceSpec(name: "flaky", kind: .feed, url: server.url("/flaky.xml"), fullText: .never),
    ]
    config.briefings = [
      BriefingSpec(name: "wire", title: "Wire briefing", window: .unlimited)
    ]
    let report = try await pipeline(config).generate(GenerateRequest())
    #expect(report.status == .partialFailure)
    #expect(report.problems.map(\.description).joined().contains("flaky.xml"))
    let markdown = try String(
      contentsOf: try #require(report.outcomes.first?.files.first), encoding: .utf8)
    #expect(markdown.contains("flaky"))
    #expect(report.outcomes.first?.stories ?? 0 > 0)

    let state = try StateStore(directory: box.root.appendingPathComponent("state")).load("wire")
    #expect(state.sources["good"]?.lastSuccess != nil)
    #expect(state.sources["flaky"] == nil)

    // The next day the flaky feed answers: its items are new (the good feed's are not).
    healthy.value = true
    let next = try await pipeline(config, at: Self.morning.addingTimeInterval(86_400))
      .generate(GenerateRequest())
    #expect(next.status == .success)
    #expect((next.outcomes.first?.stories ?? 0) > 0)
  }
}

/// A Boolean shared with a server thread.
final class LockedFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var flag = false
  var value: Bool {
    get { lock.withLock { flag } }
    set { lock.withLock { flag = newValue } }
  }
}
