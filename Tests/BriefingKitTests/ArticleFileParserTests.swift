import Foundation
import Testing

@testable import BriefingKit

@Suite struct ArticleFileParserTests {
  let parser = ArticleFileParser()

  func iso(_ text: String) -> Date? { try? Date(text, strategy: .iso8601) }

  // MARK: .txt

  @Test func readsPlainText() throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write(
      "storm.txt",
      """

      Storm hits the coast

      Heavy rain fell on Monday
      across the region.

      Officials closed   two roads.
      """)
    let article = try #require(try parser.parse(fileAt: file, outlet: "local").articles.first)
    #expect(article.id == "storm")
    #expect(article.title == "Storm hits the coast")
    #expect(
      article.paragraphs == [
        "Heavy rain fell on Monday across the region.", "Officials closed two roads.",
      ])
    #expect(article.source == "local")
    #expect(article.origin == file.path)
    #expect(article.published == IngestScratchFolder.fixedDate)
    #expect(article.url == nil && article.author == nil && article.removed.isEmpty)
  }

  @Test func handlesWindowsLineEndsAndByteOrderMark() throws {
    let folder = try IngestScratchFolder()
    let text =
      "\u{FEFF}Title line\r\n\r\nFirst line\r\nsecond line.\r\n\r\nNext\u{00A0}paragraph.\r\n"
    let file = try folder.write("crlf.txt", text)
    let article = try #require(try parser.parse(fileAt: file, outlet: "x").articles.first)
    #expect(article.title == "Title line")
    #expect(article.paragraphs == ["First line second line.", "Next paragraph."])
  }

  @Test func readsWindows1252Text() throws {
    let folder = try IngestScratchFolder()
    var bytes = Array("Caf".utf8) + [0xE9] + Array(" opens\n\n".utf8)
    bytes += [0x93] + Array("Good,".utf8) + [0x94] + Array(" he said.".utf8)
    let file = try folder.write("cp1252.txt", data: Data(bytes))
    let article = try #require(try parser.parse(fileAt: file, outlet: "x").articles.first)
    #expect(article.title == "Café opens")
    #expect(article.paragraphs == ["“Good,” he said."])
  }

  @Test func takesTheDatelineAsPublicationDate() throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write(
      "wn.txt", "Title\n\nThursday, February 23, 2023\n\nThe body starts here.\n")
    let article = try #require(try parser.parse(fileAt: file, outlet: "x").articles.first)
    #expect(article.published == iso("2023-02-23T00:00:00Z"))
    #expect(article.paragraphs == ["The body starts here."])
    #expect(article.removed == [RemovedText(kind: .dateline, text: "Thursday, February 23, 2023")])
  }

  /// A relative date is resolved against a publication date the article states, never against
  /// the file's modification time, which dates the copy rather than the story.
  @Test(arguments: [
    ("Title\n\nThursday, February 23, 2023\n\nThe court sat last Friday.\n", "2023-02-17"),
    ("Title\n\nThe court sat last Friday.\n", nil),
  ])
  func resolvesRelativeDatesOnlyAgainstAStatedDate(text: String, resolved: String?) throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write("story.txt", text, modified: iso("2026-11-25T06:00:00Z"))
    let article = try #require(try parser.parse(fileAt: file, outlet: "x").articles.first)
    #expect(article.publishedIsFileTime == (resolved == nil))
    let figure = try #require(Extractor().extract(from: article).figures.first)
    #expect(figure.text == "last Friday")
    #expect(figure.resolvedDate == resolved)
  }

  @Test func readsTheDatelineInTheConfiguredZone() throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write("wn.txt", "Title\n\nFebruary 23, 2023\n\nBody.\n")
    let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
    let article = try #require(
      try ArticleFileParser(timeZone: berlin).parse(fileAt: file, outlet: "x").articles.first)
    #expect(article.published == iso("2023-02-22T23:00:00Z"))
  }

  @Test func keepsAWireDatelineParagraphAndFallsBackToTheFileTime() throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write(
      "wire.txt", "Senate votes\n\nWASHINGTON (AP) — The Senate voted on Tuesday.\n")
    let article = try #require(try parser.parse(fileAt: file, outlet: "x").articles.first)
    #expect(article.paragraphs == ["WASHINGTON (AP) — The Senate voted on Tuesday."])
    #expect(article.published == IngestScratchFolder.fixedDate)
  }

  @Test func takesTheBylineAsAuthor() throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write(
      "byline.txt", "Title\n\nBy Jane Doe, Reuters\n\nMarch 3, 2024\n\nBody text.\n")
    let article = try #require(try parser.parse(fileAt: file, outlet: "x").articles.first)
    #expect(article.author == "Jane Doe")
    #expect(article.published == iso("2024-03-03T00:00:00Z"))
    #expect(article.paragraphs == ["Body text."])
    #expect(article.removed.map(\.kind) == [.byline, .dateline])
  }

  @Test func reportsAnEmptyFile() throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write("empty.txt", "\n  \n")
    let error = try #require(throws: BriefingError.self) {
      try parser.parse(fileAt: file, outlet: "x")
    }
    #expect(
      error.description == """
        \(file.path):1:1: error: the article file is empty
          hint: an article file starts with its title line, then a blank line and the paragraphs
        """)
  }

  @Test func reportsATitleWithoutBody() throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write("title.txt", "\nJust a title\n\n")
    let error = try #require(throws: BriefingError.self) {
      try parser.parse(fileAt: file, outlet: "x")
    }
    #expect(
      error.diagnostics[0].summary == "\(file.path):3:1: error: the article has a title but no body"
    )
  }

  @Test func reportsAMissingFileAndAnUnsupportedType() throws {
    let folder = try IngestScratchFolder()
    let missing = folder.url.appendingPathComponent("gone.txt")
    let error = try #require(throws: BriefingError.self) {
      try parser.parse(fileAt: missing, outlet: "x")
    }
    #expect(error.reason == .unreadable)
    #expect(error.diagnostics[0].summary == "error: '\(missing.path)' does not exist")
    let pdf = try folder.write("paper.pdf", "%PDF")
    let unsupported = try #require(throws: BriefingError.self) {
      try parser.parse(fileAt: pdf, outlet: "x")
    }
    #expect(
      unsupported.diagnostics[0].summary
        == "\(pdf.path):1:1: error: unsupported article file type '.pdf'")
  }

  @Test func readCleansTheBody() throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write(
      "junk.txt", "Title\n\nReal text here.\n\nAdvertisement\n\nMore real text.\n")
    let article = try #require(try parser.read(fileAt: file, outlet: "x").articles.first)
    #expect(article.paragraphs == ["Real text here.", "More real text."])
    #expect(article.removed == [RemovedText(kind: .boilerplate, text: "Advertisement")])
    #expect(try parser.articles(at: file, source: "x") == [article])
  }

  // MARK: .md

  @Test func readsMarkdownWithFrontMatter() throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write(
      "2024-03-03-vote.md",
      """
      ---
      title: "Council **approves** budget"
      source: City Gazette
      url: https://example.org/budget
      published: 2024-03-03T10:00:00+01:00
      author: [Jane Doe, John Roe]
      tags: [city, money]
      ---

      # Section heading

      The council *approved* the __budget__ on [Monday](https://example.org/monday) by a
      vote of 7 to 2; see `snake_case` and 5 * 3.

      ![A council meeting](https://example.org/photo.jpg)

      - First item
      - Second item with [a link][ref]

      > A quoted line
      > that continues.

      1. Numbered item

      ---

      Final paragraph with an escaped \\*star\\* and &amp; entity.

      [ref]: https://example.org/ref
      """)
    let readout = try parser.parse(fileAt: file, outlet: "folder")
    let article = try #require(readout.articles.first)
    #expect(readout.warnings.isEmpty)
    #expect(article.id == "2024-03-03-vote")
    #expect(article.title == "Council approves budget")
    #expect(article.source == "City Gazette")
    #expect(article.url == "https://example.org/budget")
    #expect(article.published == iso("2024-03-03T09:00:00Z"))
    #expect(article.author == "Jane Doe, John Roe")
    #expect(
      article.paragraphs == [
        "Section heading",
        "The council approved the budget on Monday by a vote of 7 to 2; see snake_case and 5 * 3.",
        "First item",
        "Second item with a link",
        "A quoted line that continues.",
        "Numbered item",
        "Final paragraph with an escaped *star* and & entity.",
      ])
    #expect(article.removed == [RemovedText(kind: .caption, text: "A council meeting")])
  }

  @Test func readsFrontMatterValuesAsText() throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write(
      "norway.md", "---\ntitle: No\ndate: 23 Feb 2023\nid: 0123\n---\nBody text.\n")
    let article = try #require(try parser.parse(fileAt: file, outlet: "x").articles.first)
    #expect(article.title == "No")
    #expect(article.id == "0123")
    #expect(article.published == iso("2023-02-23T00:00:00Z"))
  }

  @Test func takesTheTitleFromTheFirstHeadingOrLine() throws {
    let folder = try IngestScratchFolder()
    let heading = try folder.write("a.md", "Storm *hits*\n============\n\nBody.\n")
    #expect(try parser.parse(fileAt: heading, outlet: "x").articles.first?.title == "Storm hits")
    let plain = try folder.write("b.md", "Short first line\n\nBody.\n")
    let article = try #require(try parser.parse(fileAt: plain, outlet: "x").articles.first)
    #expect(article.title == "Short first line")
    #expect(article.paragraphs == ["Body."])
  }

  @Test func dropsAHeadingThatRepeatsTheTitleAndReadsADatelineInMarkdown() throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write(
      "r.md", "---\ntitle: Storm Hits\n---\n# Storm hits\n\n*Published Feb. 3, 2024*\n\nBody.\n")
    let article = try #require(try parser.parse(fileAt: file, outlet: "x").articles.first)
    #expect(article.paragraphs == ["Body."])
    #expect(article.published == iso("2024-02-03T00:00:00Z"))
  }

  @Test func warnsAboutAnUnreadableFrontMatterDate() throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write("d.md", "---\ntitle: T\npublished: soon\n---\nBody.\n")
    let readout = try parser.parse(fileAt: file, outlet: "x")
    #expect(readout.articles.first?.published == IngestScratchFolder.fixedDate)
    #expect(
      readout.warnings.map(\.summary) == ["\(file.path):3:12: warning: cannot read the date 'soon'"]
    )
  }

  @Test func reportsBrokenFrontMatterWithItsLocation() throws {
    let folder = try IngestScratchFolder()
    let unclosed = try folder.write("u.md", "---\ntitle: T\n\nBody.\n")
    let error = try #require(throws: BriefingError.self) {
      try parser.parse(fileAt: unclosed, outlet: "x")
    }
    #expect(
      error.diagnostics[0].summary == "\(unclosed.path):1:1: error: front matter is not closed")
    let invalid = try folder.write("i.md", "---\ntitle: T\nauthor: [Jane\n---\nBody.\n")
    let yamlError = try #require(throws: BriefingError.self) {
      try parser.parse(fileAt: invalid, outlet: "x")
    }
    let summary = yamlError.diagnostics[0].summary
    #expect(summary.hasPrefix("\(invalid.path):4:1: error: invalid front matter: "))
    let list = try folder.write("l.md", "---\n- a\n- b\n---\nBody.\n")
    let listError = try #require(throws: BriefingError.self) {
      try parser.parse(fileAt: list, outlet: "x")
    }
    #expect(
      listError.diagnostics[0].summary
        == "\(list.path):2:1: error: front matter must be a mapping of keys to values")
  }

  // MARK: .json

  @Test func readsOneJSONArticle() throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write(
      "one.json",
      """
      {"title": "Rates rise", "body": "First paragraph.\\n\\nSecond\\nparagraph.",
       "source": {"name": "Daily Ledger"}, "url": "https://example.org/rates",
       "date": "Thu, 23 Feb 2023 09:30:00 GMT", "author": {"name": "Jane Doe"}}
      """)
    let article = try #require(try parser.parse(fileAt: file, outlet: "x").articles.first)
    #expect(article.id == "one")
    #expect(article.title == "Rates rise")
    #expect(article.paragraphs == ["First paragraph.", "Second paragraph."])
    #expect(article.source == "Daily Ledger")
    #expect(article.url == "https://example.org/rates")
    #expect(article.published == iso("2023-02-23T09:30:00Z"))
    #expect(article.author == "Jane Doe")
  }

  @Test func readsAJSONArrayAndSkipsABrokenObject() throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write(
      "batch.json",
      """
      [
        {"id": "a1", "title": "First", "content": ["One.", "Two."], "published": 1677144600},
        {"title": "Broken", "body": 42},
        "not an object",
        {"text": "Untitled short line\\nThe body line.", "publishedAt": "2023-02-23"},
        {"title": "Paragraphs", "paragraphs": ["P1.", "P2."], "date": "someday"}
      ]
      """)
    let readout = try parser.parse(fileAt: file, outlet: "feed")
    #expect(readout.articles.map(\.id) == ["a1", "batch-4", "batch-5"])
    #expect(readout.articles.map(\.title) == ["First", "Untitled short line", "Paragraphs"])
    #expect(readout.articles[0].paragraphs == ["One.", "Two."])
    #expect(readout.articles[0].published == Date(timeIntervalSince1970: 1_677_144_600))
    #expect(readout.articles[1].paragraphs == ["The body line."])
    #expect(readout.articles[1].published == iso("2023-02-23T00:00:00Z"))
    #expect(readout.articles[2].published == IngestScratchFolder.fixedDate)
    #expect(
      readout.warnings.map(\.summary) == [
        "\(file.path):3:3: warning: article 2 skipped: 'body' must be a string or an array of "
          + "strings, found a number",
        "\(file.path):4:3: warning: article 3 skipped: expected an article object, found a string",
        "\(file.path):6:3: warning: article 5: cannot read the date 'someday' of 'date'",
      ])
  }

  @Test func readsArticlesWrappedInAnObject() throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write(
      "wrapped.json",
      #"{"articles": [{"title": "A", "body": "<p>One &amp; two.</p><p>Three.</p>"}]}"#)
    let article = try #require(try parser.parse(fileAt: file, outlet: "x").articles.first)
    #expect(article.id == "wrapped-1")
    #expect(article.paragraphs == ["One & two.", "Three."])
  }

  @Test func warnsAboutAnEmptyJSONArray() throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write("none.json", "[]")
    let readout = try parser.parse(fileAt: file, outlet: "x")
    #expect(readout.articles.isEmpty)
    #expect(
      readout.warnings.map(\.summary) == ["\(file.path):1:1: warning: the file holds no articles"])
  }

  @Test func reportsJSONSyntaxErrorsWithLineAndColumn() throws {
    let folder = try IngestScratchFolder()
    let file = try folder.write("bad.json", "[\n  {\"title\": \"é\",\n   \"body\": x }\n]\n")
    let error = try #require(throws: BriefingError.self) {
      try parser.parse(fileAt: file, outlet: "x")
    }
    #expect(
      error.description == """
        \(file.path):3:12: error: invalid JSON: unexpected 'x'
          hint: check for a missing comma, quote or bracket near this place
        """)
    let truncated = try folder.write("cut.json", "{\"title\": \"A\",\n \"body\": \"B")
    let cut = try #require(throws: BriefingError.self) {
      try parser.parse(fileAt: truncated, outlet: "x")
    }
    #expect(
      cut.diagnostics[0].summary
        == "\(truncated.path):2:12: error: invalid JSON: unexpected end of file")
  }

  @Test func reportsAJSONFileThatHoldsNoArticle() throws {
    let folder = try IngestScratchFolder()
    let number = try folder.write("n.json", "  42")
    let error = try #require(throws: BriefingError.self) {
      try parser.parse(fileAt: number, outlet: "x")
    }
    #expect(
      error.diagnostics[0].summary
        == "\(number.path):1:3: error: expected an article object or an array of article objects")
    let bodiless = try folder.write("t.json", #"{"title": "Only a title"}"#)
    let noBody = try #require(throws: BriefingError.self) {
      try parser.parse(fileAt: bodiless, outlet: "x")
    }
    #expect(
      noBody.diagnostics[0].summary
        == "\(bodiless.path):1:1: error: the article has no body ('body', 'content', 'text' or "
        + "'paragraphs')")
  }
}
