import Foundation
import Testing

@testable import BriefingKit

/// A hand-built briefing with every feature the templates show: linked and unlinked headlines,
/// a URL longer than a text line, quotes with and without speaker and role, figures with notes,
/// a cut lede, Markdown-special characters in article text, other outlets, a failed source.
enum RenderFixture {
  static let berlin = TimeZone(identifier: "Europe/Berlin") ?? .gmt

  static let briefing = Briefing(
    name: "analyst", title: "Analyst briefing", date: "2026-11-24",
    stories: [
      Story(
        headline: "Blinken says [humanitarian] pauses in Gaza are *under discussion*",
        url: "https://example.org/world/blinken-pauses",
        source: "ABC News",
        published: Date(timeIntervalSince1970: 1_795_500_000),
        lede:
          "US Secretary of State Antony Blinken said on Friday that humanitarian pauses in Gaza "
          + "were being discussed with Israel, as more than 240 hostages remain in captivity.",
        quotes: [
          KeyQuote(
            text: "We believe that the pauses would help to protect civilians and to get \"real\" "
              + "assistance in, and also help with the release of hostages",
            speaker: "Antony Blinken", role: "US Secretary of State", cue: "said", kind: .direct,
            paragraph: 2),
          KeyQuote(
            text: "very much on the agenda", speaker: "John Kirby", cue: "said", kind: .partial,
            paragraph: 5),
        ],
        figures: [
          Figure(
            text: "more than 240 hostages", value: 240, unit: "hostages", kind: .count,
            sentence: "More than 240 hostages remain in captivity.", paragraph: 1),
          Figure(
            text: "$1.2 billion", value: 1_200_000_000, unit: "USD", kind: .money,
            sentence: "The aid package is worth $1.2 billion.", paragraph: 3),
          Figure(
            text: "last Friday", value: nil, unit: "date", kind: .date,
            sentence: "The talks began last Friday.", paragraph: 4, resolvedDate: "2026-11-20"),
        ],
        alsoReportedBy: ["BBC News", "Reuters"],
        articleIDs: ["abc-blinken-pause"]),
      Story(
        headline: "Crane collapse at Mecca's Grand Mosque kills 107 during storm",
        url:
          "https://en.wikinews.org/wiki/Crane_collapse_at_Mecca%27s_Grand_Mosque_kills_at_least_107_people_during_storm",
        source: "Wikinews",
        published: Date(timeIntervalSince1970: 1_795_420_000),
        lede:
          "A construction crane collapsed onto the Grand Mosque in Mecca during a violent storm "
          + "on Friday, killing at least 107 people and injuring…",
        quotes: [
          KeyQuote(
            text: "It was like an earthquake, everything shook and then the noise came",
            kind: .direct, paragraph: 3)
        ],
        figures: [],
        articleIDs: ["wn-mecca-crane-collapse"]),
      Story(
        headline: "1. FC Köln fans #MeToo campaign: organisers count 32 cities",
        source: "Local wire_feed",
        lede: "#MeToo organisers said 32 cities had joined the campaign, up 45% on last year.",
        quotes: [],
        figures: [
          Figure(
            text: "32 cities", value: 32, unit: "cities", kind: .count,
            sentence: "Organisers said 32 cities had joined.", paragraph: 0),
          Figure(
            text: "45%", value: 45, unit: "percent", kind: .percent,
            sentence: "That is up 45% on last year.", paragraph: 0),
          Figure(
            text: "19", value: 19, unit: "years", kind: .age,
            sentence: "The founder, 19, spoke first.", paragraph: 1),
        ],
        articleIDs: ["local-metoo"]),
    ],
    failedSources: [SourceFailure(source: "reuters-feed", reason: "HTTP 503 after 3 attempts")],
    timeZone: berlin)
}

/// Compares rendered output with files in `Golden/`; `UPDATE_GOLDENS=1 swift test` rewrites them.
enum RenderGolden {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static func check(_ actual: String, against name: String, in subfolder: String = "render")
    throws
  {
    let folder = golden.appendingPathComponent(subfolder)
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "\(name) differs; review and run UPDATE_GOLDENS=1 swift test")
  }
}

@Suite struct RenderGoldenTests {
  @Test(arguments: OutputFormat.allCases)
  func rendersFixtureLikeGolden(format: OutputFormat) throws {
    let output = try Renderer().render(RenderFixture.briefing, as: format)
    try RenderGolden.check(output, against: "briefing.\(format.fileExtension)")
  }

  @Test(arguments: OutputFormat.allCases)
  func rendersSameBytesTwice(format: OutputFormat) throws {
    let first = try Renderer().render(RenderFixture.briefing, as: format)
    let second = try Renderer().render(RenderFixture.briefing, as: format)
    #expect(Data(first.utf8) == Data(second.utf8))
  }

  @Test(arguments: OutputFormat.allCases)
  func leavesNoTrailingSpacesAndOneFinalNewline(format: OutputFormat) throws {
    let output = try Renderer().render(RenderFixture.briefing, as: format)
    #expect(output.hasSuffix("\n") && !output.hasSuffix("\n\n"))
    for line in output.split(separator: "\n") {
      #expect(line.last != " ", "trailing space in: \(line)")
    }
    #expect(!output.contains("\n\n\n"))
  }
}

@Suite struct RenderContentTests {
  @Test func rendersEmptyBriefing() throws {
    let briefing = Briefing(name: "x", title: "Morning", date: "2026-11-24", stories: [])
    #expect(
      try Renderer().render(briefing, as: .markdown)
        == "# Morning — Tuesday, 24 November 2026\n\nNo stories today.\n")
    #expect(
      try Renderer().render(briefing, as: .text)
        == "MORNING\nTuesday, 24 November 2026\n" + String(repeating: "=", count: 72)
        + "\n\nNo stories today.\n")
  }

  @Test(arguments: OutputFormat.allCases)
  func leavesLedesOutWhenBriefingHidesThem(format: OutputFormat) throws {
    var briefing = RenderFixture.briefing
    briefing.showsLede = false
    let output = try Renderer().render(briefing, as: format)
    #expect(!output.contains("construction crane collapsed"))
    #expect(output.contains("Crane collapse at Mecca"))
  }

  @Test func showsPublicationDateInBriefingTimeZone() throws {
    var briefing = RenderFixture.briefing
    briefing.stories = [briefing.stories[0]]
    briefing.timeZone = TimeZone(identifier: "Pacific/Honolulu") ?? .gmt
    let output = try Renderer().render(briefing, as: .markdown)
    #expect(output.contains("*ABC News · 23 November 2026*"))
  }

  @Test func linksHeadlineOnlyWhenStoryHasURL() throws {
    let output = try Renderer().render(RenderFixture.briefing, as: .markdown)
    #expect(output.contains("## 1. [Blinken says"))
    #expect(output.contains("## 3. 1\\. FC Köln fans #MeToo campaign"))
  }
}
