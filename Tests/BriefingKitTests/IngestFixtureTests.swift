import Foundation
import Testing

@testable import BriefingKit

/// The `Fixtures/ingestion/mixed` folder: an article in every format, with site furniture, a JSON
/// export with a bad item, a broken file and a README, read as a directory source.
@Suite struct IngestFixtureTests {
  static func readFixtureFolder() async throws -> (ArticleReadout, URL) {
    let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    let folder = fixtures.appendingPathComponent("ingestion")
    let source = SourceSpec(name: "fixtures", kind: .directory, path: "mixed", label: "Wire")
    let config = BriefingConfig(
      timezone: .gmt, output: OutputSpec(), sources: [source], briefings: [],
      file: folder.appendingPathComponent("briefings.yaml"))
    let readout = try await DirectorySourceReader().read(source, config: config)
    return (readout, folder.appendingPathComponent("mixed"))
  }

  func iso(_ text: String) -> Date? { try? Date(text, strategy: .iso8601) }

  @Test func readsEveryFormatAndReportsTheBrokenParts() async throws {
    let (readout, folder) = try await Self.readFixtureFolder()
    #expect(
      readout.articles.map(\.id) == ["a-wire-story", "b-council", "export-101", "c-export-3"])
    #expect(
      readout.warnings.map(\.summary) == [
        "\(folder.path)/c-export.json:11:3: warning: article 2 skipped: the article has no body "
          + "('body', 'content', 'text' or 'paragraphs')",
        "\(folder.path)/d-broken.json:1:60: warning: invalid JSON: unexpected end of file; "
          + "file skipped",
      ])
  }

  @Test func fillsMetadataAndCleansTheWireStory() async throws {
    let (readout, _) = try await Self.readFixtureFolder()
    let story = try #require(readout.articles.first)
    #expect(story.title == "Port strike ends after three weeks")
    #expect(story.source == "Wire")
    #expect(story.author == "Jane Doe and Omar Haddad")
    #expect(story.published == iso("2024-03-04T18:15:00Z"))
    #expect(
      story.paragraphs == [
        "ROTTERDAM, Netherlands (Reuters) — Dock workers at Europe's largest port voted on Monday "
          + "to end a three-week strike, the union said, after operators agreed to a 7% pay rise.",
        "\"This is a good deal for every worker here,\" union leader Niek Stam told reporters.",
        "The strike had delayed about 1,200 ships, according to port data.",
      ])
    #expect(
      story.removed.map(\.kind) == [
        .byline, .dateline, .caption, .caption, .photoCredit, .boilerplate, .contributorLine,
      ])
  }

  @Test func readsTheMarkdownAndJSONArticles() async throws {
    let (readout, _) = try await Self.readFixtureFolder()
    let council = readout.articles[1]
    #expect(council.title == "Council approves new cycle lanes")
    #expect(council.source == "City Gazette")
    #expect(council.author == "Ana Silva")
    #expect(council.published == iso("2024-03-05T08:00:00Z"))
    #expect(
      council.paragraphs == [
        "The city council approved plans for 40 km of new cycle lanes on Tuesday, by a vote of 31 "
          + "to 12.",
        "What changes",
        "Protected lanes on the ring road",
        "Lower speed limits near schools",
        "\"We want children to cycle to school safely,\" said councillor Mia Berg.",
      ])
    #expect(council.removed.map(\.kind) == [.boilerplate, .commentForm, .commentForm])
    let fares = readout.articles[2]
    #expect(fares.source == "Transport Weekly")
    #expect(fares.author == "Lee Park")
    #expect(fares.published == iso("2024-03-06T07:30:00Z"))
    #expect(fares.paragraphs.count == 2)
    let airport = readout.articles[3]
    #expect(airport.source == "Wire")
    #expect(airport.published == iso("2024-03-07T00:00:00Z"))
    #expect(airport.removed.map(\.kind) == [.republicationNote])
  }
}
