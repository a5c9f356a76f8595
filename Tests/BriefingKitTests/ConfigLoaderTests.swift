import Foundation
import Testing

@testable import BriefingKit

/// Loading whole configuration files: the shipped example, one with every key, one with many
/// errors, and the file-level failures.
@Suite struct ConfigLoaderTests {
  @Test func loadsTheShippedConfiguration() throws {
    let file = ConfigTestFiles.packageRoot.appendingPathComponent("briefings.yaml")
    let validation = ConfigLoader(environment: [:]).validate(contentsOf: file)
    #expect(validation.diagnostics.map(\.description) == [])
    let config = try #require(validation.config)

    #expect(config.timezone.identifier == "Europe/Berlin")
    #expect(
      config.output == OutputSpec(directory: "out", path: "{date}/{briefing}.{ext}", keepDays: 30))
    #expect(
      config.sources == [
        SourceSpec(name: "examples", kind: .directory, path: "examples/articles", pattern: "*.txt")
      ])
    #expect(
      config.resolve("examples/articles")
        == ConfigTestFiles.packageRoot.appendingPathComponent("examples/articles")
        .standardizedFileURL)
    #expect(config.briefings.map(\.name) == ["executive", "analyst"])

    let executive = try #require(config.briefing(named: "executive"))
    #expect(
      executive
        == BriefingSpec(
          name: "executive", title: "Executive briefing", maxStories: 3, maxQuotesPerStory: 1,
          maxFiguresPerStory: 2, maxWords: 40, window: .unlimited, schedule: "Mon..Fri 06:30"))
    let analyst = try #require(config.briefing(named: "analyst"))
    #expect(
      analyst
        == BriefingSpec(
          name: "analyst", title: "Analyst briefing", showLede: true, sort: .salience,
          window: .unlimited, schedule: "Mon..Fri 06:30"))
  }

  @Test func readsEveryKey() throws {
    let file = try ConfigTestFiles.fixtures().appendingPathComponent("full/briefings.yaml")
    let loader = ConfigLoader(environment: ["CONTACT": "desk@example.org", "TEAM": ""])
    let config = try loader.load(from: file)

    #expect(config.version == 1)
    #expect(config.timezone.identifier == "America/New_York")
    #expect(config.file == file.standardizedFileURL)
    #expect(
      config.output
        == OutputSpec(directory: "briefings", path: "{briefing}/{date}.{ext}", keepDays: 14))
    #expect(config.state == StateSpec(directory: "state", keep: .days(14)))
    #expect(
      config.http
        == HTTPSpec(
          userAgent: "briefing-test/1.0 (+mailto:desk@example.org)", connectTimeout: .seconds(5),
          totalTimeout: .minutes(1), maxConcurrent: 2, perHostDelay: .seconds(0), retries: 0,
          maxBytes: 2_000_000))
    #expect(
      config.sources == [
        SourceSpec(
          name: "local", kind: .directory, path: "articles", pattern: "*.md", label: "Local desk",
          encoding: "windows-1252"),
        SourceSpec(
          name: "wire", kind: .feed, url: "https://example.org/feed.xml", fullText: .always),
        SourceSpec(
          name: "pages", kind: .page,
          urls: ["https://example.org/a.html", "file:///srv/pages/b.html"], label: "Pages"),
      ])
    #expect(
      config.briefings == [
        BriefingSpec(
          name: "morning", title: "Morning news for everyone", sources: ["local", "wire"],
          templates: [
            .markdown: "templates/brief.md.mustache", .text: "templates/brief.txt.mustache",
          ],
          maxStories: 5, maxQuotesPerStory: 0, maxFiguresPerStory: 3, maxWords: 30,
          showLede: false, include: ["election", "budget"], exclude: ["sport"], sort: .time,
          window: .hours(12), schedule: "Mon..Fri 07:00",
          deliver: [
            .command(
              "sendmail -t", email: true, to: ["desk@example.org", "chief@example.org"],
              from: "briefing@example.org"),
            .copy(to: "/srv/briefings"),
            .command("logger -t briefing", email: false, to: [], from: nil),
          ]),
        BriefingSpec(name: "evening", title: "evening", sources: ["pages"]),
      ])
  }

  @Test func reportsEveryErrorOfAFileAtOnceInOrder() throws {
    let folder = try ConfigTestFiles.fixtures().appendingPathComponent("several-errors")
    let file = folder.appendingPathComponent("briefings.yaml")
    let expected = try String(
      contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
    let text = try String(contentsOf: file, encoding: .utf8)
    let loader = ConfigLoader(environment: [:])

    let error = try #require(throws: BriefingError.self) {
      try loader.load(yaml: text, file: file, displayName: "briefings.yaml")
    }
    #expect(error.step == .loadConfig)
    #expect(error.reason == .invalidConfig)
    #expect(error.diagnostics.count == 11)
    #expect(error.description + "\n" == expected)
  }

  @Test func namesTheFileAsTheUserGaveIt() throws {
    let box = try ConfigSandbox()
    try box.write("version: 1\ntimezone: Mars\n", to: "conf/briefings.yaml")
    let folder = URL(fileURLWithPath: box.directory.path, isDirectory: true)
    let relative = URL(fileURLWithPath: "conf/briefings.yaml", relativeTo: folder)
    let absolute = box.directory.appendingPathComponent("conf/briefings.yaml")

    let shortName = ConfigLoader(environment: [:]).validate(contentsOf: relative)
    #expect(
      shortName.errors.map(\.summary) == [
        "conf/briefings.yaml:1:1: error: the configuration needs 'briefings'",
        "conf/briefings.yaml:2:11: error: unknown time zone 'Mars'",
      ])
    let longName = ConfigLoader(environment: [:]).validate(contentsOf: absolute)
    #expect(longName.errors.last?.location?.description == "\(absolute.path):2:11")
  }

  @Test func reportsAMissingFile() throws {
    let box = try ConfigSandbox()
    let file = URL(fileURLWithPath: "nowhere.yaml", relativeTo: box.directory)
    let error = try #require(throws: BriefingError.self) {
      try ConfigLoader(environment: [:]).load(from: file)
    }
    #expect(error.reason == .unreadable)
    #expect(
      error.description == """
        error: configuration file nowhere.yaml does not exist
          hint: create it (the shipped briefings.yaml is an example), or pass --config FILE
        """)
  }

  @Test func reportsTextThatIsNotUTF8() throws {
    let box = try ConfigSandbox()
    try Data([0x76, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: box.configFile)
    let validation = ConfigLoader(environment: [:]).validate(contentsOf: box.configFile)
    #expect(
      validation.diagnostics.map(\.summary) == [
        "\(box.configFile.path):1:1: error: the configuration is not UTF-8 text"
      ])
  }

  @Test func checksTemplateFilesRelativeToTheConfiguration() throws {
    let box = try ConfigSandbox()
    try box.write("{{title}}", to: "templates/mine.md.mustache")
    try box.write("", to: "templates/folder.txt.mustache/.keep")
    let validation = box.validate(
      ConfigValidationTests.briefing(
        """
            templates:
              markdown: templates/mine.md.mustache
              text: templates/missing.txt.mustache
        """))
    let folder = box.directory.standardizedFileURL.path
    #expect(
      validation.diagnostics.map(\.summaryAndHint) == [
        "briefings.yaml:8:13: error: template file 'templates/missing.txt.mustache' does not"
          + " exist | hint: paths are relative to the folder of briefings.yaml; looked for"
          + " \(folder)/templates/missing.txt.mustache"
      ])

    let folderTemplate = box.validate(
      ConfigValidationTests.briefing("    templates: {text: templates/folder.txt.mustache}"))
    #expect(
      folderTemplate.diagnostics.map(\.summary) == [
        "briefings.yaml:6:23: error: template 'templates/folder.txt.mustache' is a folder, not a"
          + " file"
      ])

    let valid = box.validate(
      ConfigValidationTests.briefing("    templates: {markdown: templates/mine.md.mustache}"))
    #expect(valid.config?.briefings.first?.templates == [.markdown: "templates/mine.md.mustache"])
  }

  @Test func appliesMergeKeysWithExplicitKeysWinning() throws {
    let box = try ConfigSandbox()
    let validation = box.validate(
      """
      version: 1
      timezone: UTC
      sources: [{name: local, path: .}]
      briefings:
        - &short
          name: short
          max_stories: 3
          max_words: 30
        - <<: *short
          name: shorter
          max_words: 20
      """)
    #expect(validation.diagnostics.isEmpty)
    let briefings = try #require(validation.config).briefings
    #expect(briefings.map(\.name) == ["short", "shorter"])
    #expect(briefings.map(\.maxStories) == [3, 3])
    #expect(briefings.map(\.maxWords) == [30, 20])
  }

  @Test func reportsAProblemInSharedSettingsOnce() throws {
    let box = try ConfigSandbox()
    let validation = box.validate(
      """
      version: 1
      timezone: UTC
      sources: [{name: local, path: .}]
      briefings:
        - &short
          name: short
          max_words: many
        - <<: *short
          name: shorter
      """)
    #expect(
      validation.diagnostics.map(\.summary) == [
        "briefings.yaml:7:16: error: 'max_words' must be a positive integer, not 'many'"
      ])
  }

  @Test func reportsEveryDuplicateKeyAndStillChecksTheRest() throws {
    let box = try ConfigSandbox()
    let validation = box.validate(
      """
      version: 1
      timezone: UTC
      timezone: Europe/Berlin
      sources: [{name: local, path: .}]
      briefings:
        - name: daily
          title: Daily
          max_words: many
          title: Daily news
          sort: time
          sort: salience
        - {name: flow, max_stories: 2, max_stories: 3}
      """)
    #expect(
      validation.diagnostics.map(\.summary) == [
        "briefings.yaml:3:1: error: duplicate key 'timezone'",
        "briefings.yaml:8:16: error: 'max_words' must be a positive integer, not 'many'",
        "briefings.yaml:9:5: error: duplicate key 'title'",
        "briefings.yaml:11:5: error: duplicate key 'sort'",
        "briefings.yaml:12:34: error: duplicate key 'max_stories'",
      ])
    #expect(
      validation.diagnostics.first?.hint == "'timezone' is already set at line 2; keep one of them")
  }

  @Test func showsTheSourceLineWithACaret() throws {
    let box = try ConfigSandbox()
    let validation = box.validate(ConfigValidationTests.briefing("    max_stories: lots"))
    #expect(
      validation.diagnostics.map(\.description) == [
        """
        briefings.yaml:6:18: error: 'max_stories' must be a positive integer, not 'lots'
                max_stories: lots
                             ^
          hint: write a whole number, such as max_stories: 5, or remove it to show every story
        """
      ])
  }

  @Test func countsColumnsInCharacters() throws {
    let box = try ConfigSandbox()
    // The flag is one character of two Unicode scalars, and so is the é (e, combining accent).
    let validation = box.validate(
      "version: 1\ntimezone: UTC\nsources: [{name: local, path: .}]\n"
        + "briefings: [{name: daily, title: \"🇩🇪 Cafe\u{301}\", sort: up}]\n")
    #expect(
      validation.errors.map(\.summary) == [
        "briefings.yaml:4:50: error: 'sort' must be salience or time, not 'up'"
      ])
  }
}
