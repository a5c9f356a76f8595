import Foundation
import Testing

/// `briefing generate` and `briefing check` run as real processes: what they print and the exit
/// statuses the README documents.
@Suite struct GenerateCommandTests {
  /// A folder with a small configuration over one article.
  static func project(config: String? = nil) throws -> URL {
    let dir = try CLIRunner.temporaryDirectory()
    let articles = dir.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    try """
    Harbour bridge to close

    Monday, March 4, 2024

    The city council voted on Monday to close the harbour bridge to cars, after engineers found \
    corrosion in 14 of its 20 main girders.

    "We had no choice," said Mayor Ann Lee. "The bridge is not safe."
    """.write(to: articles.appendingPathComponent("bridge.txt"), atomically: true, encoding: .utf8)
    try (config ?? Self.config).write(
      to: dir.appendingPathComponent("briefings.yaml"), atomically: true, encoding: .utf8)
    return dir
  }

  static let config = """
    version: 1
    timezone: UTC
    sources:
      - name: local
        path: articles
    briefings:
      - name: daily
        title: Daily briefing
        window: all
    """

  @Test func writesBothFilesAndSkipsADateAlreadyProduced() async throws {
    let dir = try Self.project()
    defer { try? FileManager.default.removeItem(at: dir) }
    let first = try await CLIRunner.run(["generate", "--date", "2024-03-05"], in: dir)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout == "wrote out/2024-03-05/daily.md\nwrote out/2024-03-05/daily.txt\n")
    let markdown = try String(
      contentsOf: dir.appendingPathComponent("out/2024-03-05/daily.md"), encoding: .utf8)
    #expect(markdown.contains("Harbour bridge to close"))
    #expect(markdown.contains("— Ann Lee"))

    let again = try await CLIRunner.run(["generate", "--date", "2024-03-05"], in: dir)
    #expect(again.status == 0)
    #expect(again.stderr.contains("daily: already produced for 2024-03-05; --force regenerates it"))
    let forced = try await CLIRunner.run(["generate", "--date", "2024-03-05", "--force"], in: dir)
    #expect(forced.status == 0)
    #expect(
      try String(contentsOf: dir.appendingPathComponent("out/2024-03-05/daily.md"), encoding: .utf8)
        == markdown)
  }

  @Test func printsMarkdownWithStdoutAndWritesNothing() async throws {
    let dir = try Self.project()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try await CLIRunner.run(["generate", "--stdout", "--date", "2024-03-05"], in: dir)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("# Daily briefing — Tuesday, 5 March 2024"))
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
  }

  @Test func anInvalidConfigurationExitsWith78AndNamesThePlace() async throws {
    let dir = try Self.project(
      config: Self.config.replacingOccurrences(of: "window: all", with: "max_quote: 2"))
    defer { try? FileManager.default.removeItem(at: dir) }
    for command in [["generate"], ["check"]] {
      let result = try await CLIRunner.run(command, in: dir)
      #expect(result.status == 78)
      #expect(
        result.stderr.contains("briefings.yaml:9:5: error: unknown key 'max_quote' in a briefing"))
      #expect(result.stderr.contains("hint: did you mean 'max_quotes_per_story'?"))
      #expect(!result.stderr.contains("Error:"))
    }
  }

  @Test func aMissingConfigurationSaysWhatToDo() async throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try await CLIRunner.run(["generate"], in: dir)
    #expect(result.status != 0)
    #expect(result.stderr.contains("briefings.yaml"))
    #expect(result.stderr.contains("--config"))
  }

  @Test func checkAcceptsAValidConfiguration() async throws {
    let dir = try Self.project()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try await CLIRunner.run(["check"], in: dir)
    #expect(result.status == 0)
    #expect(result.stdout == "briefings.yaml: ok (1 briefing(s), 1 source(s))\n")
  }

  @Test(arguments: [
    (["generate", "--date", "2024-13-01"], "'--date 2024-13-01' is not a date"),
    (["generate", "--stdout", "--dry-run"], "choose one of --stdout and --dry-run"),
    (["generate", "--briefing"], "Missing value for '--briefing <briefing>'"),
  ])
  func usageErrorsExitWith64(arguments: [String], message: String) async throws {
    let dir = try Self.project()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try await CLIRunner.run(arguments, in: dir)
    #expect(result.status == 64)
    #expect(result.stderr.contains(message))
  }

  @Test func anUnknownBriefingIsNamedWithTheOnesThatExist() async throws {
    let dir = try Self.project()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try await CLIRunner.run(["generate", "--briefing", "weekly"], in: dir)
    #expect(result.status == 78)
    #expect(result.stderr.contains("no briefing named 'weekly'"))
    #expect(result.stderr.contains("the configuration defines: daily"))
  }

  @Test func aFailedSourceIsAPartialFailureWithExitStatus2() async throws {
    let config = Self.config.replacingOccurrences(
      of: "    path: articles\n", with: "    path: articles\n  - name: gone\n    path: missing\n")
    let dir = try Self.project(config: config)
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try await CLIRunner.run(["generate", "--date", "2024-03-05"], in: dir)
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stderr.contains("missing"))
    let markdown = try String(
      contentsOf: dir.appendingPathComponent("out/2024-03-05/daily.md"), encoding: .utf8)
    #expect(markdown.contains("Harbour bridge to close"))
    #expect(markdown.contains("gone"))
  }
}
