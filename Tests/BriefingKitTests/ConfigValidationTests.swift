import Foundation
import Testing

@testable import BriefingKit

/// Every validation finding of `briefings.yaml`, as the exact text a user reads, location included.
@Suite struct ConfigValidationTests {
  /// A valid configuration whose one briefing (line 5) takes the setting on line 6.
  static func briefing(_ setting: String) -> String {
    """
    version: 1
    timezone: UTC
    sources: [{name: local, path: .}]
    briefings:
      - name: daily
    \(setting)

    """
  }

  static let briefingCases: [(String, [String])] = [
    (
      "    max_quotes_per_story: three",
      [
        "briefings.yaml:6:27: error: 'max_quotes_per_story' must be a whole number (0 or more),"
          + " not 'three' | hint: write a whole number, such as max_quotes_per_story: 2"
          + " (0 shows none), or remove it to show every key quote"
      ]
    ),
    (
      "    max_stories: 0",
      [
        "briefings.yaml:6:18: error: 'max_stories' must be a positive integer, not 0 | hint:"
          + " write a whole number, such as max_stories: 5, or remove it to show every story"
      ]
    ),
    (
      "    max_stories: \"3\"",
      [
        "briefings.yaml:6:18: error: 'max_stories' must be a positive integer, not the string"
          + " \"3\" | hint: remove the quotes: max_stories: 3"
      ]
    ),
    (
      "    max_stories: 2.5",
      [
        "briefings.yaml:6:18: error: 'max_stories' must be a positive integer, not '2.5' | hint:"
          + " write a whole number, such as max_stories: 5, or remove it to show every story"
      ]
    ),
    (
      "    max_figures_per_story: -1",
      [
        "briefings.yaml:6:28: error: 'max_figures_per_story' must be a whole number (0 or more),"
          + " not -1 | hint: write a whole number, such as max_figures_per_story: 2"
          + " (0 shows none), or remove it to show every key figure"
      ]
    ),
    (
      "    max_quote: 3",
      [
        "briefings.yaml:6:5: error: unknown key 'max_quote' in a briefing | hint: did you mean"
          + " 'max_quotes_per_story'?"
      ]
    ),
    (
      "    maxStories: 3",
      [
        "briefings.yaml:6:5: error: unknown key 'maxStories' in a briefing | hint: did you mean"
          + " 'max_stories'?"
      ]
    ),
    (
      "    colour: red",
      [
        "briefings.yaml:6:5: error: unknown key 'colour' in a briefing | hint: valid keys here:"
          + " name, title, sources, templates, max_stories, max_quotes_per_story,"
          + " max_figures_per_story, max_words, show_lede, include, exclude, sort, window,"
          + " schedule, deliver"
      ]
    ),
    (
      "    show_lede: \"yes\"",
      [
        "briefings.yaml:6:16: error: 'show_lede' must be true or false, not the string \"yes\""
          + " | hint: remove the quotes: show_lede: true"
      ]
    ),
    (
      "    show_lede: maybe",
      [
        "briefings.yaml:6:16: error: 'show_lede' must be true or false, not 'maybe' | hint:"
          + " write true or false: show_lede: true"
      ]
    ),
    (
      "    sort: salient",
      [
        "briefings.yaml:6:11: error: 'sort' must be salience or time, not 'salient' | hint:"
          + " did you mean 'salience'?"
      ]
    ),
    (
      "    sort: random",
      [
        "briefings.yaml:6:11: error: 'sort' must be salience or time, not 'random' | hint:"
          + " write sort: salience"
      ]
    ),
    (
      "    window: a day",
      [
        "briefings.yaml:6:13: error: 'window' must be a duration such as 24h, not 'a day' |"
          + " hint: write a number and a unit (s, m, h, d or w), such as window: 24h"
      ]
    ),
    ("    window: all", []),
    (
      "    window: 0h",
      [
        "briefings.yaml:6:13: error: 'window' must be longer than 0 | hint: write a number and"
          + " a unit (s, m, h, d or w), such as window: 24h"
      ]
    ),
    (
      "    include: [war, 12]",
      [
        "briefings.yaml:6:20: error: an entry of 'include' must be a string, but YAML reads 12"
          + " as the number 12 | hint: quote it: - \"12\""
      ]
    ),
    (
      "    exclude: {sport: 1}",
      [
        "briefings.yaml:6:14: error: 'exclude' must be a list, not a mapping | hint: write one"
          + " value, or a list: exclude: [a, b]"
      ]
    ),
    (
      "    include: \"\"",
      ["briefings.yaml:6:14: error: 'include' is empty | hint: give it a value, or remove it"]
    ),
    (
      "    title: [a, b]",
      [
        "briefings.yaml:6:12: error: 'title' must be a string, not a list | hint: write a single"
          + " value: title: text"
      ]
    ),
    (
      "    title:",
      ["briefings.yaml:6:5: error: 'title' has no value | hint: give it a value, or remove it"]
    ),
    (
      "    templates: {html: page.mustache}",
      [
        "briefings.yaml:6:17: error: unknown key 'html' in 'templates' | hint: valid keys here:"
          + " markdown, text"
      ]
    ),
    (
      "    templates: briefing.mustache",
      [
        "briefings.yaml:6:16: error: 'templates' must be a mapping of settings, not"
          + " 'briefing.mustache' | hint: write its settings on the lines below 'templates:',"
          + " indented"
      ]
    ),
    (
      "    deliver: {command: sendmail}",
      [
        "briefings.yaml:6:14: error: 'deliver' must be a list, not a mapping | hint: start each"
          + " delivery with '- ': - command: \"sendmail -t\""
      ]
    ),
    (
      "    max_words: 5",
      [
        "briefings.yaml:6:16: warning: 'max_words' is 5, which leaves hardly any summary | hint:"
          + " a one-sentence summary needs about 25 to 40 words"
      ]
    ),
    (
      "    sources: locl",
      [
        "briefings.yaml:3:18: warning: no briefing reads source 'local' | hint: add it to a"
          + " briefing's 'sources:', or remove it",
        "briefings.yaml:6:14: error: unknown source 'locl' | hint: did you mean 'local'?",
      ]
    ),
    (
      "    sources: [local, wire]",
      [
        "briefings.yaml:6:22: error: unknown source 'wire' | hint: defined sources: local"
      ]
    ),
  ]

  @Test(arguments: briefingCases)
  func reportsBriefingSetting(setting: String, expected: [String]) throws {
    let box = try ConfigSandbox()
    let findings = box.validate(Self.briefing(setting)).diagnostics.map(\.summaryAndHint)
    #expect(findings == expected)
  }

  static let documentCases: [(String, String, [String])] = [
    (
      "no version",
      "timezone: UTC\nsources: [{name: a, path: .}]\nbriefings: [{name: b}]\n",
      [
        "briefings.yaml:1:1: error: the configuration needs 'version' | hint: add 'version: 1'"
          + " as the first line of the file"
      ]
    ),
    (
      "version 2",
      "version: 2\ntimezone: UTC\nsources: [{name: a, path: .}]\nbriefings: [{name: b}]\n",
      [
        "briefings.yaml:1:10: error: unsupported configuration version 2 | hint: this version"
          + " of briefing reads 'version: 1'"
      ]
    ),
    (
      "quoted version",
      "version: \"1\"\ntimezone: UTC\nsources: [{name: a, path: .}]\nbriefings: [{name: b}]\n",
      [
        "briefings.yaml:1:10: error: 'version' must be a positive integer, not the string \"1\""
          + " | hint: remove the quotes: version: 1"
      ]
    ),
    (
      "no time zone",
      "version: 1\nsources: [{name: a, path: .}]\nbriefings: [{name: b}]\n",
      [
        "briefings.yaml:1:1: error: the configuration needs 'timezone' | hint: add the IANA"
          + " time zone briefings are dated in, such as 'timezone: Europe/Berlin'"
      ]
    ),
    (
      "misspelt time zone",
      "version: 1\ntimezone: Europe/Berln\nsources: [{name: a, path: .}]\nbriefings: [{name: b}]\n",
      [
        "briefings.yaml:2:11: error: unknown time zone 'Europe/Berln' | hint: did you mean"
          + " 'Europe/Berlin'?"
      ]
    ),
    (
      "time zone by city",
      "version: 1\ntimezone: new york\nsources: [{name: a, path: .}]\nbriefings: [{name: b}]\n",
      [
        "briefings.yaml:2:11: error: unknown time zone 'new york' | hint: did you mean"
          + " 'America/New_York'?"
      ]
    ),
    (
      "unknown time zone",
      "version: 1\ntimezone: Mars/Olympus\nsources: [{name: a, path: .}]\nbriefings: [{name: b}]\n",
      [
        "briefings.yaml:2:11: error: unknown time zone 'Mars/Olympus' | hint: use an IANA name"
          + " such as Europe/Berlin or America/New_York ('timedatectl list-timezones' lists them)"
      ]
    ),
    (
      "unknown top-level key",
      "version: 1\ntimezone: UTC\nsorces: [{name: a, path: .}]\nbriefings: [{name: b}]\n",
      [
        "briefings.yaml:1:1: warning: no sources are defined, so every briefing will be empty |"
          + " hint: add a source, such as a folder of articles: sources: [{name: local, path:"
          + " articles, pattern: \"*.txt\"}]",
        "briefings.yaml:3:1: error: unknown key 'sorces' at the top level | hint: did you mean"
          + " 'sources'?",
      ]
    ),
    (
      "not a mapping",
      "- version: 1\n",
      [
        "briefings.yaml:1:1: error: the configuration must be a mapping of settings, not a list"
          + " | hint: start the file with 'version: 1' on a line of its own"
      ]
    ),
    (
      "empty file",
      "# nothing yet\n",
      [
        "briefings.yaml:1:1: error: the configuration is empty | hint: start with 'version: 1',"
          + " a 'timezone:', 'sources:' and 'briefings:' (the shipped briefings.yaml is an example)"
      ]
    ),
    (
      "no briefings",
      "version: 1\ntimezone: UTC\nsources: [{name: a, path: .}]\n",
      [
        "briefings.yaml:1:1: error: the configuration needs 'briefings' | hint: add at least"
          + " one: briefings: followed by '  - name: morning' and '    title: Morning briefing'"
      ]
    ),
    (
      "empty briefings",
      "version: 1\ntimezone: UTC\nsources: [{name: a, path: .}]\nbriefings: []\n",
      [
        "briefings.yaml:4:12: error: 'briefings' lists no briefings | hint: add at least one:"
          + " briefings: followed by '  - name: morning' and '    title: Morning briefing'"
      ]
    ),
    (
      "briefing without a name",
      "version: 1\ntimezone: UTC\nsources: [{name: a, path: .}]\nbriefings:\n  - title: T\n",
      [
        "briefings.yaml:5:5: error: a briefing needs 'name' | hint: add a short name of"
          + " lowercase letters, digits, '-' or '_': name: morning"
      ]
    ),
    (
      "unusable name",
      "version: 1\ntimezone: UTC\nsources: [{name: a, path: .}]\nbriefings:\n"
        + "  - name: Daily News\n",
      [
        "briefings.yaml:5:11: error: 'Daily News' is not a usable name | hint: names become"
          + " part of file names: use lowercase letters, digits, '-' and '_', such as 'daily-news'"
      ]
    ),
    (
      "briefing names twice",
      "version: 1\ntimezone: UTC\nsources: [{name: a, path: .}]\nbriefings:\n"
        + "  - name: daily\n  - name: daily\n",
      [
        "briefings.yaml:6:11: error: briefing name 'daily' is already used at line 5 | hint:"
          + " give each briefing its own name"
      ]
    ),
    (
      "briefing not a mapping",
      "version: 1\ntimezone: UTC\nsources: [{name: a, path: .}]\nbriefings:\n  - daily\n",
      [
        "briefings.yaml:5:5: error: an entry of 'briefings' must be a mapping of settings, not"
          + " 'daily' | hint: a briefing is a set of settings: - name: morning, then 'title: ...'"
          + " below it"
      ]
    ),
  ]

  @Test(arguments: documentCases)
  func reportsDocumentProblem(name: String, yaml: String, expected: [String]) throws {
    let box = try ConfigSandbox()
    let findings = box.validate(yaml).diagnostics.map(\.summaryAndHint)
    #expect(findings == expected, "\(name)")
  }

  /// A valid configuration with the given `output:`, `state:` or `http:` section from line 3.
  static func section(_ text: String) -> String {
    "version: 1\ntimezone: UTC\n\(text)\nsources: [{name: a, path: .}]\nbriefings: [{name: b}]\n"
  }

  static let sectionCases: [(String, [String])] = [
    (
      "output:\n  path: \"{date}/{briefing}.md\"",
      [
        "briefings.yaml:4:9: error: 'path' must contain '{ext}' | hint: the Markdown and text"
          + " files would collide: path: \"{date}/{briefing}.{ext}\""
      ]
    ),
    (
      "output:\n  path: \"{date}.{ext}\"",
      [
        "briefings.yaml:4:9: error: 'path' must contain '{briefing}' | hint: every briefing"
          + " would write the same file: path: \"{date}/{briefing}.{ext}\""
      ]
    ),
    (
      "output:\n  path: \"{dat}/{briefing}.{ext}\"",
      [
        "briefings.yaml:4:9: error: unknown placeholder '{dat}' in 'path' | hint: did you mean"
          + " '{date}'?"
      ]
    ),
    (
      "output:\n  path: \"/tmp/{briefing}.{ext}\"",
      [
        "briefings.yaml:4:9: error: 'path' must be relative to 'directory' | hint: set the"
          + " folder with 'directory:' and the file names with path: \"{date}/{briefing}.{ext}\""
      ]
    ),
    (
      "output:\n  path: \"../{date}/{briefing}.{ext}\"",
      [
        "briefings.yaml:4:9: error: 'path' must stay inside 'directory' | hint: remove the '..'"
          + " and change 'directory:' instead"
      ]
    ),
    (
      "output:\n  path: \"latest/{briefing}.{ext}\"",
      [
        "briefings.yaml:4:9: warning: 'path' has no '{date}', so each run replaces the previous"
          + " briefing | hint: keep one file per day: path: \"{date}/{briefing}.{ext}\""
      ]
    ),
    (
      "output:\n  keep_days: 0",
      [
        "briefings.yaml:4:14: error: 'keep_days' must be a positive integer, not 0 | hint:"
          + " write the number of days to keep, such as keep_days: 30, or remove it to keep all"
      ]
    ),
    (
      "output: out",
      [
        "briefings.yaml:3:9: error: 'output' must be a mapping of settings, not 'out' | hint:"
          + " write its settings on the lines below 'output:', indented"
      ]
    ),
    (
      "output:\n  dir: out",
      [
        "briefings.yaml:4:3: error: unknown key 'dir' in 'output' | hint: did you mean"
          + " 'directory'?"
      ]
    ),
    (
      "state:\n  keep: forever",
      [
        "briefings.yaml:4:9: error: 'keep' must be a duration such as 30d, not 'forever' |"
          + " hint: write a number and a unit (s, m, h, d or w), such as keep: 30d"
      ]
    ),
    (
      "http:\n  max_concurrent: 0\n  retries: -1",
      [
        "briefings.yaml:4:19: error: 'max_concurrent' must be a positive integer, not 0 | hint:"
          + " write a whole number, such as max_concurrent: 4",
        "briefings.yaml:5:12: error: 'retries' must be a whole number (0 or more), not -1 |"
          + " hint: write a whole number, such as retries: 2",
      ]
    ),
    (
      "http:\n  connect_timeout: 1m\n  total_timeout: 30s\n  per_host_delay: 0",
      [
        "briefings.yaml:4:3: warning: 'connect_timeout' (1m) is longer than 'total_timeout'"
          + " (30s), so it never applies | hint: make 'total_timeout' the longer of the two"
      ]
    ),
    (
      "http:\n  timeout: 10s",
      [
        "briefings.yaml:4:3: error: unknown key 'timeout' in 'http' | hint: valid keys here:"
          + " user_agent, connect_timeout, total_timeout, max_concurrent, per_host_delay,"
          + " retries, max_bytes"
      ]
    ),
  ]

  @Test(arguments: sectionCases)
  func reportsSectionProblem(section: String, expected: [String]) throws {
    let box = try ConfigSandbox()
    let findings = box.validate(Self.section(section)).diagnostics.map(\.summaryAndHint)
    #expect(findings == expected)
  }

  /// A configuration whose `sources:` list starts on line 4.
  static func sources(_ entries: String) -> String {
    "version: 1\ntimezone: UTC\nsources:\n\(entries)\nbriefings: [{name: b}]\n"
  }

  static let sourceCases: [(String, [String])] = [
    (
      "  - path: .",
      [
        "briefings.yaml:4:5: error: a source needs 'name' | hint: add a short name of lowercase"
          + " letters, digits, '-' or '_': name: local"
      ]
    ),
    (
      "  - name: wire\n    type: rss\n    url: https://example.org/feed",
      [
        "briefings.yaml:5:11: error: 'type' must be directory, feed or page, not 'rss' | hint:"
          + " write type: directory"
      ]
    ),
    (
      "  - name: wire\n    type: feed",
      [
        "briefings.yaml:4:5: error: a feed source needs 'url' | hint: add the address of the"
          + " feed: url: https://example.org/feed.xml"
      ]
    ),
    (
      "  - name: wire\n    url: https://example.org/feed",
      [
        "briefings.yaml:4:5: error: a source needs 'type' | hint: add 'type: feed' for an RSS,"
          + " Atom or JSON feed"
      ]
    ),
    (
      "  - name: wire\n    type: page\n    url: https://example.org/a.html",
      [
        "briefings.yaml:4:5: error: a page source needs 'urls' | hint: list the article pages:"
          + " urls: [https://example.org/news/1.html]",
        "briefings.yaml:6:5: error: 'url' does not apply to a page source | hint: a page source"
          + " lists its addresses under 'urls:'",
      ]
    ),
    (
      "  - name: wire\n    type: feed\n    url: https://example.org/feed\n    pattern: \"*.xml\"",
      [
        "briefings.yaml:7:5: error: 'pattern' does not apply to a feed source | hint: a feed"
          + " source takes: name, type, url, label, full_text, encoding"
      ]
    ),
    (
      "  - name: wire\n    type: feed\n    url: ftp://example.org/feed",
      [
        "briefings.yaml:6:10: error: 'url' must be an http or https address or a file path, not"
          + " 'ftp://example.org/feed' | hint: write an http or https address, or a file path"
      ]
    ),
    (
      "  - name: wire\n    type: feed\n    url: https://example.org/feed\n    full_text: sometimes",
      [
        "briefings.yaml:7:16: error: 'full_text' must be auto, true or false, not 'sometimes' |"
          + " hint: write full_text: auto"
      ]
    ),
    (
      "  - name: local\n    path: missing-folder",
      [
        "briefings.yaml:5:11: warning: folder 'missing-folder' does not exist | hint: paths are"
          + " relative to the folder of briefings.yaml; looked for SANDBOX/missing-folder"
      ]
    ),
    (
      "  - name: local\n    path: .\n    patern: \"*.txt\"",
      [
        "briefings.yaml:6:5: error: unknown key 'patern' in a directory source | hint: did you"
          + " mean 'pattern'?"
      ]
    ),
    (
      "  - name: local\n    path: .\n  - name: local\n    path: .",
      [
        "briefings.yaml:6:11: error: source name 'local' is already used at line 4 | hint: give"
          + " each source its own name"
      ]
    ),
    (
      "  - name: pages\n    type: page\n    urls: []",
      [
        "briefings.yaml:6:11: error: 'urls' lists no pages | hint: list the article pages: urls:"
          + " [https://example.org/news/1.html]"
      ]
    ),
  ]

  @Test(arguments: sourceCases)
  func reportsSourceProblem(entries: String, expected: [String]) throws {
    let box = try ConfigSandbox()
    let findings = box.validate(Self.sources(entries)).diagnostics.map {
      $0.summaryAndHint.replacingOccurrences(
        of: box.directory.standardizedFileURL.path, with: "SANDBOX")
    }
    #expect(findings == expected)
  }

  /// A configuration whose briefing's `deliver:` list starts on line 6.
  static func delivery(_ entries: String) -> String {
    briefing("    deliver:\n\(entries)")
  }

  static let deliveryCases: [(String, [String])] = [
    (
      "      - command: sendmail -t\n        email: true",
      [
        "briefings.yaml:8:9: error: an email delivery needs 'to' | hint: add the recipients:"
          + " to: [you@example.org]"
      ]
    ),
    (
      "      - command: sendmail -t\n        to: boss@example.org",
      [
        "briefings.yaml:8:9: error: 'to' only applies to email deliveries | hint: add 'email:"
          + " true', or remove 'to'"
      ]
    ),
    (
      "      - command: sendmail -t\n        email: true\n        to: [boss]",
      [
        "briefings.yaml:9:14: error: 'boss' is not an email address | hint: write an address"
          + " such as briefings@example.org"
      ]
    ),
    (
      "      - copy_to: /srv/briefings\n        email: true",
      [
        "briefings.yaml:8:9: error: 'email' applies to 'command' deliveries, not 'copy_to' |"
          + " hint: remove it, or deliver by email with - command: \"sendmail -t\""
      ]
    ),
    (
      "      - command: cat\n        copy_to: /srv/briefings",
      [
        "briefings.yaml:8:9: error: a delivery has either 'command' or 'copy_to', not both |"
          + " hint: make them two entries of 'deliver:'"
      ]
    ),
    (
      "      - email: true",
      [
        "briefings.yaml:7:9: error: a delivery needs 'command' or 'copy_to' | hint: pipe the"
          + " briefing into a command (- command: \"sendmail -t\") or copy its files (- copy_to:"
          + " /srv/briefings)"
      ]
    ),
    (
      "      - comand: cat",
      [
        "briefings.yaml:7:9: error: unknown key 'comand' in a delivery | hint: did you mean"
          + " 'command'?",
        "briefings.yaml:7:9: error: a delivery needs 'command' or 'copy_to' | hint: pipe the"
          + " briefing into a command (- command: \"sendmail -t\") or copy its files (- copy_to:"
          + " /srv/briefings)",
      ]
    ),
  ]

  @Test(arguments: deliveryCases)
  func reportsDeliveryProblem(entries: String, expected: [String]) throws {
    let box = try ConfigSandbox()
    let findings = box.validate(Self.delivery(entries)).diagnostics.map(\.summaryAndHint)
    #expect(findings == expected)
  }
}
