import Foundation
import Testing

@testable import BriefingKit

@Suite struct IngestDirectoryTests {
  static func source(_ path: String, pattern: String? = nil, label: String? = nil) -> SourceSpec {
    SourceSpec(name: "local", kind: .directory, path: path, pattern: pattern, label: label)
  }

  /// A folder with one article in every format, notes, a page and a subfolder.
  static func filledFolder() throws -> IngestScratchFolder {
    let folder = try IngestScratchFolder()
    try folder.write("articles/b-text.txt", "Text title\n\nText body.\n")
    try folder.write("articles/a-notes.md", "---\ntitle: Notes title\n---\nMarkdown body.\n")
    try folder.write(
      "articles/c-batch.json",
      #"[{"title": "J1", "body": "One."}, {"title": "J2", "body": "Two."}]"#)
    try folder.write("articles/README.md", "# About this folder\n\nNot an article.\n")
    try folder.write("articles/SOURCES.md", "Sources\n\nNot an article either.\n")
    try folder.write("articles/.draft.txt", "Draft\n\nHidden.\n")
    try folder.write("articles/page.html", "<html><body><p>Page</p></body></html>")
    try folder.write("articles/image.png", data: Data([0x89, 0x50, 0x4E, 0x47]))
    try folder.write("articles/sub/d-deep.txt", "Deep\n\nNot read: subfolders are skipped.\n")
    return folder
  }

  @Test func readsSupportedFilesInNameOrder() async throws {
    let folder = try Self.filledFolder()
    let readout = try await DirectorySourceReader().read(
      Self.source("articles"), config: folder.config())
    #expect(readout.articles.map(\.title) == ["Notes title", "Text title", "J1", "J2"])
    #expect(readout.articles.map(\.id) == ["a-notes", "b-text", "c-batch-1", "c-batch-2"])
    #expect(readout.articles.allSatisfy { $0.source == "local" })
    #expect(readout.warnings.isEmpty)
  }

  @Test(arguments: [
    ("*.txt", ["Text title"]),
    ("*.{md,json}", ["Notes title", "J1", "J2"]),
    ("README.md", ["About this folder"]),
    ("[ab]-*", ["Notes title", "Text title"]),
    ("?-*.json", ["J1", "J2"]),
  ])
  func filtersByPattern(pattern: String, titles: [String]) async throws {
    let folder = try Self.filledFolder()
    let readout = try await DirectorySourceReader().read(
      Self.source("articles", pattern: pattern), config: folder.config())
    #expect(readout.articles.map(\.title) == titles)
  }

  @Test func usesTheLabelAsOutletAndResolvesPathsAgainstTheConfigFile() async throws {
    let folder = try Self.filledFolder()
    let absolute = folder.url.appendingPathComponent("articles").path
    let readout = try await DirectorySourceReader().read(
      Self.source(absolute, pattern: "*.txt", label: "The Ledger"),
      config: folder.config())
    #expect(readout.articles.map(\.source) == ["The Ledger"])
    #expect(
      readout.articles.first?.origin
        == folder.url.appendingPathComponent("articles/b-text.txt").path)
  }

  @Test func cleansAndDatesWithTheConfiguredZone() async throws {
    let folder = try IngestScratchFolder()
    try folder.write(
      "in/a.txt", "Title\n\nMarch 3, 2024\n\nReal text.\n\nLeave a Reply\n\nJane Doe/AP\n")
    let readout = try await DirectorySourceReader().read(
      Self.source("in"), config: folder.config(timezone: "America/New_York"))
    let article = try #require(readout.articles.first)
    #expect(article.paragraphs == ["Real text."])
    #expect(article.removed.map(\.kind) == [.dateline, .commentForm, .photoCredit])
    #expect(article.published == Date(timeIntervalSince1970: 1_709_442_000))
  }

  @Test func reportsAMissingFolderAsAnErrorOfTheSource() async throws {
    let folder = try IngestScratchFolder()
    let error = try await #require(throws: BriefingError.self) {
      try await DirectorySourceReader().read(Self.source("nowhere"), config: folder.config())
    }
    #expect(error.reason == .unreadable)
    #expect(
      error.description == """
        error: source 'local': folder '\(folder.url.appendingPathComponent("nowhere").path)' does not exist
          hint: create it, or fix 'path: nowhere' (relative paths start in the folder of briefings.yaml)
        """)
  }

  @Test func reportsAFileGivenAsFolder() async throws {
    let folder = try IngestScratchFolder()
    try folder.write("file.txt", "T\n\nB\n")
    let error = try await #require(throws: BriefingError.self) {
      try await DirectorySourceReader().read(Self.source("file.txt"), config: folder.config())
    }
    #expect(error.diagnostics.first?.message.hasSuffix("is a file, not a folder") == true)
  }

  @Test func skipsABrokenFileAmongGoodOnesWithAWarning() async throws {
    let folder = try IngestScratchFolder()
    try folder.write("in/1-good.txt", "Good one\n\nBody.\n")
    let broken = try folder.write("in/2-broken.json", "{\"title\": \"x\",\n  oops}")
    let empty = try folder.write("in/3-empty.txt", "")
    try folder.write("in/4-good.md", "# Good two\n\nBody.\n")
    let readout = try await DirectorySourceReader().read(Self.source("in"), config: folder.config())
    #expect(readout.articles.map(\.title) == ["Good one", "Good two"])
    #expect(
      readout.warnings.map(\.summary) == [
        "\(broken.path):2:3: warning: invalid JSON: unexpected 'o'; file skipped",
        "\(empty.path):1:1: warning: the article file is empty; file skipped",
      ])
  }

  @Test func warnsWhenNothingMatches() async throws {
    let folder = try IngestScratchFolder()
    try folder.write("in/a.txt", "T\n\nB\n")
    let readout = try await DirectorySourceReader().read(
      Self.source("in", pattern: "*.md"), config: folder.config())
    #expect(readout.articles.isEmpty)
    #expect(
      readout.warnings.map(\.summary) == [
        "warning: source 'local': no article files match '*.md' in "
          + "'\(folder.url.appendingPathComponent("in").path)'"
      ])
  }

  @Test func skipsHTMLWithoutAReaderAndHandsItToOneWhenGiven() async throws {
    let folder = try Self.filledFolder()
    let source = Self.source("articles", pattern: "*.html")
    let plain = try await DirectorySourceReader().read(source, config: folder.config())
    #expect(plain.articles.isEmpty)
    #expect(
      plain.warnings.map(\.message) == [
        "'\(folder.url.appendingPathComponent("articles/page.html").path)' skipped: no reader for "
          + ".html files"
      ])
    let withPages = DirectorySourceReader(readers: ["HTML": PageStub()])
    let pages = try await withPages.read(source, config: folder.config())
    #expect(pages.articles.map(\.title) == ["page.html"])
    #expect(pages.articles.first?.paragraphs == ["Real page text."])
    #expect(pages.articles.first?.removed.map(\.kind) == [.boilerplate])
    let everything = try await withPages.read(Self.source("articles"), config: folder.config())
    #expect(everything.articles.map(\.title).contains("page.html"))
  }
}

/// Stands in for the HTML page reader another part of the project provides: it proves the
/// directory reader hands `.html` files over and cleans what comes back.
private struct PageStub: ArticleFileReading {
  func read(fileAt url: URL, outlet: String, source: SourceSpec, config: BriefingConfig) throws
    -> ArticleReadout
  {
    ArticleReadout(articles: [
      Article(
        id: "page", title: url.lastPathComponent, source: outlet,
        paragraphs: ["Real page text.", "Advertisement"], origin: url.path)
    ])
  }
}
