import Foundation
import Testing

@testable import BriefingKit

@Suite struct TemplateSetTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("briefing-templates-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func write(_ text: String, to url: URL) throws {
    try Data(text.utf8).write(to: url)
  }

  @Test func shippedTemplatesEqualEmbeddedCopies() throws {
    let folder = Self.root.appendingPathComponent("Templates")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".mustache") }.sorted()
    #expect(
      files == ShippedTemplates.files.keys.sorted(),
      "Templates/ and ShippedTemplates.swift differ: run scripts/embed-templates")
    for file in files {
      let onDisk = try Data(contentsOf: folder.appendingPathComponent(file))
      #expect(
        onDisk == Data((ShippedTemplates.files[file] ?? "").utf8),
        "\(file) differs from its embedded copy: run scripts/embed-templates")
    }
  }

  @Test func shippedSetHasMainAndPartialsPerFormat() {
    for format in OutputFormat.allCases {
      let templates = TemplateSet.shipped[format]
      #expect(templates.main.file == "Templates/briefing.\(format.fileExtension).mustache")
      #expect(templates.partials.keys.sorted() == ["figure", "quote", "story"])
    }
  }

  @Test func userMainTemplateReplacesShippedOneAndKeepsShippedPartials() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("exec.md.mustache")
    try Self.write("EXEC {{title}}\n{{#stories}}\n{{> story}}\n{{/stories}}\n", to: file)
    let templates = try TemplateSet(paths: [.markdown: file])
    #expect(templates[.markdown].main.file == file.path)
    let output = try Renderer(templates: templates).render(RenderFixture.briefing, as: .markdown)
    #expect(output.hasPrefix("EXEC Analyst briefing\n## 1. [Blinken says"))
    let text = try Renderer(templates: templates).render(RenderFixture.briefing, as: .text)
    #expect(text == (try Renderer().render(RenderFixture.briefing, as: .text)))
  }

  @Test func partialBesideUserTemplateOverridesShippedPartial() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.write(
      "{{#stories}}\n{{> story}}\n{{/stories}}\n",
      to: folder.appendingPathComponent("mine.txt.mustache"))
    try Self.write(
      "* {{headline}} [{{number}}]\n", to: folder.appendingPathComponent("story.txt.mustache"))
    let templates = try TemplateSet(paths: [
      .text: folder.appendingPathComponent("mine.txt.mustache")
    ])
    let output = try Renderer(templates: templates).render(RenderFixture.briefing, as: .text)
    #expect(
      output == """
        * Blinken says [humanitarian] pauses in Gaza are *under discussion* [1]
        * Crane collapse at Mecca's Grand Mosque kills 107 during storm [2]
        * 1. FC Köln fans #MeToo campaign: organisers count 32 cities [3]

        """)
  }

  @Test func folderOverridesOnlyWhatItHolds() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.write(
      "> {{text}} ({{speaker}})\n", to: folder.appendingPathComponent("quote.md.mustache"))
    let templates = try TemplateSet(paths: [.markdown: folder])
    #expect(templates[.markdown].main == TemplateSet.shipped[.markdown].main)
    let output = try Renderer(templates: templates).render(RenderFixture.briefing, as: .markdown)
    #expect(output.contains("\n> very much on the agenda (John Kirby)\n"))
    #expect(!output.contains("— John Kirby"))
  }

  @Test func resolvesBriefingTemplatesAgainstConfigFolder() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("templates"), withIntermediateDirectories: true)
    try Self.write(
      "custom {{date}}\n", to: folder.appendingPathComponent("templates/a.md.mustache"))
    let spec = BriefingSpec(
      name: "a", title: "A", templates: [.markdown: "templates/a.md.mustache"])
    let config = BriefingConfig(
      timezone: .gmt, output: OutputSpec(), sources: [], briefings: [spec],
      file: folder.appendingPathComponent("briefings.yaml"))
    let templates = try TemplateSet(for: spec, in: config)
    #expect(
      try Renderer(templates: templates).render(RenderFixture.briefing, as: .markdown)
        == "custom 2026-11-24\n")
  }

  @Test func dropsByteOrderMarkAndWindowsLineEnds() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("bom.md.mustache")
    try Self.write(
      "\u{FEFF}# {{title}}\r\n{{#hasStories}}\r\n{{storyCount}} stories\r\n{{/hasStories}}\r\n",
      to: file)
    let output = try Renderer(templates: TemplateSet(paths: [.markdown: file]))
      .render(RenderFixture.briefing, as: .markdown)
    #expect(output == "# Analyst briefing\n3 stories\n")
  }

  @Test func missingTemplateIsAnError() throws {
    let missing = URL(fileURLWithPath: "/nonexistent/briefing-test/exec.md.mustache")
    let error = try #require(throws: BriefingError.self) {
      try TemplateSet(paths: [.markdown: missing, .text: missing])
    }
    #expect(error.reason == .template)
    #expect(
      error.diagnostics.map(\.description) == [
        "error: template '/nonexistent/briefing-test/exec.md.mustache' does not exist\n"
          + "  hint: fix the markdown path under the briefing's `templates:`, or remove it to use "
          + "the shipped template",
        "error: template '/nonexistent/briefing-test/exec.md.mustache' does not exist\n"
          + "  hint: fix the text path under the briefing's `templates:`, or remove it to use "
          + "the shipped template",
      ])
  }

  @Test func userTemplatesAreCheckedWithTheirPaths() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("exec.md.mustache")
    try Self.write("# {{title}}\n{{#stories}}\n{{> story}}\n{{/stories}}\n", to: file)
    try Self.write("## {{hedline}}\n", to: folder.appendingPathComponent("story.md.mustache"))
    let findings = TemplateChecker.check(try TemplateSet(paths: [.markdown: file]))
    #expect(
      findings.map(\.summary) == [
        "\(folder.path)/story.md.mustache:1:4: error: unknown variable 'hedline'"
      ])
  }
}
